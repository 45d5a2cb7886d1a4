import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Agency, ApiKey, ApiKeyCreated, AuditEntry, AuditLog, Leader, LeaderInput, Portal } from '@vn-portal/schema';
import { adminRequest, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { demoPortal } from '../seed/demo-province.js';

const leaderInput = (overrides: Partial<LeaderInput> = {}): LeaderInput => ({
  agency: 'stttt',
  fullName: 'Nguyễn Văn Thử',
  position: { vi: 'Giám đốc Sở', en: 'Director' },
  order: 0,
  phone: '0263 3823 100',
  email: 'giamdoc@stttt.example',
  ...overrides,
});

for (const dialect of testDialects) {
  describe(`administration (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const as = (secret: string) => ({ authorization: `Bearer ${secret}` });

    test('the portal is replaced as a whole and read back', async () => {
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/portal' })).statusCode, 404);
      await adminRequest(t, 'PUT', '/api/v1/admin/portal', demoPortal);
      const portal = (await t.app.inject({ method: 'GET', url: '/api/v1/portal' })).json<Portal>();
      assert.deepEqual(portal, demoPortal);
    });

    test('agencies: create, refuse duplicates, update, delete only when unused', async () => {
      const commune: Agency = { code: 'ubnd-xa-thu', name: { vi: 'UBND xã Thử' }, kind: 'commune', order: 3, parent: 'ubnd-tinh' };
      await adminRequest(t, 'POST', '/api/v1/admin/agencies', commune, 201);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/admin/agencies', headers: t.admin, payload: commune })).statusCode, 409);
      await adminRequest(t, 'PUT', '/api/v1/admin/agencies/ubnd-xa-thu', { ...commune, order: 1 });
      const list = (await t.app.inject({ method: 'GET', url: '/api/v1/agencies' })).json<{ items: Agency[] }>();
      assert.deepEqual(list.items.map((agency) => agency.code), ['ubnd-tinh', 'stttt', 'ubnd-xa-thu']);
      const leader = await adminRequest<Leader>(t, 'POST', '/api/v1/admin/leaders', leaderInput({ agency: 'ubnd-xa-thu' }), 201);
      const inUse = await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/agencies/ubnd-xa-thu', headers: t.admin });
      assert.equal(inUse.statusCode, 409);
      await adminRequest(t, 'DELETE', `/api/v1/admin/leaders/${leader.id}`, undefined, 204);
      await adminRequest(t, 'DELETE', '/api/v1/admin/agencies/ubnd-xa-thu', undefined, 204);
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/agencies/ubnd-xa-thu' })).statusCode, 404);
    });

    test('leaders come in protocol order', async () => {
      await adminRequest(t, 'POST', '/api/v1/admin/leaders', leaderInput({ fullName: 'Phó Giám đốc', order: 2 }), 201);
      await adminRequest(t, 'POST', '/api/v1/admin/leaders', leaderInput({ fullName: 'Giám đốc', order: 1 }), 201);
      await adminRequest(t, 'POST', '/api/v1/admin/leaders', leaderInput({ agency: 'ubnd-tinh', fullName: 'Chủ tịch', order: 5 }), 201);
      const all = (await t.app.inject({ method: 'GET', url: '/api/v1/leaders' })).json<{ items: Leader[] }>();
      assert.deepEqual(all.items.map((leader) => leader.fullName), ['Chủ tịch', 'Giám đốc', 'Phó Giám đốc']);
      const one = (await t.app.inject({ method: 'GET', url: '/api/v1/leaders?agency=stttt' })).json<{ items: Leader[] }>();
      assert.equal(one.items.length, 2);
      const first = one.items[0];
      assert.ok(first, 'the first page holds a first key');
      assert.deepEqual((await t.app.inject({ method: 'GET', url: `/api/v1/leaders/${first.id}` })).json(), first);
    });

    test('keys are scoped to agencies and roles; secrets are never shown again nor stored', async () => {
      const editor = await adminRequest<ApiKeyCreated>(t, 'POST', '/api/v1/admin/api-keys', { name: 'Biên tập Sở', role: 'editor', agencies: ['stttt'] }, 201);
      assert.match(editor.secret, /^vnp_/);
      const unscoped = await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', headers: t.admin, payload: { name: 'Không phạm vi', role: 'editor', agencies: [] } });
      assert.equal(unscoped.statusCode, 422);
      const own = await t.app.inject({ method: 'POST', url: '/api/v1/admin/leaders', headers: as(editor.secret), payload: leaderInput() });
      assert.equal(own.statusCode, 201);
      const other = await t.app.inject({ method: 'POST', url: '/api/v1/admin/leaders', headers: as(editor.secret), payload: leaderInput({ agency: 'ubnd-tinh' }) });
      assert.equal(other.statusCode, 403);
      const moderatorOnly = await t.app.inject({ method: 'GET', url: '/api/v1/admin/questions', headers: as(editor.secret) });
      assert.equal(moderatorOnly.statusCode, 403);
      const keys = await adminRequest<{ items: ApiKey[] }>(t, 'GET', '/api/v1/admin/api-keys');
      assert.ok(keys.items.some((key) => key.id === editor.id), 'the editor key is listed');
      assert.ok(!JSON.stringify(keys).includes(editor.secret), 'the list of keys never shows a secret');
      const stored = await t.testDatabase.database.db.selectFrom('api_keys').select('secret_hash').where('id', '=', editor.id).executeTakeFirstOrThrow();
      assert.ok(!stored.secret_hash.includes(editor.secret.slice(-20)), 'the stored hash does not contain the secret');
      await adminRequest(t, 'DELETE', `/api/v1/admin/api-keys/${editor.id}`, undefined, 204);
      const revoked = await t.app.inject({ method: 'POST', url: '/api/v1/admin/leaders', headers: as(editor.secret), payload: leaderInput() });
      assert.equal(revoked.statusCode, 401);
    });

    test('every change is in the audit log: who, what, when', async () => {
      const log = await adminRequest<{ items: AuditEntry[]; total: number }>(t, 'GET', '/api/v1/admin/audit-log?pageSize=200');
      const actions = new Set(log.items.map((entry) => entry.action));
      for (const action of ['updatePortal', 'createAgency', 'updateAgency', 'deleteAgency', 'createLeader', 'deleteLeader', 'createApiKey', 'revokeApiKey']) {
        assert.ok(actions.has(action), action);
      }
      const leaderChanges = log.items.filter((entry) => entry.action === 'createLeader');
      assert.deepEqual(new Set(leaderChanges.map((entry) => entry.actor.name)), new Set(['Test admin', 'Biên tập Sở']), 'each change names the key that made it');
      const leaderChange = leaderChanges[0];
      assert.ok(leaderChange, 'the audit log holds a change to leaders');
      assert.equal(leaderChange.resource, 'leaders');
      assert.ok(leaderChange.agency, 'a change to leaders names its agency');
      assert.ok(!log.items.some((entry) => entry.action === 'listApiKeys'), 'reads are not changes');
      const leadersOnly = await adminRequest<{ items: AuditEntry[] }>(t, 'GET', '/api/v1/admin/audit-log?resource=leaders');
      assert.ok(leadersOnly.items.every((entry) => entry.resource === 'leaders'), 'the audit log filtered by resource holds only that resource');
    });

    test('the audit log is filtered by who, what and the portal\'s calendar days, and names whom and what it holds', async () => {
      // 23:30 on 9 March and 00:30 on 10 March in Vietnam: two days there, one in UTC.
      t.clock.current = new Date('2026-03-09T16:30:00.000Z');
      const late = await adminRequest<Leader>(t, 'POST', '/api/v1/admin/leaders', leaderInput({ fullName: 'Lê Thị Khuya' }), 201);
      t.clock.current = new Date('2026-03-09T17:30:00.000Z');
      await adminRequest(t, 'PUT', `/api/v1/admin/leaders/${late.id}`, leaderInput({ fullName: 'Lê Thị Khuya', order: 2 }));
      const log = (query: string) => adminRequest<AuditLog>(t, 'GET', `/api/v1/admin/audit-log?${query}`);
      assert.deepEqual((await log('from=2026-03-09&to=2026-03-09')).items.map((entry) => entry.action), ['createLeader'], '9 March holds the change made at 23:30 there');
      assert.deepEqual((await log('from=2026-03-10')).items.map((entry) => entry.action), ['updateLeader'], 'from 10 March: the change made at 00:30 there');
      assert.deepEqual((await log('to=2026-03-08&action=createLeader')).items.filter((entry) => entry.resourceId === late.id), [], 'nothing of that night before it');
      const all = await log('pageSize=200');
      const admin = all.items.find((entry) => entry.action === 'updateLeader')?.actor;
      assert.ok(admin?.keyId !== undefined, 'the admin key made the update');
      const byAdmin = await log(`actor=${admin.keyId}&action=updateLeader&pageSize=200`);
      assert.ok(byAdmin.items.length > 0 && byAdmin.items.every((entry) => entry.actor.keyId === admin.keyId && entry.action === 'updateLeader'), 'the actor and action filters narrow together');
      assert.ok(all.actors?.some((actor) => actor.id === admin.keyId && actor.name === 'Test admin' && actor.kind === 'key'), `the actors are listed: ${JSON.stringify(all.actors)}`);
      assert.ok(all.actions?.includes('createLeader') === true && all.actions.includes('updateLeader'), 'the actions are listed');
      const scoped = await adminRequest<ApiKeyCreated>(t, 'POST', '/api/v1/admin/api-keys', { name: 'Quản trị riêng của tỉnh', role: 'admin', agencies: ['ubnd-tinh'] }, 201);
      const seenByScoped = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit-log?pageSize=200', headers: as(scoped.secret) })).json<AuditLog>();
      assert.ok(seenByScoped.items.every((entry) => entry.agency === 'ubnd-tinh'), 'a scoped admin reads only its agencies\' changes');
      assert.ok(!(seenByScoped.actions ?? []).includes('updateLeader'), 'nor the actions done only elsewhere');
      const refused = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit-log?from=2026-02-30', headers: t.admin });
      assert.equal(refused.statusCode, 400, 'a day not in the calendar is refused');
    });

    test('allowed origins are stored as origins', async () => {
      const saved = await adminRequest<{ origins: string[] }>(t, 'PUT', '/api/v1/admin/agencies/stttt/allowed-origins', { origins: ['https://stttt.example/trang-chu', 'https://stttt.example'] });
      assert.deepEqual(saved.origins, ['https://stttt.example']);
      assert.deepEqual(await adminRequest(t, 'GET', '/api/v1/admin/agencies/stttt/allowed-origins'), { origins: ['https://stttt.example'] });
    });
  });
}
