// The mutations' input objects turned into checked data-module arguments: kept apart from
// Mutation.ts so the resolvers read as a list of operations.
import { badArgument, intBetween, optionalText, requiredText } from '@equality-graph/service-kit';
import { emailAddress } from '@equality-graph/notifications';
import type { MenteeApplication } from '../data/mentees';
import type { MentorProfile } from '../data/mentors';
import type { SessionEntity } from '../data/entities';
import type { ProgrammeSettings } from '../context';
import type {
  ContactShareInput,
  MenteeApplicationInput,
  MentorProfileInput,
  MentorProfileUpdate,
  SessionInput,
} from '../generated/graphql';
import type { SharedContact } from '../data/shared-contacts';
import { CONSENT_TEXT_VERSIONS } from '../data/consents';
import { TEXT_MAX, communeCode, labels, nonEmpty, programmeDate } from '../data/input-checks';

/** Argument checks of the mutations' input objects: BAD_USER_INPUT naming the field. */
export function mentorProfile(input: MentorProfileInput): MentorProfile {
  return {
    displayName: requiredText(input.displayName, 'input.displayName', 80),
    headline: optionalText(input.headline, 'input.headline', 200),
    bio: optionalText(input.bio, 'input.bio', TEXT_MAX),
    expertise: labels(input.expertise, 'input.expertise', { min: 1 }),
    languages: labels(input.languages, 'input.languages', { min: 1 }),
    communeCode: communeCode(input.commune, 'input.commune'),
    formats: nonEmpty(input.formats, 'input.formats'),
    capacity: intBetween(input.capacity, 'input.capacity', 1, 20),
    published: input.published,
    email: optionalText(input.email, 'input.email', 200),
    phone: optionalText(input.phone, 'input.phone', 40),
  };
}

export function mentorProfilePatch(input: MentorProfileUpdate): Partial<MentorProfile> {
  const patch: Partial<MentorProfile> = {};
  if (input.displayName != null) patch.displayName = requiredText(input.displayName, 'input.displayName', 80);
  if (input.headline !== undefined) patch.headline = optionalText(input.headline, 'input.headline', 200);
  if (input.bio !== undefined) patch.bio = optionalText(input.bio, 'input.bio', TEXT_MAX);
  if (input.expertise != null) patch.expertise = labels(input.expertise, 'input.expertise', { min: 1 });
  if (input.languages != null) patch.languages = labels(input.languages, 'input.languages', { min: 1 });
  if (input.commune != null) patch.communeCode = communeCode(input.commune, 'input.commune');
  if (input.formats != null) patch.formats = nonEmpty(input.formats, 'input.formats');
  if (input.capacity != null) patch.capacity = intBetween(input.capacity, 'input.capacity', 1, 20);
  if (input.published != null) patch.published = input.published;
  if (input.email !== undefined) patch.email = optionalText(input.email, 'input.email', 200);
  if (input.phone !== undefined) patch.phone = optionalText(input.phone, 'input.phone', 40);
  return patch;
}

export function menteeApplication(input: MenteeApplicationInput, settings: ProgrammeSettings, currentYear: number): MenteeApplication {
  const age = currentYear - input.birthYear;
  if (!Number.isInteger(input.birthYear) || age < settings.menteeMinAge || age > settings.menteeMaxAge) {
    throw badArgument(
      'input.birthYear',
      `must be that of a woman aged ${settings.menteeMinAge} to ${settings.menteeMaxAge}: the programme's ages`,
    );
  }
  return {
    firstName: requiredText(input.firstName, 'input.firstName', 80),
    birthYear: input.birthYear,
    communeCode: communeCode(input.commune, 'input.commune'),
    situation: requiredText(input.situation, 'input.situation', 500),
    projectSummary: requiredText(input.projectSummary, 'input.projectSummary', TEXT_MAX),
    interests: labels(input.interests, 'input.interests', { min: 1 }),
    formats: nonEmpty(input.formats, 'input.formats'),
    availability: requiredText(input.availability, 'input.availability', 500),
    languages: input.languages?.length ? labels(input.languages, 'input.languages', { min: 1 }) : ['français'],
  };
}

export function sessionInput(input: SessionInput): Pick<SessionEntity, 'heldOn' | 'durationMinutes' | 'format' | 'topics' | 'notes'> {
  const heldOn = programmeDate(input.date, 'input.date');
  if (heldOn > new Date().toISOString().slice(0, 10))
    throw badArgument('input.date', 'must not be in the future: a session is logged once held');
  return {
    heldOn,
    durationMinutes: intBetween(input.durationMinutes, 'input.durationMinutes', 5, 600),
    format: input.format,
    topics: labels(input.topics, 'input.topics', { max: 10 }),
    notes: optionalText(input.notes, 'input.notes', 5000),
  };
}

/** What she shares when accepting a match: at least one of email and phone, each checked. */
export function contactShare(input: ContactShareInput | null | undefined): SharedContact | null {
  if (!input) return null;
  const email = input.email ? emailAddress(input.email, 'share.email') : null;
  const phone = optionalText(input.phone, 'share.phone', 40);
  if (!email && !phone) throw badArgument('share', 'must hold an email or a phone');
  return { email, phone };
}

/**
 * The programme's rules require the charter to apply or to offer to mentor (issue 16, item 4): no
 * version is refused like a wrong one, and it must be today's (an older page showed an older text).
 */
export function charterAccepted(version: string | null | undefined): true {
  if (version == null || version === '')
    throw badArgument('input.charterVersion', "is required: the programme's charter must be accepted", {
      expected: CONSENT_TEXT_VERSIONS.CHARTER,
    });
  if (version !== CONSENT_TEXT_VERSIONS.CHARTER)
    throw badArgument('input.charterVersion', `must be the current charter, ${CONSENT_TEXT_VERSIONS.CHARTER}`);
  return true;
}
