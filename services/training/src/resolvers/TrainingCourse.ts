import type { TrainingCourseResolvers } from '../generated/graphql';
import { toApi } from './enum-values';

export const TrainingCourse: TrainingCourseResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.course.load(id),
  targetSectors: (course) => course.targetSectors.map(toApi),
  durationHours: (course) => Number(course.durationHours),
  modality: (course) => toApi(course.modality),
};
