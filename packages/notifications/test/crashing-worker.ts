// A notification worker in its own process that kills itself (SIGKILL, no cleanup) at one point
// of a delivery: how the delivery tests reproduce a crash.
import { startNotificationWorker, type DeliveryHooks } from '../src';

const [databaseUrl, smtpUrl, crashAt] = process.argv.slice(2);
const die = () => {
  process.kill(process.pid, 'SIGKILL');
};
const hooks: DeliveryHooks = {
  beforeSend: crashAt === 'before-send' ? die : undefined,
  afterSmtpAccepted: crashAt === 'after-smtp' ? die : undefined,
  afterCommit: crashAt === 'after-commit' ? die : undefined,
};
void startNotificationWorker({
  databaseUrl,
  smtpUrl,
  from: 'test@example.org',
  appUrl: 'http://localhost:5173',
  pollingIntervalSeconds: 0.5,
  hooks,
});
