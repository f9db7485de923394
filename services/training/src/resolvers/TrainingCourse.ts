// Resolvers of TrainingCourse: its reference with the same visibility as Query.trainingCourse,
// and its stored values in GraphQL form.
import type { TrainingCourseResolvers } from '../generated/graphql';
import { visibleCourse } from './course-visibility';
import { toApi } from './enum-values';

export const TrainingCourse: TrainingCourseResolvers = {
  // Same visibility as Query.trainingCourse: unpublished courses are for coordinators.
  __resolveReference: ({ id }, context) => visibleCourse(context, id),
  targetSectors: (course) => course.targetSectors.map(toApi),
  durationHours: (course) => Number(course.durationHours),
  modality: (course) => toApi(course.modality),
};
