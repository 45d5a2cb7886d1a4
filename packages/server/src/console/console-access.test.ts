import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adminRoutes, ApiKeyRole, type AdminOperationId } from '@vn-portal/schema';
import { mayCall } from '../../../console/src/access.js';
import { assertKeyMayCall } from '../admin/key-scope.js';

test('the console offers an admin operation exactly when the server lets the account call it', () => {
  const operations = Object.keys(adminRoutes) as AdminOperationId[];
  for (const role of ApiKeyRole.options) {
    for (const agencies of [[], ['stttt']]) {
      for (const operation of operations) {
        let allowed = true;
        try {
          assertKeyMayCall({ actor: 'user', id: 'u', name: 'u', role, agencies }, operation, adminRoutes[operation].role);
        } catch {
          allowed = false;
        }
        assert.equal(mayCall({ role, agencies }, operation), allowed, `${role} ${agencies.length === 0 ? 'unscoped' : 'scoped'}: ${operation}`);
      }
    }
  }
});
