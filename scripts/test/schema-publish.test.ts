// `pnpm schema:publish`: what it refuses (composition errors, removals not deprecated first,
// breaking changes clients' operations use, a hand-edited delivery) and how it writes.
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishSubgraph, type PublishRequest } from '../lib/schema-publish';
import { ROOT, SUBGRAPHS, SUPERGRAPH_PATH } from '../lib/subgraphs';
import { supergraphHash } from '../../gateway/src/supergraph-status';

const TRAINING_SDL = readFileSync(SUBGRAPHS.find((s) => s.name === 'training')?.sdlPath ?? '', 'utf8');
const SESSION_DOC = '  "A session of a published course, or null (coordinators and admins also get the others)."\n';
const SESSION_FIELD = `${SESSION_DOC}  trainingSession(id: ID!): TrainingSession\n`;
const deprecatedSession = (reason: string) =>
  `${SESSION_DOC}  trainingSession(id: ID!): TrainingSession @deprecated(reason: "${reason}")\n`;
const NO_OPERATIONS = mkdtempSync(path.join(tmpdir(), 'publish-no-ops-'));

let dir: string;
const deliveredHash = () => supergraphHash(readFileSync(path.join(dir, 'supergraph.graphql'), 'utf8'));
const publish = (sdl: string, extra: Partial<PublishRequest> = {}) =>
  publishSubgraph({ service: 'training', sdl, deliveryDir: dir, operationDirs: [NO_OPERATIONS], announced: new Set(), ...extra });
const problemsOf = (result: ReturnType<typeof publish>) => (result.ok ? [] : result.problems);

let firstDelivery: string;

beforeAll(() => {
  // The first publish into an empty directory delivers the committed subgraphs unchanged;
  // each test starts from a copy of it (links kept as they are).
  firstDelivery = dir = mkdtempSync(path.join(tmpdir(), 'supergraph-delivery-'));
  expect(problemsOf(publish(TRAINING_SDL))).toEqual([]);
});

beforeEach(() => {
  dir = `${mkdtempSync(path.join(tmpdir(), 'supergraph-delivery-'))}/delivery`;
  cpSync(firstDelivery, dir, { recursive: true, verbatimSymlinks: true });
});

afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));
afterAll(() => [NO_OPERATIONS, firstDelivery].forEach((d) => rmSync(d, { recursive: true, force: true })));

