// The two tables every service that sends email keeps in its own database: the outbox (one row
// per event and recipient) and each person's preferences. Services create them in a migration.

/**
 * `notification_outbox`: written in the same transaction as the change that causes the email.
 * `event_key` is unique, so an event enqueued twice is one row; `message_id` is fixed at insert,
 * so every delivery attempt of the row carries the same Message-ID. Status: `pending` (written),
 * `queued` (a job exists), `sent`, `dead` (retries exhausted), `cancelled` (erasure).
 * No free text is stored: `data` holds only what a template may show (a link path, a date).
 */
export const NOTIFICATION_TABLES_SQL = [
  `CREATE TABLE notification_outbox (
    id uuid PRIMARY KEY,
    event_key text NOT NULL CONSTRAINT notification_outbox_event_key_key UNIQUE,
    kind text NOT NULL,
    recipient_sub text,
    recipient_email text,
    data jsonb NOT NULL DEFAULT '{}'::jsonb,
    message_id text NOT NULL,
    status text NOT NULL DEFAULT 'pending'
      CONSTRAINT notification_outbox_status_check CHECK (status IN ('pending', 'queued', 'sent', 'dead', 'cancelled')),
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    queued_at timestamptz,
    sent_at timestamptz
  )`,
  `CREATE INDEX notification_outbox_pending_idx ON notification_outbox (created_at) WHERE status = 'pending'`,
  `CREATE INDEX notification_outbox_recipient_idx ON notification_outbox (recipient_sub)`,
  `CREATE TABLE notification_preference (
    account_id text PRIMARY KEY,
    email text,
    muted_kinds text[] NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
];

export const NOTIFICATION_TABLES_DOWN_SQL = ['DROP TABLE notification_preference', 'DROP TABLE notification_outbox'];
