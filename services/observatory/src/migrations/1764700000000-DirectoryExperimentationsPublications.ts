// Migration: the support directory, experimentations and publications tables.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Support directory, experimentations and publications (tables only: demo entries come by seed). */
export class DirectoryExperimentationsPublications1764700000000 implements MigrationInterface {
  name = 'DirectoryExperimentationsPublications1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE support_service (
        id uuid PRIMARY KEY,
        name text NOT NULL CONSTRAINT support_service_name_check CHECK (btrim(name) <> ''),
        name_search text NOT NULL,
        kind text NOT NULL CONSTRAINT support_service_kind_check
          CHECK (kind IN ('SHELTER', 'LISTENING_POINT', 'LEGAL_AID', 'HEALTH', 'POLICE_REFERENT', 'ASSOCIATION', 'HELPLINE', 'DAY_CENTRE', 'OTHER')),
        description text,
        phone text,
        hours text,
        languages text[] NOT NULL DEFAULT '{}',
        accessibility text,
        address text,
        website text,
        fictitious boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX support_service_name_search_idx ON support_service (name_search, id)');
    await db.query('CREATE INDEX support_service_kind_idx ON support_service (kind, name_search)');
    await db.query(`
      CREATE TABLE support_service_commune (
        support_service_id uuid NOT NULL CONSTRAINT support_service_commune_support_service_id_fkey REFERENCES support_service (id),
        commune_code text NOT NULL CONSTRAINT support_service_commune_commune_code_fkey REFERENCES commune (code),
        PRIMARY KEY (support_service_id, commune_code)
      )`);
    await db.query('CREATE INDEX support_service_commune_commune_idx ON support_service_commune (commune_code)');

    await db.query(`
      CREATE TABLE experimentation (
        id uuid PRIMARY KEY,
        name text NOT NULL CONSTRAINT experimentation_name_check CHECK (btrim(name) <> ''),
        summary text NOT NULL,
        partners text[] NOT NULL DEFAULT '{}',
        start_date date,
        end_date date,
        budget_euros integer CONSTRAINT experimentation_budget_check CHECK (budget_euros >= 0),
        status text NOT NULL CONSTRAINT experimentation_status_check CHECK (status IN ('PLANNED', 'RUNNING', 'EVALUATED', 'ENDED')),
        beneficiaries integer CONSTRAINT experimentation_beneficiaries_check CHECK (beneficiaries >= 0),
        evaluation_summary text,
        outcomes jsonb NOT NULL DEFAULT '[]',
        published boolean NOT NULL DEFAULT false,
        fictitious boolean NOT NULL DEFAULT false,
        CONSTRAINT experimentation_dates_check CHECK (end_date > start_date)
      )`);
    await db.query('CREATE INDEX experimentation_list_idx ON experimentation (published, name, id)');
    await db.query('CREATE INDEX experimentation_status_idx ON experimentation (status, name)');
    await db.query(`
      CREATE TABLE experimentation_commune (
        experimentation_id uuid NOT NULL CONSTRAINT experimentation_commune_experimentation_id_fkey REFERENCES experimentation (id),
        commune_code text NOT NULL CONSTRAINT experimentation_commune_commune_code_fkey REFERENCES commune (code),
        PRIMARY KEY (experimentation_id, commune_code)
      )`);
    await db.query('CREATE INDEX experimentation_commune_commune_idx ON experimentation_commune (commune_code)');

    await db.query(`
      CREATE TABLE publication (
        id uuid PRIMARY KEY,
        title text NOT NULL CONSTRAINT publication_title_check CHECK (btrim(title) <> ''),
        year smallint NOT NULL CONSTRAINT publication_year_check CHECK (year BETWEEN 1990 AND 2100),
        summary text NOT NULL,
        url text NOT NULL CONSTRAINT publication_url_check CHECK (url ~ '^https://'),
        published boolean NOT NULL DEFAULT false,
        fictitious boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX publication_list_idx ON publication (published, year, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['publication', 'experimentation_commune', 'experimentation', 'support_service_commune', 'support_service']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
