import type { ResourceFactory } from '../http/handler.js';
import { notFound } from '../http/problem.js';
import { assertScopeAllowed, createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';
import { readAuditLog } from './audit-log.js';

/** API keys and the audit log. */
export const adminResource: ResourceFactory = () => ({
  handlers: {
    listApiKeys: async (_input, { db }) => ({ items: await listApiKeys(db) }),
    createApiKey: ({ body }, { db, secrets, now }) => {
      assertScopeAllowed(body.role, body.agencies);
      return createApiKey(db, secrets, body, now());
    },
    revokeApiKey: async ({ params }, { db, now }) => {
      if (!(await revokeApiKey(db, params.id, now()))) throw notFound();
      return undefined;
    },
    getAuditLog: ({ query }, { db }) => readAuditLog(db, query),
  },
});
