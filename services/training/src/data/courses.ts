// Reading the catalogue: the paged list of courses by title and the batch read behind the
// course loader (writes are in course-management.ts).
import type { DataSource } from 'typeorm';
import type { Connection, PageRequest } from '@equality-graph/service-kit';
import { badUserInput, toConnection } from '@equality-graph/service-kit';
import { TrainingCourseEntity, type Modality, type Sector } from './entities';
import { isUuid } from './ids';

export interface CourseFilter {
  sector?: Sector;
  modality?: Modality;
  topic?: string;
  /** Coordinators only (the resolver checks): unpublished courses too. */
  includeUnpublished?: boolean;
}

const cursorKey = (c: TrainingCourseEntity) => JSON.stringify([c.title, c.id]);

function afterKey(after: string): [string, string] {
  try {
    const key: unknown = JSON.parse(after);
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string')) return key as [string, string];
  } catch {
    // falls through to the error below
  }
  throw badUserInput('`after` is not a cursor returned by this list', { argument: 'after' });
}

/**
 * Published courses by title (training_course_title_idx; sector through the GIN index), or all
 * of them for a coordinator (training_course_manage_title_idx).
 */
export async function listCourses(db: DataSource, filter: CourseFilter, page: PageRequest): Promise<Connection<TrainingCourseEntity>> {
  const query = db
    .getRepository(TrainingCourseEntity)
    .createQueryBuilder('c')
    .where(filter.includeUnpublished ? 'true' : 'c.published');
  if (filter.sector) query.andWhere('c.target_sectors @> ARRAY[:sector]::text[]', { sector: filter.sector });
  if (filter.modality) query.andWhere('c.modality = :modality', { modality: filter.modality });
  if (filter.topic) query.andWhere('c.topics @> ARRAY[:topic]::text[]', { topic: filter.topic });
  const total = await query.getCount();
  if (page.after) {
    const [title, id] = afterKey(page.after);
    query.andWhere('(c.title, c.id) > (:title, :id)', { title, id: isUuid(id) ? id : '00000000-0000-0000-0000-000000000000' });
  }
  const rows = await query
    .orderBy('c.title', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(page.limit + 1)
    .getMany();
  return toConnection(rows, page.limit, total, cursorKey);
}

/** Any course, published or not (a session or certificate points at it); one statement. */
export async function coursesByIds(db: DataSource, ids: readonly string[]): Promise<(TrainingCourseEntity | null)[]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db.getRepository(TrainingCourseEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: valid }).getMany()
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
