import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AuditEntry, SessionUser } from '@vn-portal/schema';
import { adminRequest, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { sessionLifetime } from './sessions.js';
import { signInLimits } from './sign-in-throttle.js';
import { createUser } from './user-accounts.js';

const console = 'https://cong.example.gov.vn';
const sessionUrl = '/api/v1/admin/session';
const password = 'mật khẩu đủ dài 2025';
const minutes = (count: number) => count * 60_000;

interface Question {
  id: string;
  agency?: string;
}

for (const dialect of testDialects) {
  describe(`people's sessions (${dialect})`, () => {
    let t: TestApp;
    const questionOf: Record<string, string> = {};

    /** Signs in from the console's origin and answers the cookie to send back. */
    async function signIn(username: string, secret = password, remoteAddress = '192.0.2.1') {
      return t.app.inject({ method: 'POST', url: sessionUrl, headers: { origin: console }, remoteAddress, payload: { username, password: secret } });
    }
    async function cookieOf(username: string): Promise<string> {
      const response = await signIn(username);
      assert.equal(response.statusCode, 200, response.body);
      const setCookie = String(response.headers['set-cookie']);
      return setCookie.split(';')[0] ?? '';
    }
    const asPerson = (cookie: string, extra: Record<string, string> = {}) => ({ cookie, origin: console, ...extra });

    before(async () => {
      t = await startTestApp(dialect, { config: { publicOrigins: [console] } });
      await seedAgencies(t);
      for (const agency of ['ubnd-tinh', 'stttt']) {
        await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission({ title: `Câu hỏi cho ${agency}` }) });
        const listed = await adminRequest<{ items: Question[] }>(t, 'GET', '/api/v1/admin/questions?pageSize=100');
        const id = listed.items.find((item) => !Object.values(questionOf).includes(item.id))?.id ?? '';
        await adminRequest(t, 'POST', `/api/v1/admin/questions/${id}/transitions`, { action: 'classify', topic: 'thu-tuc-hanh-chinh', agency });
        questionOf[agency] = id;
      }
      const db = t.testDatabase.database.db;
      await createUser(db, { username: 'lan.so', name: 'Nguyễn Thị Lan', role: 'moderator', agencies: ['stttt'], password }, t.clock.now());
      await createUser(db, { username: 'minh.tinh', name: 'Trần Văn Minh', role: 'moderator', agencies: ['ubnd-tinh'], password }, t.clock.now());
      await createUser(db, { username: 'khoa', name: 'Lê Khoa', role: 'admin', agencies: [], password }, t.clock.now());
    });
    after(() => t.close());

    test('the session cookie is __Host-, HttpOnly, Secure, SameSite=Strict on Path=/, and names the person', async () => {
      const response = await signIn('lan.so');
      assert.equal(response.statusCode, 200, response.body);
      const setCookie = String(response.headers['set-cookie']);
      assert.match(setCookie, /^__Host-vnp-session=[A-Za-z0-9_-]{43}; /, 'a __Host- cookie with a 256-bit id');
      const flags = setCookie.split('; ').slice(1);
      for (const flag of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict', `Max-Age=${sessionLifetime.absoluteMs / 1000}`]) assert.ok(flags.includes(flag), `${flag} in ${setCookie}`);
      assert.ok(!flags.some((flag) => flag.startsWith('Domain')), 'no Domain: the cookie stays on this host');
      assert.equal(response.headers['cache-control'], 'no-store');
      const me = await t.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: setCookie.split(';')[0] ?? '' } });
      assert.equal(me.statusCode, 200, me.body);
      const user = me.json<SessionUser>();
      assert.deepEqual([user.username, user.name, user.role, user.agencies], ['lan.so', 'Nguyễn Thị Lan', 'moderator', ['stttt']]);
      assert.ok(!me.body.includes('password') && !me.body.includes('scrypt'), 'no password hash in the answer');
    });

    test('a session ends after 30 idle minutes, after 12 hours of use, and on sign-out for every copy of its cookie', async () => {
      const idle = await cookieOf('lan.so');
      t.clock.advance(sessionLifetime.idleMs + 1000);
      assert.equal((await t.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: idle } })).statusCode, 401, 'idle session ended');

      const busy = await cookieOf('lan.so');
      const started = t.clock.now().getTime();
      while (t.clock.now().getTime() + minutes(20) < started + sessionLifetime.absoluteMs) {
        t.clock.advance(minutes(20));
        const me = await t.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: busy } });
        assert.equal(me.statusCode, 200, `still open after ${(t.clock.now().getTime() - started) / 60_000} minutes`);
      }
      t.clock.advance(minutes(20));
      assert.equal((await t.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: busy } })).statusCode, 401, 'ended at its absolute lifetime');

      const signedOut = await cookieOf('lan.so');
      const out = await t.app.inject({ method: 'DELETE', url: sessionUrl, headers: asPerson(signedOut) });
      assert.equal(out.statusCode, 204, out.body);
      assert.match(String(out.headers['set-cookie']), /^__Host-vnp-session=; Path=\/; Max-Age=0;/, 'the browser drops the cookie');
      const copy = await t.app.inject({ method: 'GET', url: '/api/v1/admin/questions', headers: { cookie: signedOut } });
      assert.equal(copy.statusCode, 401, 'a copy of the cookie no longer works');
    });

    test('sign-in locks an account after repeated failures, unknown names answering alike, and an address after many', async () => {
      const unknown = await signIn('khong-co-ai', 'sai mật khẩu', '192.0.2.50');
      const wrong = await signIn('minh.tinh', 'sai mật khẩu', '192.0.2.51');
      assert.equal(unknown.statusCode, 401);
      assert.deepEqual(unknown.json(), wrong.json(), 'an unknown name and a wrong password answer alike');
      for (let attempt = 2; attempt <= signInLimits.account.failures; attempt++) assert.equal((await signIn('minh.tinh', `sai ${attempt}`, `192.0.2.${51 + attempt}`)).statusCode, 401);
      const locked = await signIn('minh.tinh', password, '192.0.2.99');
      assert.equal(locked.statusCode, 429, 'the right password from another address waits out the lock');
      assert.ok(Number(locked.headers['retry-after']) > 0, 'Retry-After says how long');
      const lockedUnknown = [];
      for (let attempt = 1; attempt <= signInLimits.account.failures; attempt++) lockedUnknown.push((await signIn('khong-co-ai', `sai ${attempt}`, `198.51.100.${attempt}`)).statusCode);
      assert.deepEqual(lockedUnknown.slice(-1), [429], 'an unknown name locks as an account does');
      t.clock.advance(signInLimits.account.lockMs + 1000);
      assert.equal((await signIn('minh.tinh', password, '192.0.2.99')).statusCode, 200, 'the lock lifts');

      const statuses = [];
      for (let attempt = 1; attempt <= signInLimits.address.failures; attempt++) statuses.push((await signIn(`doan-${attempt}`, 'sai', '203.0.113.7')).statusCode);
      assert.ok(statuses.slice(0, -1).every((status) => status === 401), `failures count: ${statuses.join(',')}`);
      assert.equal((await signIn('khoa', password, '203.0.113.7')).statusCode, 429, 'the address is locked for every account');
      assert.equal((await signIn('khoa', password, '203.0.113.8')).statusCode, 200, 'another address is not');
      t.clock.advance(signInLimits.address.lockMs + 1000);
    });

    test('a write needs the session and the console origin', async () => {
      const cookie = await cookieOf('lan.so');
      const url = `/api/v1/admin/questions/${questionOf.stttt ?? ''}/transitions`;
      const payload = { action: 'classify', topic: 'chinh-sach', agency: 'stttt' };
      const without = await t.app.inject({ method: 'POST', url, headers: { origin: console }, payload });
      assert.equal(without.statusCode, 401, 'no session');
      for (const headers of [{ origin: 'https://ke-gian.example' }, { origin: console, 'sec-fetch-site': 'same-site' }, {}, { 'sec-fetch-site': 'cross-site' }]) {
        const refused = await t.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload });
        assert.equal(refused.statusCode, 403, `refused with ${JSON.stringify(headers)}: ${refused.body}`);
      }
      const signIns = await t.app.inject({ method: 'POST', url: sessionUrl, headers: { origin: 'https://ke-gian.example' }, payload: { username: 'lan.so', password } });
      assert.equal(signIns.statusCode, 403, 'no sign-in from another site either');
      const fromConsole = await t.app.inject({ method: 'POST', url, headers: { cookie, 'sec-fetch-site': 'same-origin' }, payload });
      assert.equal(fromConsole.statusCode, 200, fromConsole.body);
      const allowed = await t.app.inject({ method: 'POST', url, headers: asPerson(cookie), payload });
      assert.equal(allowed.statusCode, 200, allowed.body);
    });

    test("one account's session acts as that person only, and the audit log names them", async () => {
      const lan = await cookieOf('lan.so');
      const tampered = `${lan.slice(0, -2)}${lan.endsWith('AA') ? 'BB' : 'AA'}`;
      assert.equal((await t.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: tampered } })).statusCode, 401, 'a guessed id is no session');
      const other = await t.app.inject({ method: 'POST', url: `/api/v1/admin/questions/${questionOf['ubnd-tinh'] ?? ''}/transitions`, headers: asPerson(lan), payload: { action: 'classify', topic: 'chinh-sach', agency: 'ubnd-tinh' } });
      assert.equal(other.statusCode, 403, "Lan may not act on the province's question");
      const admin = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit-log?pageSize=200', headers: asPerson(await cookieOf('khoa')) });
      assert.equal(admin.statusCode, 200, admin.body);
      const byLan = admin.json<{ items: AuditEntry[] }>().items.filter((entry) => entry.actor.name === 'Nguyễn Thị Lan');
      assert.ok(byLan.length > 0, 'the log names the person');
      assert.ok(byLan.every((entry) => entry.actor.userId !== undefined && entry.actor.keyId === undefined && entry.agency === 'stttt'), JSON.stringify(byLan));
      const keys = await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: asPerson(lan) });
      assert.equal(keys.statusCode, 403, 'a moderator is not an admin');
    });

    test("a scoped moderator's session sees no other agency's questions in the list, one by one or in the export", async () => {
      const lan = await cookieOf('lan.so');
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/questions?pageSize=100', headers: { cookie: lan } });
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(list.json<{ items: Question[] }>().items.map((item) => item.id), [questionOf.stttt]);
      const one = await t.app.inject({ method: 'GET', url: `/api/v1/admin/questions/${questionOf['ubnd-tinh'] ?? ''}`, headers: { cookie: lan } });
      assert.equal(one.statusCode, 403, one.body);
      const exported = await t.app.inject({ method: 'GET', url: '/api/v1/admin/questions/export.csv', headers: { cookie: lan } });
      assert.equal(exported.statusCode, 200, exported.body);
      assert.ok(exported.body.includes('Câu hỏi cho stttt') && !exported.body.includes('Câu hỏi cho ubnd-tinh'), 'the export holds the department only');
    });
  });
}
