// `pnpm schema:check`'s logic: compose, compare with the committed supergraph, report unannounced
// breaking changes (a module so tests can call it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, compose, unannounced } from './supergraph';
import { ROOT, SUPERGRAPH_PATH } from './subgraphs';

const withNewline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

/** Every problem found, empty when the committed schema files agree with the subgraphs. */
export function checkSchema(): string[] {
  let composition;
  try {
    composition = compose();
  } catch (error) {
    return [(error as Error).message];
  }
  if (!existsSync(SUPERGRAPH_PATH)) return ['schema/supergraph.graphql is missing: run pnpm schema:compose'];
  const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const problems = unannounced(breakingChanges(committed, composition.supergraphSdl)).map(
    (change) => `unannounced breaking change: ${change} (list it in schema/announced-breaking-changes.txt)`,
  );
  if (committed !== withNewline(composition.supergraphSdl)) {
    problems.push('schema/supergraph.graphql is not the composition of the subgraphs: run pnpm schema:compose and commit');
  }
  for (const { path: file, sdl } of composition.printed) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== withNewline(sdl)) {
      problems.push(`${path.relative(ROOT, file)} is stale: run pnpm schema:compose and commit`);
    }
  }
  return problems;
}
