// A notification worker in its own process that kills itself (SIGKILL, no cleanup) at one point
// of a delivery: how the delivery tests reproduce a crash. A fourth argument (JSON) overrides its
// queue settings; the defaults are the tests' own, since a worker applies its settings to the queue.
import { startNotificationWorker, type DeliveryHooks, type WorkerSettings } from '../src';

const [databaseUrl, smtpUrl, crashAt, overrides] = process.argv.slice(2);
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
  retryDelaySeconds: 1,
  retryBackoff: false,
  expireInSeconds: 2,
  maintenanceIntervalSeconds: 1,
  ...(overrides ? (JSON.parse(overrides) as Partial<WorkerSettings>) : {}),
  hooks,
});
