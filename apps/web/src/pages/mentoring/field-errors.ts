// The API's refusals of an input, by field: BAD_USER_INPUT errors name their argument
// (`extensions.argument`, e.g. "input.birthYear"), so each message goes beside its own field.
import { CombinedGraphQLErrors } from '@apollo/client';

export interface FormErrors {
  fields: Record<string, string>;
  /** Errors naming no field of the form (a conflict, a refusal). */
  general: string[];
}

export function formErrors(error: unknown, prefix = 'input.'): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  if (!CombinedGraphQLErrors.is(error)) {
    result.general.push(error instanceof Error ? error.message : String(error));
    return result;
  }
  for (const e of error.errors) {
    const argument = e.extensions?.argument;
    if (typeof argument === 'string' && argument.startsWith(prefix)) {
      const field = argument.slice(prefix.length).split('.')[0] ?? argument;
      // The kit's message starts with the argument in backticks; the field's label says it already.
      result.fields[field] = e.message.replace(/^`[^`]*`\s*/, '');
    } else {
      result.general.push(e.message);
    }
  }
  return result;
}
