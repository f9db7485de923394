// The roles of the platform and the scopes each grants: the one list every process checks
// against.
export const ROLES = ['MENTEE', 'MENTOR', 'COORDINATOR', 'PROFESSIONAL', 'TRAINER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Scopes are what SDL `@access(scopes: ...)` names; roles are what the identity provider
 * issues. Keeping the mapping here, in one place, lets a rule say what it needs
 * ("statistics:raw") rather than who usually has it.
 */
export const SCOPES = {
  mentee: 'mentoring:mentee',
  mentor: 'mentoring:mentor',
  coordinate: 'mentoring:coordinate',
  enrol: 'training:enrol',
  teach: 'training:teach',
  trainingManage: 'training:manage',
  statisticsRaw: 'statistics:raw',
  statisticsImport: 'statistics:import',
  statisticsPublish: 'statistics:publish',
  directoryConfidential: 'directory:confidential',
  directoryWrite: 'directory:write',
  auditRead: 'audit:read',
  introspect: 'schema:introspect',
} as const;
export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

const S = SCOPES;
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  MENTEE: [S.mentee],
  MENTOR: [S.mentor, S.enrol],
  COORDINATOR: [S.coordinate, S.directoryConfidential, S.trainingManage],
  PROFESSIONAL: [S.enrol],
  TRAINER: [S.teach],
  ANALYST: [S.statisticsRaw, S.statisticsImport, S.introspect],
  ADMIN: Object.values(S),
};

export function scopesOf(roles: readonly Role[]): Scope[] {
  return [...new Set(roles.flatMap((role) => ROLE_SCOPES[role]))];
}
