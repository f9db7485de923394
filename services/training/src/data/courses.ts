// Reading the catalogue: the paged list of courses by title and the batch read behind the
// course loader (writes are in course-management.ts).
import type { DataSource } from 'typeorm';
import { keysetAfter, toConnection, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { TrainingCourseEntity, type Modality, type Sector } from './entities';
import { rowsByIds } from './rows-by-ids';

export interface CourseFilter {
  sector?: Sector;
  modality?: Modality;
  topic?: string;
  /** Coordinators only (the resolver checks): unpublished courses too. */
  includeUnpublished?: boolean;
}

/** The keyset of the list's order: (title, id). */
const CURSOR = ['text', 'uuid'] as const;
const cursorKey = (c: TrainingCourseEntity) => [c.title, c.id];

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
  const after = keysetAfter(page, CURSOR);
  if (after) {
    const [title, id] = after;
    query.andWhere('(c.title, c.id) > (:title, :id)', { title, id });
  }
  const rows = await query
    .orderBy('c.title', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(page.limit + 1)
    .getMany();
  return toConnection(rows, page.limit, total, cursorKey);
}

/** Any course, published or not (a session or certificate points at it); one statement. */
export function coursesByIds(db: DataSource, ids: readonly string[]): Promise<(TrainingCourseEntity | null)[]> {
  return rowsByIds(db, TrainingCourseEntity, ids);
}
