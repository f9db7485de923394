// Resolvers of Certificate: its course through the loader and its date as ISO 8601 text.
import type { CertificateResolvers } from '../generated/graphql';

export const Certificate: CertificateResolvers = {
  course: async (certificate, _args, { loaders }) => {
    const course = await loaders.course.load(certificate.courseId);
    if (!course) throw new Error(`certificate ${certificate.id} has no course`); // impossible: foreign key
    return course;
  },
  issuedAt: (certificate) => certificate.issuedAt.toISOString(),
};
