// `pnpm schema:publish`'s logic: one team's new SDL composed with the other subgraphs' SDL as
// deployed (read from the delivery directory), checked against what is deployed and what
// clients send, then written to the delivery directory (a module so tests can call it).
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, validate, type GraphQLSchema } from 'graphql';
import { loadPersistedOperations } from '../../gateway/src/persisted-operations';
import { assertLoadableSupergraph } from '../../gateway/src/supergraph-source';
import { supergraphHash } from '../../gateway/src/supergraph-status';
import { SUBGRAPHS } from './subgraphs';
import { apiSchema, breakingChanges, compose, unannounced } from './supergraph';
import { SUPERGRAPH_KEY, readDelivery, subgraphKey, withPublishLock, writeDelivery } from './supergraph-delivery';

export interface PublishRequest {
  service: string;
  /** The team's new SDL (source or printed). */
  sdl: string;
  /** Where the gateway reaches the new version; default: the URL deployed now. */
  url?: string;
  /** The delivery directory gateways watch. */
  deliveryDir: string;
  /** Folders of persisted / allow-listed operations clients send (each *.graphql). */
  operationDirs: string[];
  /** Breaking changes already announced (schema/announced-breaking-changes.txt by default). */
  announced?: Set<string>;
}

export type PublishResult = { ok: true; hash: string; supergraphSdl: string } | { ok: false; problems: string[] };

const NAMES = SUBGRAPHS.map((s) => s.name);
/** graphql-js's kinds of removal; a removed type follows from the removal of the fields reaching it. */
const REMOVAL = /^(FIELD_REMOVED|ARG_REMOVED|VALUE_REMOVED_FROM_ENUM|TYPE_REMOVED):/;

/** The SDL and URL of every subgraph as deployed: what the delivery directory says it composed. */
function deployedSubgraphs(deliveryDir: string): { sources: { name: string; url: string; sdl: string }[]; supergraphSdl?: string } {
  const delivered = readDelivery(deliveryDir, NAMES);
  if (!delivered) {
    // First publish into an empty directory: start from the SDL committed in this repository.
    return { sources: SUBGRAPHS.map((s) => ({ name: s.name, url: s.url, sdl: readFileSync(s.printedPath, 'utf8') })) };
  }
  const urls = new Map(
    Supergraph.build(delivered.supergraphSdl)
      .subgraphs()
      .values()
      .map((s) => [s.name, s.url]),
  );
  const committed = (name: string) => readFileSync(SUBGRAPHS.find((s) => s.name === name)?.printedPath ?? '', 'utf8');
  const sources = NAMES.map((name) => ({ name, url: urls.get(name) ?? '', sdl: delivered.subgraphs.get(name) ?? committed(name) }));
  // The SDL beside the supergraph (or, for a directory that only holds a supergraph, the committed
  // SDL) must compose into exactly what gateways serve; otherwise "as deployed" would be a guess.
  let recomposed: string | undefined;
  try {
    recomposed = compose(sources).supergraphSdl;
  } catch {
    recomposed = undefined;
  }
  if (recomposed === undefined || recomposed.trimEnd() !== delivered.supergraphSdl.trimEnd()) {
    throw new Error(
      `${deliveryDir}/${SUPERGRAPH_KEY} is not the composition of the subgraph SDL beside it (${NAMES.map(subgraphKey).join(', ')}): ` +
        'it was changed by other means; publish from a directory schema:publish wrote',
    );
  }
  return { sources, supergraphSdl: delivered.supergraphSdl };
}

type Coordinate = { coordinate: string; deprecated: boolean; field?: string };

/** Every field, argument, input field and enum value of the API, with its deprecation. */
function coordinates(schema: GraphQLSchema): Map<string, Coordinate> {
  const all = new Map<string, Coordinate>();
  const add = (coordinate: string, deprecated: boolean, field?: string) => all.set(coordinate, { coordinate, deprecated, field });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, Boolean(field.deprecationReason));
        for (const arg of field.args)
          add(`${type.name}.${field.name}(${arg.name}:)`, Boolean(arg.deprecationReason), `${type.name}.${field.name}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, Boolean(field.deprecationReason));
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, Boolean(value.deprecationReason));
    }
  }
  return all;
}

/**
 * Removals that were not deprecated first: every field, argument, input field or enum value of
 * the deployed API missing from the new one must carry @deprecated in the deployed supergraph.
 * A removed type needs nothing of its own: the fields that reached it were removals too.
 */
export function undeprecatedRemovals(deployed: GraphQLSchema, next: GraphQLSchema): string[] {
  const after = coordinates(next);
  return (
    [...coordinates(deployed).values()]
      // An argument goes with its field: the field's own removal is what is judged.
      .filter((c) => !after.has(c.coordinate) && !c.deprecated && !(c.field && !after.has(c.field)))
      .map((c) => `${c.coordinate} removed without being @deprecated in the deployed supergraph first`)
  );
}

/** Operations clients send that are valid today and would no longer validate. */
export function brokenOperations(operationDirs: string[], deployed: GraphQLSchema, next: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const dir of operationDirs) {
    for (const operation of loadPersistedOperations(dir)) {
      const document = parse(operation.body);
      if (validate(deployed, document).length > 0) continue;
      for (const error of validate(next, document)) problems.push(`operation ${operation.name} (${dir}) would break: ${error.message}`);
    }
  }
  return problems;
}

/** Composes and checks; writes the delivery directory only when nothing is refused. */
export function publishSubgraph(request: PublishRequest): PublishResult {
  if (!NAMES.includes(request.service))
    return { ok: false, problems: [`unknown subgraph "${request.service}" (one of ${NAMES.join(', ')})`] };
  return withPublishLock(request.deliveryDir, (): PublishResult => {
    let deployed: ReturnType<typeof deployedSubgraphs>;
    try {
      deployed = deployedSubgraphs(request.deliveryDir);
    } catch (error) {
      return { ok: false, problems: [(error as Error).message] };
    }
    const sources = deployed.sources.map((s) => (s.name === request.service ? { ...s, sdl: request.sdl, url: request.url ?? s.url } : s));
    let composition: ReturnType<typeof compose>;
    try {
      composition = compose(sources);
      assertLoadableSupergraph(composition.supergraphSdl);
    } catch (error) {
      return { ok: false, problems: [(error as Error).message] };
    }
    const problems: string[] = [];
    if (deployed.supergraphSdl) {
      const before = apiSchema(deployed.supergraphSdl);
      const after = apiSchema(composition.supergraphSdl);
      problems.push(...brokenOperations(request.operationDirs, before, after));
      problems.push(...undeprecatedRemovals(before, after));
      for (const change of unannounced(breakingChanges(deployed.supergraphSdl, composition.supergraphSdl), request.announced)) {
        // Removals follow the deprecation rule above instead (deprecate, wait, remove).
        if (!REMOVAL.test(change)) problems.push(`unannounced breaking change: ${change}`);
      }
    }
    if (problems.length > 0) return { ok: false, problems };
    const supergraphSdl = `${composition.supergraphSdl}\n`;
    writeDelivery(request.deliveryDir, {
      [SUPERGRAPH_KEY]: supergraphSdl,
      ...Object.fromEntries(composition.printed.map((p) => [subgraphKey(p.name), p.sdl])),
    });
    return { ok: true, hash: supergraphHash(supergraphSdl), supergraphSdl };
  });
}
