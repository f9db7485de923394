// First migration: the programme's tables as they first shipped (mentor, mentee, mentorship).
// Never edited once landed; later changes are new migrations.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Programme1764400000000 implements MigrationInterface {
  name = 'Programme1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mentor (
        id uuid PRIMARY KEY,
        account_id text UNIQUE,
        display_name text NOT NULL,
        commune_code text NOT NULL CHECK (commune_code ~ '^92[0-9]{3}$'),
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'suspended')),
        capacity smallint NOT NULL CHECK (capacity BETWEEN 0 AND 20),
        published boolean NOT NULL DEFAULT false,
        fictitious boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX mentor_commune_idx ON mentor (commune_code, status)');
    await db.query(`
      CREATE TABLE mentee (
        id uuid PRIMARY KEY,
        account_id text UNIQUE,
        first_name text NOT NULL,
        birth_year smallint NOT NULL,
        commune_code text NOT NULL CHECK (commune_code ~ '^92[0-9]{3}$'),
        status text NOT NULL CHECK (status IN ('applied', 'accepted', 'matched', 'alumna', 'withdrawn')),
        fictitious boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX mentee_commune_idx ON mentee (commune_code, status)');
    await db.query(`
      CREATE TABLE mentorship (
        id uuid PRIMARY KEY,
        mentor_id uuid NOT NULL REFERENCES mentor (id),
        mentee_id uuid NOT NULL REFERENCES mentee (id),
        status text NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'ended', 'declined')),
        fictitious boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX mentorship_mentor_idx ON mentorship (mentor_id, status)');
    // A mentee has at most one active mentorship, whatever the concurrency.
    await db.query(`CREATE UNIQUE INDEX mentorship_one_active_per_mentee ON mentorship (mentee_id) WHERE status = 'active'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE mentorship');
    await db.query('DROP TABLE mentee');
    await db.query('DROP TABLE mentor');
  }
}
