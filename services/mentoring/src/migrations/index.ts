// The ordered list of this service's migrations, given to TypeORM explicitly (no glob, no
// synchronize): the database only changes through them.
import { Programme1764400000000 } from './1764400000000-Programme';
import { MentoringProgramme1764500000000 } from './1764500000000-MentoringProgramme';
import { ProgrammeParticipation1764800000000 } from './1764800000000-ProgrammeParticipation';
import { MentoringFiguresNotifications1764900000000 } from './1764900000000-MentoringFiguresNotifications';

/** Explicit, ordered list: a migration is never edited once landed, only added. */
export const migrations = [
  Programme1764400000000,
  MentoringProgramme1764500000000,
  ProgrammeParticipation1764800000000,
  MentoringFiguresNotifications1764900000000,
];
