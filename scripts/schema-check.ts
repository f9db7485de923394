/** pnpm schema:check: composition errors, unannounced breaking changes and stale files fail it. */
import { checkSchema } from './lib/schema-check';

const problems = checkSchema();
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log('schema: the committed supergraph is the composition of the subgraphs, with no unannounced breaking change');
