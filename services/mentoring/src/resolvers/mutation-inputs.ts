// The mutations' input objects turned into checked data-module arguments: kept apart from
// Mutation.ts so the resolvers read as a list of operations.
import { badUserInput } from '@equality-graph/service-kit';
import type { MenteeApplication } from '../data/mentees';
import type { MentorProfile } from '../data/mentors';
import type { SessionEntity } from '../data/entities';
import type { ProgrammeSettings } from '../context';
import type { MenteeApplicationInput, MentorProfileInput, MentorProfileUpdate, SessionInput } from '../generated/graphql';
import { communeCode, intBetween, isoDate, labels, nonEmpty, optionalText, text } from '../data/input-checks';

/** Argument checks of the mutations' input objects: BAD_USER_INPUT naming the field. */
export function mentorProfile(input: MentorProfileInput): MentorProfile {
  return {
    displayName: text(input.displayName, 'input.displayName', 80),
    headline: optionalText(input.headline, 'input.headline', 200),
    bio: optionalText(input.bio, 'input.bio'),
    expertise: labels(input.expertise, 'input.expertise', { min: 1 }),
    languages: labels(input.languages, 'input.languages', { min: 1 }),
    communeCode: communeCode(input.commune, 'input.commune'),
    formats: nonEmpty(input.formats, 'input.formats'),
    capacity: intBetween(input.capacity, 1, 20, 'input.capacity'),
    published: input.published,
    email: optionalText(input.email, 'input.email', 200),
    phone: optionalText(input.phone, 'input.phone', 40),
  };
}

export function mentorProfilePatch(input: MentorProfileUpdate): Partial<MentorProfile> {
  const patch: Partial<MentorProfile> = {};
  if (input.displayName != null) patch.displayName = text(input.displayName, 'input.displayName', 80);
  if (input.headline !== undefined) patch.headline = optionalText(input.headline, 'input.headline', 200);
  if (input.bio !== undefined) patch.bio = optionalText(input.bio, 'input.bio');
  if (input.expertise != null) patch.expertise = labels(input.expertise, 'input.expertise', { min: 1 });
  if (input.languages != null) patch.languages = labels(input.languages, 'input.languages', { min: 1 });
  if (input.commune != null) patch.communeCode = communeCode(input.commune, 'input.commune');
  if (input.formats != null) patch.formats = nonEmpty(input.formats, 'input.formats');
  if (input.capacity != null) patch.capacity = intBetween(input.capacity, 1, 20, 'input.capacity');
  if (input.published != null) patch.published = input.published;
  if (input.email !== undefined) patch.email = optionalText(input.email, 'input.email', 200);
  if (input.phone !== undefined) patch.phone = optionalText(input.phone, 'input.phone', 40);
  return patch;
}

export function menteeApplication(input: MenteeApplicationInput, settings: ProgrammeSettings, currentYear: number): MenteeApplication {
  const age = currentYear - input.birthYear;
  if (!Number.isInteger(input.birthYear) || age < settings.menteeMinAge || age > settings.menteeMaxAge) {
    throw badUserInput(`The programme is for women aged ${settings.menteeMinAge} to ${settings.menteeMaxAge}`, {
      argument: 'input.birthYear',
    });
  }
  return {
    firstName: text(input.firstName, 'input.firstName', 80),
    birthYear: input.birthYear,
    communeCode: communeCode(input.commune, 'input.commune'),
    situation: text(input.situation, 'input.situation', 500),
    projectSummary: text(input.projectSummary, 'input.projectSummary'),
    interests: labels(input.interests, 'input.interests', { min: 1 }),
    formats: nonEmpty(input.formats, 'input.formats'),
    availability: text(input.availability, 'input.availability', 500),
    languages: input.languages?.length ? labels(input.languages, 'input.languages', { min: 1 }) : ['français'],
  };
}

export function sessionInput(input: SessionInput): Pick<SessionEntity, 'heldOn' | 'durationMinutes' | 'format' | 'topics' | 'notes'> {
  const heldOn = isoDate(input.date, 'input.date');
  if (heldOn > new Date().toISOString().slice(0, 10))
    throw badUserInput('A session is logged once held: the date is in the future', { argument: 'input.date' });
  return {
    heldOn,
    durationMinutes: intBetween(input.durationMinutes, 5, 600, 'input.durationMinutes'),
    format: input.format,
    topics: labels(input.topics, 'input.topics', { max: 10 }),
    notes: optionalText(input.notes, 'input.notes', 5000),
  };
}
