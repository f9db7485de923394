// The coordinator's workspace: applications and mentor profiles to review, explained match
// suggestions, proposals, mentorships to complete and the programme's figures.
import { graphql } from '../gql';

export const CoordinationQueue = graphql(`
  query CoordinationQueue($commune: ID) {
    applied: mentees(filter: { status: APPLIED, commune: $commune }, first: 50) {
      totalCount
      edges {
        node {
          id
          firstName
          appliedAt
          awaitingParentalConsent
          projectSummary
          interests
          commune {
            code
            name
          }
        }
      }
    }
    accepted: mentees(filter: { status: ACCEPTED, commune: $commune }, first: 50) {
      totalCount
      edges {
        node {
          id
          firstName
          interests
          commune {
            code
            name
          }
        }
      }
    }
    pendingMentors: mentorProfiles(status: PENDING, first: 50) {
      edges {
        node {
          id
          displayName
          headline
          expertise
          commune {
            code
            name
          }
        }
      }
    }
    programmeFigures {
      total {
        applications
        matchesStarted
        activeMatches
        sessions
        sessionHours
        completionRate
        averageSatisfaction
      }
    }
  }
`);

export const MatchSuggestions = graphql(`
  query MatchSuggestions($menteeId: ID!) {
    matchSuggestions(menteeId: $menteeId, limit: 5) {
      score
      mentor {
        id
        displayName
        headline
        commune {
          code
          name
        }
      }
      parts {
        criterion
        points
        explanation
      }
    }
  }
`);

export const AcceptMentee = graphql(`
  mutation AcceptMentee($id: ID!) {
    acceptMentee(id: $id) {
      id
      status
    }
  }
`);

export const ApproveMentor = graphql(`
  mutation ApproveMentor($id: ID!) {
    approveMentor(id: $id) {
      id
      status
    }
  }
`);

export const ProposeMatch = graphql(`
  mutation ProposeMatch($menteeId: ID!, $mentorId: ID!) {
    proposeMatch(menteeId: $menteeId, mentorId: $mentorId) {
      id
      status
    }
  }
`);

export const CoordinationPairs = graphql(`
  query CoordinationPairs($commune: ID) {
    active: mentorships(status: ACTIVE, commune: $commune, first: 50) {
      totalCount
      edges {
        node {
          id
          startedAt
          mentor {
            id
            displayName
          }
          mentee {
            id
            firstName
          }
          sessions(first: 1) {
            totalCount
          }
        }
      }
    }
    proposed: mentorships(status: PROPOSED, commune: $commune, first: 50) {
      totalCount
      edges {
        node {
          id
          proposedAt
          mentorAcceptedAt
          menteeAcceptedAt
          mentor {
            id
            displayName
          }
          mentee {
            id
            firstName
          }
        }
      }
    }
  }
`);

export const EndMatch = graphql(`
  mutation EndMatch($id: ID!, $reason: String!) {
    endMatch(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
