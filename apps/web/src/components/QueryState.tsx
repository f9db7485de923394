// Loading and error states of a query, announced to screen readers.
import type { ErrorLike } from '@apollo/client';

export function QueryState({ loading, error }: { loading: boolean; error?: ErrorLike | null }) {
  if (error) {
    return (
      <p role="alert" className="error">
        Les données n’ont pas pu être chargées ({error.message}). Réessayez dans un instant.
      </p>
    );
  }
  if (loading) {
    return (
      <p role="status" className="loading">
        Chargement…
      </p>
    );
  }
  return null;
}
