// The public certificate check (training): anyone holding a code sees the course, holder and date.
import { graphql } from '../gql';

export const VerifyCertificate = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      courseTitle
      holderName
      completedOn
    }
  }
`);
