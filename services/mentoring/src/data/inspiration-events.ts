// Inspiration events (public talks by mentors): the list, its cursor, creation and speakers.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badArgument, groupByKeys, keysetAfter, toConnection, type Connection, type PageRequest } from '@equality-graph/service-kit';
import { InspirationEventEntity } from './entities';
import { EVENT_KEYSET } from './input-checks';

export interface EventFilter {
  commune?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Most recent first; the cursor holds [held_on, id] (inspiration_event_held_on_idx). */
export async function listEvents(db: DataSource, filter: EventFilter, request: PageRequest): Promise<Connection<InspirationEventEntity>> {
  const after = keysetAfter(request, EVENT_KEYSET);
  const query = db.getRepository(InspirationEventEntity).createQueryBuilder('v').where('true');
  if (filter.commune) query.andWhere('v.commune_code = :commune', { commune: filter.commune });
  if (filter.from) query.andWhere('v.held_on >= :from', { from: filter.from });
  if (filter.to) query.andWhere('v.held_on <= :to', { to: filter.to });
  const total = await query.clone().getCount();
  if (after) query.andWhere('(v.held_on, v.id) < (:heldOn, :id)', { heldOn: after[0], id: after[1] });
  const rows = await query
    .orderBy('v.held_on', 'DESC')
    .addOrderBy('v.id', 'DESC')
    .limit(request.limit + 1)
    .getMany();
  return toConnection(rows, request.limit, total, (event) => [event.heldOn, event.id]);
}

export async function createEvent(
  db: DataSource,
  event: Pick<InspirationEventEntity, 'title' | 'heldOn' | 'communeCode' | 'audienceCount'>,
  speakerIds: string[],
): Promise<InspirationEventEntity> {
  return db.transaction(async (tx) => {
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM mentor WHERE id = ANY($1::uuid[]) AND status = 'approved'`, [
      speakerIds,
    ]);
    if (n !== speakerIds.length) throw badArgument('speakerIds', 'must all be approved mentors');
    const saved = await tx
      .getRepository(InspirationEventEntity)
      .save(tx.getRepository(InspirationEventEntity).create({ id: randomUUID(), fictitious: false, ...event }));
    for (const mentorId of speakerIds)
      await tx.query('INSERT INTO inspiration_event_speaker (event_id, mentor_id) VALUES ($1, $2)', [saved.id, mentorId]);
    return saved;
  });
}

/** Speaker mentor ids of any number of events, one statement. */
export async function speakerIdsOf(db: DataSource, eventIds: readonly string[]): Promise<string[][]> {
  const rows: { event_id: string; mentor_id: string }[] = await db.query(
    'SELECT event_id, mentor_id FROM inspiration_event_speaker WHERE event_id = ANY($1::uuid[]) ORDER BY mentor_id',
    [[...eventIds]],
  );
  return groupByKeys(eventIds, rows, (r) => r.event_id).map((speakers) => speakers.map((r) => r.mentor_id));
}
