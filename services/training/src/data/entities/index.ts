import { EnrolmentEntity } from './enrolment.entity';
import { TrainingCourseEntity } from './training-course.entity';
import { TrainingSessionEntity } from './training-session.entity';

export { EnrolmentEntity, TrainingCourseEntity, TrainingSessionEntity };
export const entities = [TrainingCourseEntity, TrainingSessionEntity, EnrolmentEntity];
