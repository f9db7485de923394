// Help near me: find the commune (name or postal code), then the services reachable from it.
import { graphql } from '../gql';

export const EmergencyNumbers = graphql(`
  query EmergencyNumbers {
    emergencyNumbers {
      number
      label
      channel
      description
    }
  }
`);

export const FindCommunes = graphql(`
  query FindCommunes($search: String!) {
    findCommunes(search: $search) {
      code
      name
      postalCodes
    }
  }
`);

export const HelpNearCommune = graphql(`
  query HelpNearCommune($code: ID!) {
    commune(code: $code) {
      code
      name
      postalCodes
      supportServices {
        id
        name
        kind
        description
        phone
        hours
        languages
        accessibility
        address
        website
        wholeDepartment
        fictitious
      }
    }
  }
`);
