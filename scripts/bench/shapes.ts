// The bench's query shapes (issue 12), each with the identity it runs as and how an answer is
// checked: HTTP 200, no error, and the expected number of items (counted on the raw body, cheap
// enough for the load generator to check every answer).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@equality-graph/auth';
import { ROOT } from '../lib/subgraphs';

export interface Shape {
  id: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  role?: Role;
  /** A key written once per expected item, and how many times. */
  marker: string;
  expected: number;
  /** Also callable on one subgraph directly (same document). */
  direct?: 'observatory';
}

/** Occurrences of `needle` in `text`. */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** An answer counts when it has data, no error and every expected item. */
export const answerIsComplete = (shape: Pick<Shape, 'marker' | 'expected'>) => (body: string) =>
  !body.includes('"errors"') && occurrences(body, shape.marker) === shape.expected;

export const SHAPES: Shape[] = [
  {
    id: 'list',
    label: 'communes list (observatory only)',
    query: '{ communes { code name population } }',
    marker: '"code":',
    expected: 36,
    direct: 'observatory',
  },
  {
    id: 'overview',
    label: 'communes overview (three subgraphs)',
    query: '{ communes { code name population mentoring { mentorCount } training { trainedCount } } }',
    marker: '"mentorCount":',
    expected: 36,
  },
  {
    id: 'analyst',
    label: 'analyst breakdown (ANALYST, audited)',
    query: readFileSync(path.join(ROOT, 'schema', 'operations', 'DomesticViolenceRateAndTraining.graphql'), 'utf8'),
    role: 'ANALYST',
    marker: '"rank":',
    expected: 36,
  },
  {
    id: 'mentors50',
    label: 'mentors(first: 50) + readyToMentor + commune',
    query: '{ mentors(first: 50) { edges { node { displayName readyToMentor commune { code name } } } } }',
    marker: '"readyToMentor":',
    expected: 50,
  },
  {
    id: 'deep',
    label: 'deep nested (mentors 20 > commune > 3 subgraphs)',
    query: `{ mentors(first: 20) { edges { node { displayName readyToMentor awarenessTrained commune {
      name population mentoring { mentorCount } training { trainedCount sessionCount }
      observations(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES") { period value suppressed } } } } } }`,
    marker: '"displayName":',
    expected: 20,
  },
];

/** The mixed run: several shapes and variables interleaved, public and analyst. */
export function mixedRequests(codes: string[]): { query: string; variables?: Record<string, unknown>; role?: Role }[] {
  const byId = new Map(SHAPES.map((s) => [s.id, s]));
  const pick = (id: string) => {
    const shape = byId.get(id);
    if (!shape) throw new Error(`no shape ${id}`);
    return { query: shape.query, role: shape.role };
  };
  const mentors =
    'query Mentors($first: Int!) { mentors(first: $first) { edges { node { displayName readyToMentor commune { name } } } } }';
  const commune =
    'query Commune($code: ID!) { commune(code: $code) { name population mentoring { mentorCount } training { trainedCount } } }';
  return [
    pick('list'),
    { query: mentors, variables: { first: 10 } },
    pick('overview'),
    { query: commune, variables: { code: codes[0] } },
    pick('deep'),
    { query: mentors, variables: { first: 30 } },
    pick('analyst'),
    { query: commune, variables: { code: codes[7] } },
    pick('mentors50'),
    { query: commune, variables: { code: codes[20] } },
  ];
}
