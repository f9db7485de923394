// "Quitter rapidement": leaves at once for a neutral site and replaces this page in the history,
// so the back button does not bring anyone back here (a convention of French sites on violence).
export const NEUTRAL_SITE = 'https://www.google.fr/';

export function leaveNow(): void {
  // Nothing of the page is kept: the help section keeps nothing in storage and sends nothing.
  window.location.replace(NEUTRAL_SITE);
}

export function QuickExit() {
  return (
    <button type="button" className="quick-exit" onClick={leaveNow}>
      Quitter rapidement
    </button>
  );
}
