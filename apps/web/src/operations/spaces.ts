// The people's spaces in the mentoring programme: what a mentee and a mentor read and do about
// their own application, profile and mentorships.
import { graphql } from '../gql';

export const CharterVersion = graphql(`
  query CharterVersion {
    consentTextVersion(kind: CHARTER)
  }
`);

/**
 * Everything one mentorship shows its two people (the other's shared contact only while ACTIVE).
 * Not the mentee's record: her mentor may read it only once the mentorship is ACTIVE, and a refusal
 * on a non-null field would blank the whole list; the side is told by the mentor's id.
 */
export const MyMentorships = graphql(`
  query MyMentorships {
    me {
      id
      mentee {
        id
        firstName
        status
        appliedAt
        awaitingParentalConsent
        commune {
          code
          name
        }
      }
      mentor {
        id
        displayName
        headline
        status
        expertise
        capacity
        remainingCapacity
        commune {
          code
          name
        }
      }
      mentorships(first: 5) {
        edges {
          node {
            id
            status
            proposedAt
            startedAt
            endedAt
            menteeAcceptedAt
            mentorAcceptedAt
            mentor {
              id
              displayName
              headline
            }
            partnerContact {
              email
              phone
            }
            sessions(first: 20) {
              edges {
                node {
                  id
                  date
                  durationMinutes
                  format
                  topics
                  notes
                }
              }
            }
            goals {
              id
              title
              status
            }
            surveys {
              respondent
              rating
            }
          }
        }
      }
    }
  }
`);

export const RecordParentalConsent = graphql(`
  mutation RecordParentalConsent($menteeId: ID!, $input: ParentalConsentInput!) {
    recordParentalConsent(menteeId: $menteeId, input: $input) {
      id
    }
  }
`);

export const RegisterAsMentor = graphql(`
  mutation RegisterAsMentor($input: MentorProfileInput!) {
    registerAsMentor(input: $input) {
      id
      status
    }
  }
`);

export const AcceptMatch = graphql(`
  mutation AcceptMatch($id: ID!, $share: ContactShareInput) {
    acceptMatch(id: $id, share: $share) {
      id
      status
    }
  }
`);

export const DeclineMatch = graphql(`
  mutation DeclineMatch($id: ID!) {
    declineMatch(id: $id) {
      id
      status
    }
  }
`);

export const LogSession = graphql(`
  mutation LogSession($mentorshipId: ID!, $input: SessionInput!) {
    logSession(mentorshipId: $mentorshipId, input: $input) {
      id
    }
  }
`);

export const AddGoal = graphql(`
  mutation AddGoal($mentorshipId: ID!, $input: GoalInput!) {
    addGoal(mentorshipId: $mentorshipId, input: $input) {
      id
    }
  }
`);

export const SubmitSurvey = graphql(`
  mutation SubmitSurvey($mentorshipId: ID!, $input: SurveyInput!) {
    submitSatisfactionSurvey(mentorshipId: $mentorshipId, input: $input) {
      rating
    }
  }
`);

export const CompleteMatch = graphql(`
  mutation CompleteMatch($id: ID!) {
    completeMatch(id: $id) {
      id
      status
    }
  }
`);
