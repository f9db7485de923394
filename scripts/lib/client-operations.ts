// The browser clients' operations against the graph: each app's persisted-documents manifest
// (apps/<app>/src/gql/persisted-documents.json, written by its codegen) validated against the
// API schema of a supergraph. Shared by `pnpm client-operations:check` and its test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { apiSchema } from './supergraph';
import { ROOT } from './subgraphs';

export const APPS_DIR = path.join(ROOT, 'apps');

/** Every app's manifest, found by convention so that a new app is checked without a new line here. */
export function clientManifests(appsDir = APPS_DIR): string[] {
  if (!existsSync(appsDir)) return [];
  return readdirSync(appsDir)
    .map((app) => path.join(appsDir, app, 'src', 'gql', 'persisted-documents.json'))
    .filter((file) => existsSync(file));
}

/** One line per operation that would fail on this supergraph (or per unreadable manifest). */
export function invalidClientOperations(supergraphSdl: string, manifests: string[]): string[] {
  const schema: GraphQLSchema = apiSchema(supergraphSdl);
  const problems: string[] = [];
  for (const file of manifests) {
    const where = path.relative(ROOT, file);
    let documents: Record<string, unknown>;
    try {
      documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      continue;
    }
    for (const [id, text] of Object.entries(documents)) {
      try {
        const document = parse(String(text));
        const name = /^\w+\s+(\w+)/.exec(String(text))?.[1] ?? id;
        for (const error of validate(schema, document)) problems.push(`${where} ${name}: ${error.message}`);
      } catch (error) {
        problems.push(`${where} ${id}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}
