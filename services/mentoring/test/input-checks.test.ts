// Mentoring's field checks without a server: the kit's generic ones as mentoring calls them and
// the programme's own (labels, its dates, its cursor shapes).
import { GraphQLError } from 'graphql';
import { keysetAfter, optionalText, requiredText, token } from '@equality-graph/service-kit';
import { EVENT_KEYSET, ID_KEYSET, labels, programmeDate } from '../src/data/input-checks';

/**
 * Mentoring's own field checks, without a server: they refuse a NUL byte and far-off dates
 * themselves, whatever generic limits sit in front of them (input-validation.test.ts goes
 * through GraphQL, where the kit's generic walk may answer first).
 */
const NUL = 'avant\u0000après';

function refusal(check: () => unknown): { code: unknown; argument: unknown } | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, argument: error.extensions.argument };
  }
}

test.each([
  ['requiredText', () => requiredText(NUL, 'input.bio')],
  ['optionalText', () => optionalText(NUL, 'input.bio')],
  ['labels', () => labels(['droit', NUL], 'input.bio')],
  ['token', () => token(NUL, 'input.bio', 100)],
])('%s refuses a NUL byte with BAD_USER_INPUT naming the argument', (_check, check) => {
  expect(refusal(check)).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.bio' });
});

test.each(['2026-02-30', 'yesterday', '0000-01-01', '1999-12-31', '2100-01-01', '2025-1-5', '2025-03-12T10:00:00Z'])(
  'programmeDate refuses %j',
  (value) => {
    expect(refusal(() => programmeDate(value, 'input.date'))).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.date' });
  },
);

test.each(['2000-01-01', '2024-02-29', '2099-12-31'])('programmeDate accepts %j', (value) => {
  expect(programmeDate(value, 'input.date')).toBe(value);
});

test('token caps the length of identifiers that are not free text', () => {
  expect(token('x'.repeat(100), 'action', 100)).toHaveLength(100);
  expect(refusal(() => token('x'.repeat(101), 'action', 100))).toEqual({ code: 'BAD_USER_INPUT', argument: 'action' });
});

test('cursors are checked before they reach a uuid or date column', () => {
  const id = '00000000-0000-4000-a000-000000000001';
  const page = (after: unknown) => ({ limit: 5, after: after === null ? null : JSON.stringify(after) });
  expect(keysetAfter(page([id]), ID_KEYSET)).toEqual([id]);
  expect(keysetAfter(page(null), ID_KEYSET)).toBeNull();
  for (const bad of [['x'], [id, id], [1], 'x', id])
    expect(refusal(() => keysetAfter(page(bad), ID_KEYSET))).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  expect(refusal(() => keysetAfter({ limit: 5, after: 'not json' }, ID_KEYSET))?.argument).toBe('after');
  expect(keysetAfter(page(['2025-01-01', id]), EVENT_KEYSET)).toEqual(['2025-01-01', id]);
  for (const bad of [['0000-01-01', id], ['hier', id], ['2025-02-30', id], ['2025-01-01', 'x'], ['2025-01-01', id, 'x'], []])
    expect(refusal(() => keysetAfter(page(bad), EVENT_KEYSET))).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
});
