// Training: the public catalogue and upcoming sessions.
import { graphql } from '../gql';

export const TrainingCatalogue = graphql(`
  query TrainingCatalogue($from: String!) {
    trainingCourses(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          summary
          durationHours
          modality
          targetSectors
          topics
        }
      }
    }
    trainingSessions(filter: { from: $from, status: SCHEDULED }, first: 20) {
      totalCount
      edges {
        node {
          id
          startsAt
          endsAt
          venue
          seatsLeft
          capacity
          status
          course {
            id
            title
          }
          commune {
            code
            name
          }
        }
      }
    }
  }
`);
