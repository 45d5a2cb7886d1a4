import { adminOperationScope, adminRoutes, roleReaches, type AdminOperationId, type Agency, type SessionUser } from '@vn-portal/schema';

export type ConsoleUser = Pick<SessionUser, 'role' | 'agencies'>;

/**
 * Whether the signed-in person may call an admin operation, by the same rules the server enforces
 * on them (the role the contract names, and portal-wide operations for unscoped accounts only): the
 * console hides what would only be refused.
 */
export const mayCall = (user: ConsoleUser, operation: AdminOperationId): boolean =>
  roleReaches(user.role, adminRoutes[operation].role) && !(user.agencies.length > 0 && adminOperationScope[operation] === 'portal');

/** The agencies a person acts on: theirs, or every one for an account covering the whole portal. */
export const agenciesWithin = (user: ConsoleUser, agencies: readonly Agency[]): Agency[] =>
  user.agencies.length === 0 ? [...agencies] : agencies.filter((agency) => user.agencies.includes(agency.code));
