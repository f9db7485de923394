// The API's refusal of an action, said where the action is: every button of the spaces runs its
// mutation through `run` and shows `alert` beside itself.
import { useState } from 'react';
import { formErrors } from '../mentoring/field-errors';

export function useAction() {
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      const { general, fields } = formErrors(error);
      setProblem([...general, ...Object.values(fields)].join(' ') || String(error));
    }
  };
  const alert = problem ? (
    <p role="alert" className="error">
      {problem}
    </p>
  ) : null;
  return { run, alert };
}
