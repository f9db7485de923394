// Migration: indicators, observations and the audit log table.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_LOG_TABLE_SQL } from '@equality-graph/service-kit';

type Level = 'COMMUNE' | 'DEPARTMENT' | 'COURT';
type Periodicity = 'YEAR' | 'STOCK_AT_DATE';
const SSMSI_COMMUNE = "SSMSI (ministère de l'Intérieur), base statistique communale de la délinquance enregistrée";
const SSMSI = "SSMSI (ministère de l'Intérieur), victimes enregistrées par la police et la gendarmerie";
const JUSTICE = 'Ministère de la Justice, parquet du tribunal judiciaire de Nanterre';
const FVV92 =
  'Associations de la ligne départementale FVV92 (L’Escale, AFED 92, ADAVIP 92, SOS Femmes Alternative - Centre Flora Tristan, CIDFF)';

/** The indicator set of DESIGN.md 8.2: code, label, unit, theme, definition, source, level, periodicity. */
const INDICATORS: [string, string, string, string, string, string, Level, Periodicity][] = [
  [
    'VIOLENCES_PHYSIQUES_INTRAFAMILIALES',
    'Violences physiques intrafamiliales enregistrées',
    'victimes',
    'Violences intrafamiliales',
    'Victimes de violences physiques commises par un membre de la famille au sens large (conjoint, ex-conjoint, parent, enfant...) enregistrées par la police et la gendarmerie ; appelé « coups et blessures volontaires intrafamiliaux » dans les éditions antérieures de la base communale.',
    SSMSI_COMMUNE,
    'COMMUNE',
    'YEAR',
  ],
  [
    'VIOLENCES_SEXUELLES',
    'Violences sexuelles enregistrées',
    'victimes',
    'Violences sexuelles',
    'Victimes de viols, tentatives de viol et agressions sexuelles (harcèlement sexuel compris) enregistrées par la police et la gendarmerie.',
    SSMSI_COMMUNE,
    'COMMUNE',
    'YEAR',
  ],
  [
    'VICTIMES_VIOLENCES_CONJUGALES',
    'Victimes de violences conjugales enregistrées',
    'victimes',
    'Violences conjugales',
    'Victimes de violences commises par un partenaire ou ex-partenaire, enregistrées par la police et la gendarmerie.',
    SSMSI,
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'FEMINICIDES_CONJUGAUX',
    'Féminicides conjugaux',
    'personnes',
    'Violences conjugales',
    'Femmes tuées par leur partenaire ou ex-partenaire.',
    "Ministère de l'Intérieur, étude nationale sur les morts violentes au sein du couple",
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'TENTATIVES_FEMINICIDES_CONJUGAUX',
    'Tentatives de féminicides conjugaux',
    'personnes',
    'Violences conjugales',
    'Tentatives d’homicide sur une femme par son partenaire ou ex-partenaire.',
    "Ministère de l'Intérieur, étude nationale sur les morts violentes au sein du couple",
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'APPELS_3919',
    'Appels au 3919 « Violences Femmes Info »',
    'appels',
    'Écoute et orientation',
    'Appels pris en charge par le 3919 venant du département.',
    'Fédération nationale Solidarité Femmes (FNSF)',
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'TGD_ACTIFS',
    'Téléphones grave danger (TGD) actifs',
    'dispositifs',
    'Protection des victimes',
    'Téléphones grave danger attribués et en service à la date du relevé.',
    JUSTICE,
    'COURT',
    'STOCK_AT_DATE',
  ],
  [
    'TGD_ATTRIBUES',
    'Téléphones grave danger (TGD) attribués',
    'dispositifs',
    'Protection des victimes',
    'Téléphones grave danger attribués dans l’année.',
    JUSTICE,
    'COURT',
    'YEAR',
  ],
  [
    'BAR_ACTIFS',
    'Bracelets anti-rapprochement (BAR) actifs',
    'dispositifs',
    'Protection des victimes',
    'Bracelets anti-rapprochement en service à la date du relevé (loi du 28 décembre 2019).',
    'Ministère de la Justice',
    'COURT',
    'STOCK_AT_DATE',
  ],
  [
    'ORDONNANCES_PROTECTION_DEMANDEES',
    'Ordonnances de protection demandées',
    'décisions',
    'Protection des victimes',
    'Demandes d’ordonnance de protection portées devant le juge aux affaires familiales.',
    'Ministère de la Justice',
    'COURT',
    'YEAR',
  ],
  [
    'ORDONNANCES_PROTECTION_DELIVREES',
    'Ordonnances de protection délivrées',
    'décisions',
    'Protection des victimes',
    'Ordonnances de protection accordées par le juge aux affaires familiales.',
    'Ministère de la Justice',
    'COURT',
    'YEAR',
  ],
  [
    'PLACES_HEBERGEMENT',
    'Places d’hébergement dédiées aux femmes victimes de violences',
    'places',
    'Hébergement',
    'Places d’hébergement et de logement temporaire réservées aux femmes victimes de violences (346 en 2025).',
    'Département des Hauts-de-Seine / État',
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'FVV92_APPELS',
    'Appels reçus par la ligne départementale FVV92',
    'appels',
    'Écoute et orientation',
    'Appels reçus par la ligne inter-associative départementale Femmes victimes de violences 92.',
    FVV92,
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'FVV92_ENTRETIENS',
    'Entretiens menés par la ligne départementale FVV92',
    'entretiens',
    'Écoute et orientation',
    'Entretiens d’écoute et d’orientation menés par les associations de la ligne FVV92.',
    FVV92,
    'DEPARTMENT',
    'YEAR',
  ],
  [
    'PROFESSIONNELS_FORMES',
    'Professionnels formés aux violences faites aux femmes',
    'personnes',
    'Formation des professionnels',
    'Professionnels ayant suivi en entier une formation sur les violences faites aux femmes (données du sous-graphe formation).',
    'Sous-graphe formation (training) du graphe départemental',
    'DEPARTMENT',
    'YEAR',
  ],
];

