// Entities other subgraphs own, as this subgraph receives them: the mapper type codegen.ts
// names for Mentor (Account maps to the kit's AccountRef).

/** A mentor as the mentoring subgraph hands her over: her id and, through @requires, her account. */
export interface MentorReference {
  id: string;
  accountId?: string | null;
}
