import { MenteeEntity } from './mentee.entity';
import { MentorEntity } from './mentor.entity';
import { MentorshipEntity } from './mentorship.entity';

export { MenteeEntity, MentorEntity, MentorshipEntity };
export const entities = [MentorEntity, MenteeEntity, MentorshipEntity];
