// A form field with its label and, beside it, the API's refusal of its value (linked for screen readers).
import type { ReactElement } from 'react';
import { frenchProblem } from './french-problems';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  children(props: { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string }): ReactElement;
}

export function Field({ name, label, error, children }: FieldProps) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field has-error' : 'field'} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, ...(error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {}) })}
      {error && <FieldError id={errorId} problem={error} />}
    </div>
  );
}

/** The API's refusal, in French when the form knows it (the original otherwise, marked as English). */
export function FieldError({ id, problem }: { id: string; problem: string }) {
  const { text, lang } = frenchProblem(problem);
  return (
    <p className="field-error" id={id} lang={lang === 'en' ? 'en' : undefined}>
      {text}
    </p>
  );
}
