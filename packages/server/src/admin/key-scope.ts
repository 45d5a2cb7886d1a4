import { adminOperationScope, type AdminOperationId, type ApiKeyRole } from '@vn-portal/schema';
import type { Principal } from '../http/handler.js';
import { ProblemError } from '../http/problem.js';
import { hasRole } from './api-keys.js';

/** A key limited to some agencies; the others cover the whole portal. */
const isAgencyScoped = (principal: Principal): boolean => principal.agencies.length > 0;

/**
 * The one gate of every admin request, before its input is read: the key's role must reach the
 * operation's, and portal-wide operations need a key covering every agency.
 */
export function assertKeyMayCall(principal: Principal, operationId: string, required: ApiKeyRole): void {
  if (!hasRole(principal, required)) throw new ProblemError(403, 'forbidden', `This operation needs the ${required} role`);
  if (isAgencyScoped(principal) && adminOperationScope[operationId as AdminOperationId] === 'portal') {
    throw new ProblemError(403, 'forbidden', 'This operation changes or reads the whole portal: it needs a key covering every agency');
  }
}

/**
 * A key may make only keys within its own reach: a role at most its own, agencies among its own,
 * and only admin keys cover every agency.
 */
export function assertMayGrant(principal: Principal, role: ApiKeyRole, agencies: readonly string[]): void {
  if (role !== 'admin' && agencies.length === 0) {
    throw new ProblemError(422, 'validation-failed', 'Only admin keys may cover every agency', [
      { path: 'agencies', code: 'required', message: 'Name the agencies this key may act on' },
    ]);
  }
  if (!hasRole(principal, role)) throw new ProblemError(403, 'forbidden', `This key may not make ${role} keys`);
  if (isAgencyScoped(principal) && (agencies.length === 0 || !agencies.every((agency) => principal.agencies.includes(agency)))) {
    throw new ProblemError(403, 'forbidden', 'A new key may cover only agencies this key covers');
  }
}

/** Whether a scoped key may see (and revoke) a key: one whose agencies are all among its own. */
export function keyWithinReach(principal: Principal, agencies: readonly string[]): boolean {
  return !isAgencyScoped(principal) || (agencies.length > 0 && agencies.every((agency) => principal.agencies.includes(agency)));
}
