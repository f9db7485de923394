/**
 * pnpm schema:compose: writes schema/subgraphs/*.graphql and schema/supergraph.graphql from
 * the subgraphs' SDL. Refuses to overwrite the supergraph with a breaking change that is not
 * listed in schema/announced-breaking-changes.txt.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, compose, unannounced } from './lib/supergraph';
import { SUPERGRAPH_PATH } from './lib/subgraphs';

try {
  const { printed, supergraphSdl } = compose();
  if (existsSync(SUPERGRAPH_PATH)) {
    const blocked = unannounced(breakingChanges(readFileSync(SUPERGRAPH_PATH, 'utf8'), supergraphSdl));
    if (blocked.length > 0) {
      console.error(
        'Breaking changes against the committed supergraph (announce them, one per line, in schema/announced-breaking-changes.txt):',
      );
      for (const change of blocked) console.error(`  ${change}`);
      process.exit(1);
    }
  }
  for (const { path: file, sdl } of printed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, sdl.endsWith('\n') ? sdl : `${sdl}\n`);
  }
  writeFileSync(SUPERGRAPH_PATH, supergraphSdl.endsWith('\n') ? supergraphSdl : `${supergraphSdl}\n`);
  console.log(`composed ${printed.length} subgraphs into ${path.relative(process.cwd(), SUPERGRAPH_PATH)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
