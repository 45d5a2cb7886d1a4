import type { ResourceFactory } from '../http/handler.js';
import { forbidden, notFound } from '../http/problem.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';
import { readAuditLog } from './audit-log.js';
import { assertMayGrant, keyWithinReach } from './key-scope.js';

/** API keys and the audit log; an agency-scoped key sees and manages only keys and changes of its agencies. */
export const adminResource: ResourceFactory = () => ({
  handlers: {
    listApiKeys: async ({ principal }, { db }) => ({ items: (await listApiKeys(db)).filter((key) => keyWithinReach(principal, key.agencies)) }),
    createApiKey: ({ body, principal }, { db, secrets, now }) => {
      assertMayGrant(principal, body.role, body.agencies);
      return createApiKey(db, secrets, body, now());
    },
    revokeApiKey: async ({ params, principal }, { db, now }) => {
      const key = (await listApiKeys(db)).find((candidate) => candidate.id === params.id);
      if (key === undefined) throw notFound();
      if (!keyWithinReach(principal, key.agencies)) throw forbidden('This key may not revoke a key covering other agencies');
      if (!(await revokeApiKey(db, params.id, now()))) throw notFound();
      return undefined;
    },
    getAuditLog: ({ query, principal }, { db, config }) => readAuditLog(db, query, principal.agencies, config.utcOffsetMinutes),
  },
});