test('the first publish delivers the committed supergraph, as one versioned folder behind the ..data link', () => {
  expect(deliveredHash()).toBe(supergraphHash(readFileSync(SUPERGRAPH_PATH, 'utf8')));
  expect(lstatSync(path.join(dir, 'supergraph.graphql')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(path.join(dir, 'supergraph.graphql'))).toBe(path.join('..data', 'supergraph.graphql'));
  expect(readFileSync(path.join(dir, 'subgraph-training.graphql'), 'utf8')).toContain('trainingSession(id: ID!)');
});

test('a new field is published with the new URL, and the previous version folder is gone', () => {
  const before = readlinkSync(path.join(dir, '..data'));
  const result = publish(`${TRAINING_SDL}\nextend type Query {\n  "Which release answers."\n  trainingRelease: String\n}\n`, {
    url: 'http://127.0.0.1:4999/graphql',
  });
  expect(result.ok).toBe(true);
  const delivered = readFileSync(path.join(dir, 'supergraph.graphql'), 'utf8');
  expect(delivered).toContain('trainingRelease: String');
  expect(delivered).toContain('TRAINING @join__graph(name: "training", url: "http://127.0.0.1:4999/graphql")');
  expect(result.ok && result.hash).toBe(deliveredHash());
  expect(() => lstatSync(path.join(dir, before))).toThrow();
});

test('a supergraph that does not compose is refused and the delivery is unchanged', () => {
  const hash = deliveredHash();
  // observatory owns Query.communes; a second, non-shareable definition cannot compose.
  const result = publish(`${TRAINING_SDL}\nextend type Query {\n  communes: [String!]\n}\n`);
  expect(problemsOf(result).join('\n')).toMatch(/composition failed/);
  expect(deliveredHash()).toBe(hash);
});

test('a removal that was not deprecated first is refused; deprecated, then removed, it is published', () => {
  const hash = deliveredHash();
  const removed = TRAINING_SDL.replace(SESSION_FIELD, '');
  expect(removed).not.toBe(TRAINING_SDL);
  expect(problemsOf(publish(removed))).toContain(
    'Query.trainingSession removed without being @deprecated in the deployed supergraph first',
  );
  expect(deliveredHash()).toBe(hash);

  expect(problemsOf(publish(TRAINING_SDL.replace(SESSION_FIELD, deprecatedSession('use trainingSessions'))))).toEqual([]);
  expect(problemsOf(publish(removed))).toEqual([]);
  expect(readFileSync(path.join(dir, 'supergraph.graphql'), 'utf8')).not.toContain('trainingSession(id: ID!)');
});

test('a deprecated field that a persisted operation still uses cannot be removed', () => {
  const operations = mkdtempSync(path.join(tmpdir(), 'publish-ops-'));
  writeFileSync(path.join(operations, 'SessionPage.graphql'), 'query SessionPage($id: ID!) { trainingSession(id: $id) { id } }\n');
  try {
    expect(publish(TRAINING_SDL.replace(SESSION_FIELD, deprecatedSession('gone soon'))).ok).toBe(true);
    const hash = deliveredHash();
    const problems = problemsOf(publish(TRAINING_SDL.replace(SESSION_FIELD, ''), { operationDirs: [operations] }));
    expect(problems.join('\n')).toMatch(/operation SessionPage .* would break: Cannot query field "trainingSession"/);
    expect(deliveredHash()).toBe(hash);
  } finally {
    rmSync(operations, { recursive: true, force: true });
  }
});

test('a field the repository operations select cannot be removed, even once deprecated', () => {
  const field = '  trainedCount: Int\n  "True when `trainedCount` is withheld from this reader."\n';
  expect(TRAINING_SDL).toContain(field);
  const deprecated = TRAINING_SDL.replace(field, field.replace('trainedCount: Int', 'trainedCount: Int @deprecated(reason: "x")'));
  expect(publish(deprecated).ok).toBe(true);
  const hash = deliveredHash();
  // CommunesOverview (schema/operations) selects Commune.training.trainedCount.
  const problems = problemsOf(publish(TRAINING_SDL.replace(field, ''), { operationDirs: [path.join(ROOT, 'schema', 'operations')] }));
  expect(problems.join('\n')).toMatch(
    /operation CommunesOverview .* would break: Cannot query field "trainedCount" on type "CommuneTraining"/,
  );
  expect(deliveredHash()).toBe(hash);
});

test('a change of type no operation notices is still refused unless announced', () => {
  const sdl = TRAINING_SDL.replace('  trainedCount: Int\n', '  trainedCount: String\n');
  expect(sdl).not.toBe(TRAINING_SDL);
  const hash = deliveredHash();
  const refused = problemsOf(publish(sdl, { operationDirs: [path.join(ROOT, 'schema', 'operations')] }));
  expect(refused).toEqual([
    'unannounced breaking change: FIELD_CHANGED_KIND: CommuneTraining.trainedCount changed type from Int to String.',
  ]);
  expect(deliveredHash()).toBe(hash);
  expect(publish(sdl, { announced: new Set(refused.map((p) => p.replace('unannounced breaking change: ', ''))) }).ok).toBe(true);
});

test('a delivery whose supergraph was changed by other means is refused rather than guessed', () => {
  const hand = path.join(dir, 'hand');
  mkdirSync(hand);
  writeFileSync(
    path.join(hand, 'supergraph.graphql'),
    readFileSync(SUPERGRAPH_PATH, 'utf8').replace('"""Vintage of the population figure."""', ''),
  );
  const result = publishSubgraph({ service: 'training', sdl: TRAINING_SDL, deliveryDir: hand, operationDirs: [NO_OPERATIONS] });
  expect(problemsOf(result).join('\n')).toMatch(/is not the composition of the subgraph SDL beside it/);
});
