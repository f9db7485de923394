/**
 * pnpm client-operations:check: every operation of the browser clients (their persisted-documents
 * manifests, which are also the gateway's allow-list) must validate against the committed
 * supergraph's API schema; a schema change that would break a client fails `pnpm check`. So must
 * the operation library of schema/operations (allow-list of the mobile clients, the console's
 * library), each file with its `# group:` and `# description:` header (lib/operation-library.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clientManifests, invalidClientOperations } from './lib/client-operations';
import { invalidLibraryOperations, libraryFiles } from './lib/operation-library';
import { ROOT, SUPERGRAPH_PATH } from './lib/subgraphs';

const manifests = clientManifests();
const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
const problems = [...invalidClientOperations(supergraph, manifests), ...invalidLibraryOperations(supergraph)];
if (problems.length > 0) {
  console.error(`client operations that no longer validate against the supergraph:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const count = manifests.reduce((sum, file) => sum + Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).length, 0);
console.log(
  `client operations: ${count} operations of ${manifests.map((f) => path.relative(ROOT, f)).join(', ') || 'no app'} validate against the supergraph`,
);
console.log(`operation library: ${libraryFiles().length} operations of schema/operations validate, each with its group and description`);
