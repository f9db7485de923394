// Coordinators' writes on the catalogue (create, change, publish): the field checks of a course
// and the audited transaction of each change; reads are in courses.ts.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  badArgument,
  isUuid,
  notFound,
  notNull,
  optionalText,
  recordAudit,
  requiredText,
  textList,
  type SubgraphContextBase,
} from '@equality-graph/service-kit';
import { SECTORS, TrainingCourseEntity, type Modality, type Sector } from './entities';
import { NO_SUCH_COURSE } from './not-found';

export interface CourseFields {
  title: string;
  summary: string;
  objectives: string[];
  targetSectors: string[];
  topics: string[];
  durationHours: number;
  modality: string;
}

/** The bounds the API enforces (the database holds the title and duration ones too). */
export const COURSE_LIMITS = { title: 200, summary: 4000, item: 300, items: 20, maxHours: 200 } as const;
const MODALITIES: readonly Modality[] = ['in_person', 'remote', 'hybrid'];

type Stored = Pick<TrainingCourseEntity, 'title' | 'summary' | 'objectives' | 'targetSectors' | 'topics' | 'durationHours' | 'modality'>;

function items(values: string[], argument: string): string[] {
  const kept = textList(values, argument, COURSE_LIMITS.item);
  if (kept.length > COURSE_LIMITS.items) throw badArgument(argument, `holds more than ${COURSE_LIMITS.items} items`);
  return kept;
}

/** Checks and normalises the fields given (an update gives some); null where a value is required is refused. */
function validate(fields: { [K in keyof CourseFields]?: CourseFields[K] | null }): Partial<Stored> {
  const out: Partial<Stored> = {};
  for (const [key, value] of Object.entries(fields)) notNull(value, key);
  if (fields.title != null) out.title = requiredText(fields.title, 'title', COURSE_LIMITS.title);
  // The summary may be empty (the column is not null: blank is stored as '').
  if (fields.summary != null) out.summary = optionalText(fields.summary, 'summary', COURSE_LIMITS.summary) ?? '';
  if (fields.objectives != null) out.objectives = items(fields.objectives, 'objectives');
  if (fields.topics != null) out.topics = items(fields.topics, 'topics');
  if (fields.targetSectors != null) {
    const sectors = [...new Set(fields.targetSectors)];
    if (sectors.length === 0) throw badArgument('targetSectors', 'needs at least one sector');
    const unknown = sectors.find((s) => !(SECTORS as readonly string[]).includes(s));
    if (unknown !== undefined) throw badArgument('targetSectors', `holds an unknown sector, ${unknown}`);
    out.targetSectors = sectors as Sector[];
  }
  if (fields.durationHours != null) {
    // Stored as numeric(5,1): rounded to a tenth of an hour, then bounded.
    const hours = Math.round(fields.durationHours * 10) / 10;
    if (!Number.isFinite(hours) || hours <= 0 || hours > COURSE_LIMITS.maxHours) {
      throw badArgument('durationHours', `must be more than 0 and at most ${COURSE_LIMITS.maxHours}`);
    }
    out.durationHours = hours.toFixed(1);
  }
  if (fields.modality != null) {
    if (!(MODALITIES as readonly string[]).includes(fields.modality)) {
      throw badArgument('modality', `is an unknown modality, ${fields.modality}`);
    }
    out.modality = fields.modality as Modality;
  }
  return out;
}

/** A new course, unpublished until `setCoursePublished`; audited in the same transaction. */
export async function createCourse(db: DataSource, context: SubgraphContextBase, fields: CourseFields): Promise<TrainingCourseEntity> {
  const values = validate(fields) as Stored;
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(TrainingCourseEntity);
    const course = repository.create({ id: randomUUID(), ...values, mentorAwareness: false, published: false, fictitious: false });
    await repository.insert(course);
    await recordAudit(tx, context, [{ action: 'course.create', subjectType: 'TrainingCourse', subjectId: course.id }]);
    return course;
  });
}

async function changeCourse(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  action: string,
  values: Partial<TrainingCourseEntity>,
): Promise<TrainingCourseEntity> {
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(TrainingCourseEntity);
    const course = isUuid(id) ? await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!course) throw notFound(NO_SUCH_COURSE);
    if (Object.keys(values).length > 0) await repository.update({ id }, values);
    await recordAudit(tx, context, [{ action, subjectType: 'TrainingCourse', subjectId: id, details: { fields: Object.keys(values) } }]);
    return { ...course, ...values };
  });
}

/** Changes the fields given, leaves the others; NOT_FOUND on an unknown id. */
export function updateCourse(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  changes: { [K in keyof CourseFields]?: CourseFields[K] | null },
): Promise<TrainingCourseEntity> {
  return changeCourse(db, context, id, 'course.update', validate(changes));
}

/** Publishing shows the course and its sessions to the public; unpublishing hides them again. */
export function setCoursePublished(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  published: boolean,
): Promise<TrainingCourseEntity> {
  return changeCourse(db, context, id, published ? 'course.publish' : 'course.unpublish', { published });
}
