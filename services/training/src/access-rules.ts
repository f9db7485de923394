// Every row-level access rule of training, in one file: the SDL's @access only knows scopes, and
// resolvers and data modules ask these functions rather than reading scopes themselves.
import type { GraphQLError } from 'graphql';
import { hasScope, SCOPES, type Identity } from '@equality-graph/auth';
import { forbidden, unauthenticated } from '@equality-graph/service-kit';
import type { EnrolmentEntity, TrainingSessionEntity } from './data/entities';

/** Coordinators hold training:manage; trainers training:teach; admins every scope. */
export const isCoordinator = (who: Identity) => hasScope(who, SCOPES.trainingManage);

/** A session's list and attendance: its own trainer, or a coordinator. */
export function mayTeachSession(who: Identity, session: Pick<TrainingSessionEntity, 'trainerAccountId'>): boolean {
  if (isCoordinator(who)) return true;
  return hasScope(who, SCOPES.teach) && who.sub !== null && session.trainerAccountId === who.sub;
}

/** A person's enrolments: herself, or a coordinator. */
export function mayReadEnrolmentsOf(who: Identity, accountId: string): boolean {
  return who.sub === accountId || isCoordinator(who);
}

/** A person's certificates: herself, trainers and coordinators (they check prerequisites). */
export function mayReadCertificatesOf(who: Identity, accountId: string | null | undefined): boolean {
  if (who.sub !== null && accountId != null && who.sub === accountId) return true;
  return isCoordinator(who) || hasScope(who, SCOPES.teach);
}

/** An enrolment's cancellation: its participant, or a coordinator. */
export function mayCancelEnrolment(who: Identity, enrolment: Pick<EnrolmentEntity, 'accountId'>): boolean {
  return (who.sub !== null && enrolment.accountId === who.sub) || isCoordinator(who);
}

/** Courses (create, change, publish) and what is unpublished: coordinators and admins. */
export const mayManageCourses = isCoordinator;

/** A session of an unpublished course exists for coordinators only; the public never sees it. */
export function maySeeCourse(who: Identity, course: { published: boolean } | null): boolean {
  return course !== null && (course.published || mayManageCourses(who));
}

/** People counts as they are (`statistics:raw`); anyone else gets small counts withheld. */
export const mayReadRawFigures = (who: Identity) => hasScope(who, SCOPES.statisticsRaw);

/** The refusal when a rule says no: UNAUTHENTICATED for an anonymous caller (signing in may help), FORBIDDEN otherwise. */
export function refusal(who: Identity, message: string): GraphQLError {
  return who.sub ? forbidden(message) : unauthenticated();
}
