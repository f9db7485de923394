// The notification worker process (`node --import tsx packages/notifications/src/main.ts`): one
// per service database; stops cleanly on SIGINT/SIGTERM, letting the job in hand finish.
import { createLogger } from '@equality-graph/service-kit';
import { loadEnvironment } from './environment';
import { startNotificationWorker } from './worker';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const logger = createLogger('notification-worker', env.LOG_LEVEL);
  const worker = await startNotificationWorker({
    databaseUrl: env.DATABASE_URL,
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    appUrl: env.APP_URL,
    retryLimit: env.NOTIFICATION_RETRY_LIMIT,
    retryDelaySeconds: env.NOTIFICATION_RETRY_DELAY_SECONDS,
    expireInSeconds: env.NOTIFICATION_EXPIRE_SECONDS,
    retention: { deliveredDays: env.NOTIFICATION_RETENTION_DAYS, deadDays: env.NOTIFICATION_DEAD_RETENTION_DAYS },
    onPurged: (purged) => logger.info(purged, 'outbox rows past their retention deleted'),
    onError: (err) => logger.warn({ err }, 'notification delivery problem'),
  });
  logger.info('notification worker started');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    worker.stop().then(
      () => process.exit(0),
      (err: Error) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
