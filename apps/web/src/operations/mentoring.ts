// Mentoring: the public directory, a mentor's public profile, the mentee's application.
import { graphql } from '../gql';

export const MentorDirectory = graphql(`
  query MentorDirectory($filter: MentorFilter, $first: Int, $after: String) {
    mentors(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          headline
          expertise
          formats
          remainingCapacity
          commune {
            code
            name
          }
        }
      }
    }
  }
`);

export const MentorProfile = graphql(`
  query MentorProfile($id: ID!) {
    mentor(id: $id) {
      id
      displayName
      headline
      bio
      expertise
      languages
      formats
      remainingCapacity
      readyToMentor
      commune {
        code
        name
      }
    }
  }
`);

export const MyApplication = graphql(`
  query MyApplication {
    me {
      id
      name
      mentee {
        id
        firstName
        status
        appliedAt
        projectSummary
        interests
        formats
        commune {
          code
          name
        }
      }
    }
  }
`);

export const ApplyAsMentee = graphql(`
  mutation ApplyAsMentee($input: MenteeApplicationInput!) {
    applyAsMentee(input: $input) {
      id
      firstName
      status
      appliedAt
      projectSummary
      interests
      formats
      commune {
        code
        name
      }
    }
  }
`);
