import type { AuditLogEntryResolvers } from '../generated/graphql';

export const AuditLogEntry: AuditLogEntryResolvers = {
  at: ({ at }) => at.toISOString(),
  details: ({ details }) => (details ? JSON.stringify(details) : null),
};
