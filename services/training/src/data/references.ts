// Entities other subgraphs own (or share), as this subgraph receives them: the mapper types
// codegen.ts names for Mentor and Account.
import type { AccountRef } from '@equality-graph/service-kit';

/** A mentor as the mentoring subgraph hands her over: her id and, through @requires, her account. */
export interface MentorReference {
  id: string;
  accountId?: string | null;
}

/**
 * An account as the token describes it: the kit's AccountRef, under the name codegen.ts maps
 * `Account` to (the mapping may point at the kit once codegen is run again).
 */
export type AccountRecord = AccountRef;
