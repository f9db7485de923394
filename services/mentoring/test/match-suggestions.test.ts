// The pure scoring and ranking of match suggestions, without a database.
import { rankCandidates, scoreParts, WEIGHTS } from '../src/data/match-suggestions';
import type { MentorEntity } from '../src/data/entities';

const mentee = { interests: ['droit', 'finance'], communeCode: '92050', formats: ['REMOTE' as const], languages: ['français', 'arabe'] };
const mentor = (id: string, o: Partial<MentorEntity> = {}) =>
  ({ id, expertise: [], communeCode: '92002', formats: ['IN_PERSON'], languages: ['anglais'], ...o }) as MentorEntity;

test('the weights add up to 1', () => {
  expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
});

test('each part is scored and explained: expertise share, same commune, shared format, shared language', () => {
  const parts = scoreParts(
    mentee,
    mentor('m', { expertise: ['Droit', 'santé'], communeCode: '92050', formats: ['REMOTE'], languages: ['Arabe'] }),
  );
  expect(parts).toEqual([
    { criterion: 'expertise', points: 0.25, explanation: '1 centre d’intérêt sur 2 couvert (droit)' },
    { criterion: 'commune', points: 0.25, explanation: 'même commune' },
    { criterion: 'format', points: 0.15, explanation: 'format en commun : à distance' },
    { criterion: 'language', points: 0.1, explanation: 'langue en commun : arabe' },
  ]);
});

test('a mentor sharing nothing scores 0 with every part explained', () => {
  const parts = scoreParts(mentee, mentor('m'));
  expect(parts.map((p) => p.points)).toEqual([0, 0, 0, 0]);
  expect(parts.map((p) => p.explanation)).toEqual([
    '0 centre d’intérêt sur 2 couvert',
    'autre commune (les communes voisines ne comptent pas encore)',
    'aucun format en commun',
    'aucune langue en commun',
  ]);
});

test('plural explanations: two interests, two languages', () => {
  const parts = scoreParts(mentee, mentor('m', { expertise: ['droit', 'finance'], languages: ['Français', 'arabe'] }));
  expect(parts[0].explanation).toBe('2 centres d’intérêt sur 2 couverts (droit, finance)');
  expect(parts[3].explanation).toBe('langues en commun : français, arabe');
});

test('ranking: best score first, ties broken by remaining capacity then id, full mentors left out, limit applied', () => {
  const best = { mentor: mentor('c', { expertise: ['droit', 'finance'] }), remainingCapacity: 1 };
  const tieMoreRoom = { mentor: mentor('b', { communeCode: '92050' }), remainingCapacity: 3 };
  const tieLessRoom = { mentor: mentor('a', { communeCode: '92050' }), remainingCapacity: 1 };
  const full = { mentor: mentor('z', { expertise: ['droit', 'finance'], communeCode: '92050' }), remainingCapacity: 0 };
  const ranked = rankCandidates(mentee, [tieLessRoom, full, tieMoreRoom, best], 10);
  expect(ranked.map((r) => [r.mentor.id, r.score])).toEqual([
    ['c', 0.5],
    ['b', 0.25],
    ['a', 0.25],
  ]);
  expect(rankCandidates(mentee, [tieLessRoom, tieMoreRoom, best], 1)).toHaveLength(1);
});
