// What an unpublished course hides, for the resolvers of Query, TrainingCourse and
// TrainingSession alike: the rule is maySeeCourse, this applies it to loaded rows.
import type { Identity } from '@equality-graph/auth';
import { mayManageCourses, maySeeCourse, refusal } from '../access-rules';
import type { TrainingCourseEntity, TrainingSessionEntity } from '../data/entities';
import type { TrainingContext } from '../context';

/** `includeUnpublished` is for coordinators: anyone else asking for it is refused, not ignored. */
export function includeUnpublished(identity: Identity, asked: boolean | null | undefined): boolean {
  if (!asked) return false;
  if (!mayManageCourses(identity)) throw refusal(identity, 'Only coordinators may list unpublished courses');
  return true;
}

/** The course, or null when the reader may not see it (unpublished, not a coordinator). */
export async function visibleCourse({ identity, loaders }: TrainingContext, id: string): Promise<TrainingCourseEntity | null> {
  const course = await loaders.course.load(id);
  return maySeeCourse(identity, course) ? course : null;
}

/** The session, or null when unknown or when its course is invisible to the reader. */
export async function visibleSession(context: TrainingContext, id: string): Promise<TrainingSessionEntity | null> {
  const session = await context.loaders.session.load(id);
  return session && (await visibleCourse(context, session.courseId)) ? session : null;
}
