// Enum values between the database (lower case) and the API (upper case), in one place for
// every resolver that reads or filters by a status.
import type {
  MenteeStatus as DbMenteeStatus,
  MentorStatus as DbMentorStatus,
  MentorshipStatus as DbMentorshipStatus,
} from '../data/entities';
import type { MenteeStatus, MentorStatus, MentorshipStatus } from '../generated/graphql';

/** The database keeps lower-case statuses (first migration); the API's enums are upper-case. */
export const toApi = {
  mentor: (s: DbMentorStatus) => s.toUpperCase() as MentorStatus,
  mentee: (s: DbMenteeStatus) => s.toUpperCase() as MenteeStatus,
  mentorship: (s: DbMentorshipStatus) => s.toUpperCase() as MentorshipStatus,
};
export const fromApi = {
  mentor: (s: MentorStatus) => s.toLowerCase() as DbMentorStatus,
  mentee: (s: MenteeStatus) => s.toLowerCase() as DbMenteeStatus,
  mentorship: (s: MentorshipStatus) => s.toLowerCase() as DbMentorshipStatus,
};
export const iso = (d: Date | null) => (d ? d.toISOString() : null);
