// The platform roles the programme's own records give an account (issue 16, item 1): the gateway
// asks for them (Query._programmeRoles) and adds them to the identity it sends every subgraph.
import type { DataSource } from 'typeorm';

/** Roles of packages/auth's list the programme can grant; nothing else ever comes from here. */
export type ProgrammeRole = 'MENTOR' | 'MENTEE';

/**
 * MENTOR while her profile is approved (pending and suspended profiles grant nothing); MENTEE
 * while her application is accepted or matched (not once withdrawn or alumna). Erasure clears
 * account_id on both records, so an erased account gets nothing. One statement, both unique
 * indexes on account_id.
 */
export async function programmeRolesOf(db: DataSource, accountId: string): Promise<ProgrammeRole[]> {
  const rows: { role: ProgrammeRole }[] = await db.query(
    `SELECT 'MENTOR' AS role FROM mentor WHERE account_id = $1 AND status = 'approved' AND erased_at IS NULL
     UNION ALL
     SELECT 'MENTEE' FROM mentee WHERE account_id = $1 AND status IN ('accepted', 'matched') AND erased_at IS NULL`,
    [accountId],
  );
  return rows.map((r) => r.role);
}
