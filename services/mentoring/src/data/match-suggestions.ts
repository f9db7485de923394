// Match suggestions: the scoring of mentors for one mentee (pure, unit-tested) and the query
// of candidates it ranks.
import type { DataSource } from 'typeorm';
import { byKeys } from '@equality-graph/service-kit';
import { MentorEntity, type MenteeEntity } from './entities';

/**
 * Ranking of mentors for one mentee. Pure functions (unit-tested) plus one candidate query.
 *
 * score = expertise + commune + format + language, at most 1.0:
 * - expertise (up to 0.50): 0.50 x the share of her fields of interest the mentor has expertise in;
 * - commune   (0.25): the mentor lives in her commune. Neighbouring communes score nothing yet:
 *   no commune adjacency table is published in packages/territory (we did not want to guess one);
 * - format    (0.15): they share at least one format (in person, remote);
 * - language  (0.10): they share at least one language.
 * Ties: more remaining capacity first, then mentor id (stable).
 */
export const WEIGHTS = { expertise: 0.5, commune: 0.25, format: 0.15, language: 0.1 } as const;

export interface ScorePart {
  criterion: keyof typeof WEIGHTS;
  points: number;
  explanation: string;
}

export interface Candidate {
  mentor: MentorEntity;
  remainingCapacity: number;
}

export interface RankedSuggestion {
  mentor: MentorEntity;
  remainingCapacity: number;
  score: number;
  parts: ScorePart[];
}

type MenteeNeeds = Pick<MenteeEntity, 'interests' | 'communeCode' | 'formats' | 'languages'>;
type MentorOffer = Pick<MentorEntity, 'expertise' | 'communeCode' | 'formats' | 'languages'>;

const round = (n: number) => Math.round(n * 1000) / 1000;
const lower = (values: readonly string[]) => new Set(values.map((v) => v.toLowerCase()));

/** How a format reads in an explanation (the people reading them are the department's staff, in French). */
const FORMAT_WORDS: Record<MentorOffer['formats'][number], string> = { IN_PERSON: 'en présentiel', REMOTE: 'à distance' };
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

/** Each criterion's points with its explanation, written in French for the coordinators who read them. */
export function scoreParts(mentee: MenteeNeeds, mentor: MentorOffer): ScorePart[] {
  const expertise = lower(mentor.expertise);
  const interests = [...lower(mentee.interests)];
  const shared = interests.filter((i) => expertise.has(i));
  const formats = mentee.formats.filter((f) => mentor.formats.includes(f));
  const languages = [...lower(mentee.languages)].filter((l) => lower(mentor.languages).has(l));
  const sameCommune = mentee.communeCode === mentor.communeCode;
  return [
    {
      criterion: 'expertise',
      points: round(interests.length ? (WEIGHTS.expertise * shared.length) / interests.length : 0),
      explanation: `${shared.length} ${plural(shared.length, 'centre', 'centres')} d’intérêt sur ${interests.length} ${plural(shared.length, 'couvert', 'couverts')}${shared.length ? ` (${shared.join(', ')})` : ''}`,
    },
    {
      criterion: 'commune',
      points: sameCommune ? WEIGHTS.commune : 0,
      explanation: sameCommune ? 'même commune' : 'autre commune (les communes voisines ne comptent pas encore)',
    },
    {
      criterion: 'format',
      points: formats.length ? WEIGHTS.format : 0,
      explanation: formats.length ? `format en commun : ${formats.map((f) => FORMAT_WORDS[f]).join(', ')}` : 'aucun format en commun',
    },
    {
      criterion: 'language',
      points: languages.length ? WEIGHTS.language : 0,
      explanation: languages.length
        ? `${plural(languages.length, 'langue', 'langues')} en commun : ${languages.join(', ')}`
        : 'aucune langue en commun',
    },
  ];
}

export function rankCandidates(mentee: MenteeNeeds, candidates: readonly Candidate[], limit: number): RankedSuggestion[] {
  return candidates
    .filter((c) => c.remainingCapacity > 0)
    .map((c) => {
      const parts = scoreParts(mentee, c.mentor);
      return { ...c, parts, score: round(parts.reduce((sum, p) => sum + p.points, 0)) };
    })
    .sort((a, b) => b.score - a.score || b.remainingCapacity - a.remainingCapacity || a.mentor.id.localeCompare(b.mentor.id))
    .slice(0, limit);
}

/** Approved mentors with remaining capacity, not already proposed to or matched with this mentee. */
export async function candidatesFor(db: DataSource, menteeId: string): Promise<Candidate[]> {
  const { entities, raw } = await db
    .getRepository(MentorEntity)
    .createQueryBuilder('m')
    .addSelect(`m.capacity - (SELECT count(*) FROM mentorship s WHERE s.mentor_id = m.id AND s.status = 'active')::int`, 'remaining')
    .where(`m.status = 'approved' AND m.erased_at IS NULL`)
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM mentorship o WHERE o.mentor_id = m.id AND o.mentee_id = :menteeId AND o.status IN ('proposed', 'active'))`,
      {
        menteeId,
      },
    )
    .andWhere(`m.capacity > (SELECT count(*) FROM mentorship s WHERE s.mentor_id = m.id AND s.status = 'active')`)
    .orderBy('m.id')
    .getRawAndEntities<{ m_id: string; remaining: number }>();
  const remaining = byKeys(
    entities.map((mentor) => mentor.id),
    raw,
    (r) => r.m_id,
  );
  return entities.map((mentor, i) => ({ mentor, remainingCapacity: Number(remaining[i]?.remaining ?? 0) }));
}
