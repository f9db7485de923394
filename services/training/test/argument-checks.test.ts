// Training's field checks on their own, without the kit's generic walk in front: each must hold
// alone since data modules call them directly (text through the kit's checks, dates within training's years).
import { GraphQLError } from 'graphql';
import { optionalText, requiredText as checkedText } from '@equality-graph/service-kit';
import { checkedDay, checkedInstant } from '../src/data/argument-checks';

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return 'accepted';
};

test('text with a NUL character, blank where required, or over its cap is BAD_USER_INPUT', () => {
  expect(codeOf(() => checkedText('Ana\u0000', 'displayName', 120))).toBe('BAD_USER_INPUT');
  expect(codeOf(() => optionalText('\u0000', 'venue', 120))).toBe('BAD_USER_INPUT');
  expect(codeOf(() => checkedText('   ', 'title', 200))).toBe('BAD_USER_INPUT');
  expect(codeOf(() => checkedText('x'.repeat(121), 'displayName', 120))).toBe('BAD_USER_INPUT');
  expect(checkedText(`  ${'x'.repeat(120)}  `, 'displayName', 120)).toBe('x'.repeat(120));
  expect(optionalText('  ', 'venue', 120)).toBeNull();
});

test('a day must be a real calendar day between 2000 and 2100', () => {
  for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '1999-12-31', '2101-01-01', '2026-2-3', 'yesterday']) {
    expect([bad, codeOf(() => checkedDay(bad, 'heldOn'))]).toEqual([bad, 'BAD_USER_INPUT']);
  }
  expect(checkedDay('2024-02-29', 'heldOn')).toBe('2024-02-29');
});

test('an instant must be ISO 8601 with a zone, every part in range, between 2000 and 2100', () => {
  for (const bad of [
    '2026-02-30T09:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:00:00',
    '2026-03-01T09:00:00+15:00',
    '0001-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '2026-03-01T09:00:00Z trailing',
  ]) {
    expect([bad, codeOf(() => checkedInstant(bad, 'startsAt'))]).toEqual([bad, 'BAD_USER_INPUT']);
  }
  expect(checkedInstant('2024-02-29T10:00:00+01:00', 'from').toISOString()).toBe('2024-02-29T09:00:00.000Z');
  expect(checkedInstant('2026-03-08', 'from').toISOString()).toBe('2026-03-08T00:00:00.000Z');
  expect(checkedInstant('2026-03-08T09:30:00.123456Z', 'from').toISOString()).toBe('2026-03-08T09:30:00.123Z');
});
