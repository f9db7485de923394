// The mentoring migration command (`pnpm --filter mentoring migrate`, the Kubernetes migration Job): applies
// pending migrations under the kit's advisory lock, then exits; only DATABASE_URL is needed.
import { runMigrationCommand } from '@equality-graph/service-kit';
import { mentoring } from './service';

runMigrationCommand(mentoring);
