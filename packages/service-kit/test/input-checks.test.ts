// The generic argument checks and refusal helpers, each in the one message style
// ("`argument` <problem>", extensions.argument), proven on the values that used to slip through.
import { GraphQLError } from 'graphql';
import {
  assertUuid,
  badArgument,
  frenchPhone,
  httpsUrl,
  intBetween,
  isoDate,
  isoInstant,
  isUuid,
  missingScope,
  nonNegative,
  notNull,
  optional,
  optionalText,
  required,
  requiredText,
  textList,
  token,
  unknownRecord,
  uuidsOnly,
} from '../src';

function refusal(run: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, argument: error.extensions.argument, message: error.message };
  }
  throw new Error('expected a refusal');
}

test('refusals name the argument in backticks and in extensions', () => {
  expect(refusal(() => requiredText('  ', 'input.name'))).toEqual({
    code: 'BAD_USER_INPUT',
    argument: 'input.name',
    message: '`input.name` must not be empty',
  });
  const error = badArgument('x', 'is odd', { unknown: ['1'] });
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'x', unknown: ['1'] });
  expect(unknownRecord('publication', 'p1')).toMatchObject({ message: 'Unknown publication p1', extensions: { code: 'NOT_FOUND' } });
  expect(missingScope('directory:write').extensions.code).toBe('FORBIDDEN');
});

test('text is trimmed, bounded and refused with a NUL character', () => {
  expect(requiredText('  Maison  ', 'name')).toBe('Maison');
  expect(refusal(() => requiredText('a\u0000b', 'name')).message).toBe('`name` must not contain a NUL character');
  expect(refusal(() => requiredText('abcd', 'name', 3)).message).toBe('`name` must be at most 3 characters');
  expect(optionalText('   ', 'note')).toBeNull();
  expect(optionalText(undefined, 'note')).toBeNull();
  expect(refusal(() => optionalText('x\u0000', 'note')).argument).toBe('note');
  expect(textList([' fr ', 'fr', 'en'], 'languages')).toEqual(['fr', 'en']);
  expect(refusal(() => textList(['fr', ' '], 'languages')).argument).toBe('languages');
  expect(token(' sub ', 'account', 10)).toBe(' sub ');
  expect(refusal(() => token('', 'account', 10)).message).toBe('`account` must be 1 to 10 characters');
});

test('null is refused where a field may only be omitted, and required values must be there', () => {
  expect(notNull(undefined, 'input.kind')).toBeUndefined();
  expect(refusal(() => notNull(null, 'input.kind')).message).toBe('`input.kind` cannot be null');
  expect(refusal(() => required(undefined, 'input.status')).argument).toBe('input.status');
  expect(optional(null, (v: string) => v.length)).toBeNull();
  expect(optional('abc', (v: string) => v.length)).toBe(3);
});

test('numbers are checked for range and sign', () => {
  expect(intBetween(5, 'first', 1, 10)).toBe(5);
  expect(refusal(() => intBetween(5.5, 'first', 1, 10)).message).toBe('`first` must be between 1 and 10');
  expect(refusal(() => nonNegative(-1, 'budget')).message).toBe('`budget` must not be negative');
  expect(refusal(() => nonNegative(Number.NaN, 'budget')).code).toBe('BAD_USER_INPUT');
});

test('a date is a real calendar day within its range (2026-02-30 and year 0 are refused)', () => {
  expect(isoDate('2024-02-29', 'from')).toBe('2024-02-29');
  for (const bad of ['2026-02-30', '2026-2-3', '0000-01-01', '2026-02-01T00:00:00Z']) {
    expect(refusal(() => isoDate(bad, 'from')).argument).toBe('from');
  }
  expect(refusal(() => isoDate('1999-12-31', 'from', { min: '2000-01-01', max: '2099-12-31' })).message).toBe(
    '`from` must be between 2000-01-01 and 2099-12-31',
  );
});

test('an instant is ISO 8601 with every part in range', () => {
  expect(isoInstant('2026-03-08T09:00:00+01:00', 'at').toISOString()).toBe('2026-03-08T08:00:00.000Z');
  expect(isoInstant('2026-03-08', 'at').toISOString()).toBe('2026-03-08T00:00:00.000Z');
  for (const bad of ['2026-03-08T24:00:00Z', '2026-02-30T09:00:00Z', '2026-03-08T09:00:00+15:00', '2026-03-08T09:00']) {
    expect(refusal(() => isoInstant(bad, 'at')).argument).toBe('at');
  }
});

test('URLs must be https with a host, phones French or short numbers', () => {
  expect(httpsUrl(' https://example.fr/a ', 'url')).toBe('https://example.fr/a');
  for (const bad of ['http://example.fr', 'javascript:alert(1)', 'example.fr'])
    expect(refusal(() => httpsUrl(bad, 'url')).argument).toBe('url');
  expect(frenchPhone('01 23 45 67 89', 'phone')).toBe('01 23 45 67 89');
  expect(frenchPhone('3919', 'phone')).toBe('3919');
  for (const bad of ['00 23 45 67 89', '+44 20 7946 0958', 'call me'])
    expect(refusal(() => frenchPhone(bad, 'phone')).argument).toBe('phone');
});

test('the uuid check is strict: 36 hyphens are not an id', () => {
  const id = '0B0E7C1E-5F3A-4C2B-9D1E-2A3B4C5D6E7F';
  expect(isUuid(id)).toBe(true);
  expect(isUuid('-'.repeat(36))).toBe(false);
  expect(assertUuid(id)).toBe(id.toLowerCase());
  expect(refusal(() => assertUuid('-'.repeat(36), 'input.id'))).toEqual({
    code: 'BAD_USER_INPUT',
    argument: 'input.id',
    message: '`input.id` is not an id',
  });
  expect(uuidsOnly([id, 'x', '-'.repeat(36)])).toEqual([id]);
});
