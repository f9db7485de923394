// The notification worker's settings, one zod schema: the only file of this package that reads
// process.env. One worker runs per service, on that service's database.
import { logLevel, nodeEnv, parseEnvironment, postgresUrl } from '@equality-graph/service-kit';
import { z } from 'zod';

const seconds = (fallback: number, min = 1) => z.coerce.number().int().min(min).max(86_400).default(fallback);

export const environmentSchema = z.object({
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  /** The database of the service whose outbox this worker delivers (mentoring or training). */
  DATABASE_URL: postgresUrl,
  /** The SMTP relay: smtp://user:password@host:port, or smtps:// for implicit TLS. `pnpm start` points it at its mail catcher. */
  SMTP_URL: z
    .string({ required_error: 'required: smtp://user:password@host:port (or smtps://)' })
    .url('must be a URL like smtp://host:587')
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://'),
  /** The sender of every email. */
  MAIL_FROM: z.string().min(3).default('Femmes des Hauts-de-Seine <ne-pas-repondre@hauts-de-seine.fr>'),
  /** The web client's public address: emails link there instead of carrying any content. */
  APP_URL: z.string().url('must be the web client URL, e.g. https://egalite.hauts-de-seine.fr').default('http://localhost:5173'),
  /** Attempts after the first before an email is dead-lettered (with the default delay and backoff, 1.5 to 3 days of retries). */
  NOTIFICATION_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(12),
  /** Delay before the first retry; about doubled at each retry, with jitter (pg-boss backoff). */
  NOTIFICATION_RETRY_DELAY_SECONDS: seconds(30),
  /** A job whose worker died is retried once it has been active this long. */
  NOTIFICATION_EXPIRE_SECONDS: seconds(300),
  /** Sent and cancelled outbox rows are deleted this many days after (a daily scheduled job). */
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Dead letters (retries exhausted) are kept this many days, for an operator to read or re-send; 0 keeps them until deleted by hand. */
  NOTIFICATION_DEAD_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
});

export type NotificationEnvironment = z.infer<typeof environmentSchema>;

/** The only place this process reads process.env. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): NotificationEnvironment {
  return parseEnvironment(environmentSchema, env, 'notification worker');
}
