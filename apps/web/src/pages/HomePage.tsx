// The home page: the four sections, and the emergency numbers one click away.
import { Link } from '../router';

export function HomePage() {
  return (
    <>
      <h1>Égalité femmes-hommes dans les Hauts-de-Seine</h1>
      <p className="lead">
        Les chiffres de l’observatoire départemental, l’aide près de chez vous, les formations des professionnels et le mentorat des jeunes
        femmes.
      </p>
      <ul className="cards sections">
        <li className="card">
          <h2>
            <Link to="/aide">Trouver de l’aide</Link>
          </h2>
          <p>Écoute, accueil, hébergement et aide juridique près de chez vous, et les numéros d’urgence.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/observatoire">Observatoire</Link>
          </h2>
          <p>Les violences enregistrées dans les 36 communes, année par année.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/formation">Formation</Link>
          </h2>
          <p>Le catalogue des formations des professionnels et la vérification des attestations.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/mentorat">Mentorat</Link>
          </h2>
          <p>Des femmes inspirantes accompagnent des jeunes femmes de moins de 30 ans.</p>
        </li>
      </ul>
    </>
  );
}
