/**
 * Prints the allow-list manifest (ids, names, texts) for the mobile clients' build:
 * `pnpm --filter gateway persisted-operations [dir]` (default: schema/operations).
 */
import path from 'node:path';
import { loadPersistedOperations, persistedQueryManifest } from './persisted-operations';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'schema', 'operations'));
process.stdout.write(`${JSON.stringify(persistedQueryManifest(loadPersistedOperations(dir)), null, 2)}\n`);
