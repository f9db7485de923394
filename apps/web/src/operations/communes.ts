// Communes: the list for pickers, and one commune's "vision d'ensemble" in one federated query.
import { graphql } from '../gql';

export const CommuneList = graphql(`
  query CommuneList {
    communes {
      code
      name
    }
  }
`);

export const CommuneOverview = graphql(`
  query CommuneOverview($code: ID!, $year: Int) {
    commune(code: $code) {
      code
      name
      population
      populationYear
      postalCodes
      observations {
        id
        period
        value
        rate
        suppressed
        disseminated
        source
        indicator {
          code
          label
          unit
        }
      }
      mentoring {
        mentorCount
      }
      training(year: $year) {
        sessionCount
        trainedCount
        suppressed
      }
      supportServices {
        id
        name
        kind
        phone
        hours
        wholeDepartment
      }
    }
  }
`);
