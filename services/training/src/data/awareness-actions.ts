// Public awareness actions (talks, stands, webinars): listing them by date and recording one.
// They hold only a head count, so no access rule or audit row is needed here.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { keysetAfter, nonNegative, requiredText, toConnection, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { AwarenessActionEntity, type AwarenessFormat } from './entities';
import { checkedCommuneCode, checkedDay, TEXT_LIMITS } from './argument-checks';

export interface AwarenessFilter {
  from?: string;
  to?: string;
  communeCode?: string;
  format?: AwarenessFormat;
}

/** The keyset of the list's order: (held_on, id). */
const CURSOR = ['day', 'uuid'] as const;
const cursorKey = (a: AwarenessActionEntity) => [a.heldOn, a.id];

/** Most recent first (awareness_action_held_on_idx; by commune through awareness_action_commune_idx). */
export async function listAwarenessActions(
  db: DataSource,
  filter: AwarenessFilter,
  page: PageRequest,
): Promise<Connection<AwarenessActionEntity>> {
  const query = db.getRepository(AwarenessActionEntity).createQueryBuilder('a');
  if (filter.from) query.andWhere('a.held_on >= :from', { from: filter.from });
  if (filter.to) query.andWhere('a.held_on <= :to', { to: filter.to });
  if (filter.communeCode) query.andWhere('a.commune_code = :commune', { commune: filter.communeCode });
  if (filter.format) query.andWhere('a.format = :format', { format: filter.format });
  const total = await query.getCount();
  const after = keysetAfter(page, CURSOR);
  if (after) {
    const [day, id] = after;
    query.andWhere('(a.held_on, a.id) < (:day, :id)', { day, id });
  }
  const rows = await query
    .orderBy('a.held_on', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .limit(page.limit + 1)
    .getMany();
  return toConnection(rows, page.limit, total, cursorKey);
}

export interface NewAwarenessAction {
  title: string;
  heldOn: string;
  communeCode: string;
  format: AwarenessFormat;
  participantCount: number;
}

export async function recordAwarenessAction(db: DataSource, input: NewAwarenessAction): Promise<AwarenessActionEntity> {
  const title = requiredText(input.title, 'title', TEXT_LIMITS.awarenessTitle);
  checkedDay(input.heldOn, 'heldOn');
  checkedCommuneCode(input.communeCode);
  // An integer already (GraphQL Int), so the kit's generic bound is the whole check.
  nonNegative(input.participantCount, 'participantCount');
  const repository = db.getRepository(AwarenessActionEntity);
  const action = repository.create({ id: randomUUID(), ...input, title, fictitious: false });
  await repository.insert(action);
  return action;
}
