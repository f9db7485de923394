// Reads a service's `schema.graphql` (the SDL-first contract) from beside its service.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** A service's contract, `schema.graphql` beside its service.ts. */
export function readSchema(directory: string): DocumentNode {
  return parse(readFileSync(path.join(directory, 'schema.graphql'), 'utf8'));
}
