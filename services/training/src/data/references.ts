// Entities other subgraphs own (or share), as this subgraph receives them: the mapper types
// codegen.ts names for Mentor and Account.
/** A mentor as the mentoring subgraph hands her over: her id and, through @requires, her account. */
export interface MentorReference {
  id: string;
  accountId?: string | null;
}

/** An account as the token describes it (name and roles are known for the signed-in one only). */
export interface AccountRecord {
  id: string;
  name: string | null;
  roles: string[];
}
