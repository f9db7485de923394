// The operation's cost against the caller's budget, computed by the gateway with the very
// calculation it enforces (POST /console/cost), shown before the operation is run.
import { useEffect, useState } from 'react';
import { COST_PATH, firstError, postJson, type OperationRequest } from './gateway-requests';
import type { ConsoleSession } from './session';

export interface CostAnswer {
  cost: number;
  budget: number;
  withinBudget: boolean;
  roles: string[];
  scopes: string[];
}

type Preview = { kind: 'idle' } | { kind: 'answer'; answer: CostAnswer } | { kind: 'error'; message: string };

/** Waits for typing to pause before asking. */
const DEBOUNCE_MS = 400;

/** `caller` changes with the signed-in token: the budget is the caller's. */
export function useCostPreview(session: ConsoleSession, request: OperationRequest, caller: string): Preview {
  const [preview, setPreview] = useState<Preview>({ kind: 'idle' });
  const key = JSON.stringify(request);
  useEffect(() => {
    if (request.query.trim() === '') return setPreview({ kind: 'idle' });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      postJson(session, COST_PATH, request, controller.signal)
        .then(async (response) => {
          const body = (await response.json()) as unknown;
          if (response.ok) setPreview({ kind: 'answer', answer: body as CostAnswer });
          else setPreview({ kind: 'error', message: firstError(body) ?? `The gateway answered ${response.status}` });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setPreview({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for the request's content (the object itself is new on every render).
  }, [session, key, caller]);
  return preview;
}

export function CostLine({ preview }: { preview: Preview }) {
  if (preview.kind === 'idle') return <p className="cost">Cost: write an operation to see its cost.</p>;
  if (preview.kind === 'error')
    return (
      <p className="cost cost-error" data-testid="cost">
        Cost not computed: {preview.message}
      </p>
    );
  const { cost, budget, withinBudget } = preview.answer;
  return (
    <p className={withinBudget ? 'cost' : 'cost cost-error'} data-testid="cost">
      Cost {cost} of a budget of {budget}: {withinBudget ? 'within budget' : 'over budget, the gateway will refuse it'}
    </p>
  );
}
