// How a withheld figure reads everywhere: the words "secret statistique", never a number or a blank.
export const SECRET_EXPLANATION =
  'Secret statistique : un effectif compris entre un et cinq n’est jamais publié, ni ce qui permettrait de le retrouver, pour que personne ne puisse être reconnu.';

export function Secret() {
  return (
    <span className="secret" title={SECRET_EXPLANATION}>
      secret statistique
    </span>
  );
}

export function SecretExplanation() {
  return (
    <p className="note" id="secret-explanation">
      {SECRET_EXPLANATION}
    </p>
  );
}