export class IndicatorsObservations1764600000000 implements MigrationInterface {
  name = 'IndicatorsObservations1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE indicator (
        code text PRIMARY KEY CONSTRAINT indicator_code_check CHECK (code ~ '^[A-Z0-9_]+$'),
        label text NOT NULL,
        unit text NOT NULL,
        theme text NOT NULL,
        definition text NOT NULL,
        source_organisation text NOT NULL,
        geographic_level text NOT NULL CONSTRAINT indicator_geographic_level_check CHECK (geographic_level IN ('COMMUNE', 'DEPARTMENT', 'COURT')),
        periodicity text NOT NULL CONSTRAINT indicator_periodicity_check CHECK (periodicity IN ('YEAR', 'STOCK_AT_DATE'))
      )`);
    for (const row of INDICATORS) {
      await db.query(
        `INSERT INTO indicator (code, label, unit, theme, definition, source_organisation, geographic_level, periodicity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        row,
      );
    }
    await db.query(`
      CREATE TABLE observation (
        id uuid PRIMARY KEY,
        indicator_code text NOT NULL CONSTRAINT observation_indicator_code_fkey REFERENCES indicator (code),
        commune_code text CONSTRAINT observation_commune_code_fkey REFERENCES commune (code),
        period text NOT NULL CONSTRAINT observation_period_check CHECK (period ~ '^[0-9]{4}$'),
        value double precision CONSTRAINT observation_value_check CHECK (value >= 0),
        disseminated boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'DRAFT' CONSTRAINT observation_status_check CHECK (status IN ('DRAFT', 'PUBLISHED')),
        source text NOT NULL,
        import_id uuid,
        imported_at timestamptz,
        fictitious boolean NOT NULL DEFAULT false
      )`);
    await db.query(
      'CREATE UNIQUE INDEX observation_commune_key ON observation (indicator_code, period, commune_code) WHERE commune_code IS NOT NULL',
    );
    await db.query('CREATE UNIQUE INDEX observation_department_key ON observation (indicator_code, period) WHERE commune_code IS NULL');
    await db.query('CREATE INDEX observation_commune_idx ON observation (commune_code, indicator_code, period)');
    for (const statement of AUDIT_LOG_TABLE_SQL) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_log');
    await db.query('DROP TABLE observation');
    await db.query('DROP TABLE indicator');
  }
}
