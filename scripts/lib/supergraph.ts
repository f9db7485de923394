// Composition and breaking-change detection over the subgraphs' SDL, shared by schema:compose,
// schema:check and their tests.
import { existsSync, readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { findBreakingChanges, parse, type GraphQLSchema } from 'graphql';
import { ANNOUNCEMENTS_PATH, SUBGRAPHS } from './subgraphs';

export interface Composition {
  /** Each subgraph's SDL as @apollo/subgraph prints it (what `_service { sdl }` serves). */
  printed: { name: string; path: string; sdl: string }[];
  supergraphSdl: string;
}

/** Composes the subgraphs' source SDL; throws with every composition error listed. */
export function compose(sources: { name: string; url: string; sdl: string }[] = readSources()): Composition {
  const printed = sources.map((s) => ({
    name: s.name,
    url: s.url,
    path: SUBGRAPHS.find((g) => g.name === s.name)?.printedPath ?? '',
    sdl: printSubgraphSchema(buildSubgraphSchema(parse(s.sdl))),
  }));
  const result = composeServices(printed.map((p) => ({ name: p.name, url: p.url, typeDefs: parse(p.sdl) })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { printed, supergraphSdl: result.supergraphSdl };
}

export function readSources() {
  return SUBGRAPHS.map((s) => ({ name: s.name, url: s.url, sdl: readFileSync(s.sdlPath, 'utf8') }));
}

export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Breaking changes of the client-facing API between two supergraphs. */
export function breakingChanges(previousSupergraph: string, nextSupergraph: string): string[] {
  return findBreakingChanges(apiSchema(previousSupergraph), apiSchema(nextSupergraph)).map((c) => `${c.type}: ${c.description}`);
}

/** Lines of schema/announced-breaking-changes.txt: changes a release note has announced. */
export function announcedChanges(): Set<string> {
  if (!existsSync(ANNOUNCEMENTS_PATH)) return new Set();
  return new Set(
    readFileSync(ANNOUNCEMENTS_PATH, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

export function unannounced(changes: string[], announced = announcedChanges()): string[] {
  return changes.filter((c) => !announced.has(c));
}
