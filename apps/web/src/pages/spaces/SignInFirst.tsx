// What a space says to a visitor who is not signed in: a link to sign in that comes back here.
import { Link } from '../../router';

export function SignInFirst({ title, path }: { title: string; path: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>
        Cet espace est personnel : <Link to={`/connexion?retour=${path}`}>connectez-vous</Link> pour y accéder.
      </p>
    </>
  );
}
