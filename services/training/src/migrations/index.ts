// The explicit, ordered migration list of training that service.ts hands the kit (no glob, so a
// build never runs a file it does not list).
import { Training1764400000000 } from './1764400000000-Training';
import { TrainingEnrolmentsCertificates1764500000000 } from './1764500000000-TrainingEnrolmentsCertificates';
import { TrainingCourseManagementCancellation1764600000000 } from './1764600000000-TrainingCourseManagementCancellation';
import { TrainingErasure1764700000000 } from './1764700000000-TrainingErasure';
import { TrainingNotifications1764810000000 } from './1764810000000-TrainingNotifications';
import { TrainingFiguresNotifications1764900000000 } from './1764900000000-TrainingFiguresNotifications';

/** Explicit, ordered list: a migration is never edited once landed, only added. */
export const migrations = [
  Training1764400000000,
  TrainingEnrolmentsCertificates1764500000000,
  TrainingCourseManagementCancellation1764600000000,
  TrainingErasure1764700000000,
  TrainingNotifications1764810000000,
  TrainingFiguresNotifications1764900000000,
];
