// CORS does not stop a "simple" cross-site POST (a form, or fetch with text/plain): the browser
// sends it and only hides the answer. So the server checks the Origin of every browser write
// itself, takes JSON only, and never answers a write with `Access-Control-Allow-Origin: *`.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { adminRequest, commentSubmission, createOpenDraft, createPoll, questionSubmission, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const allowed = 'https://stttt.example';
const otherAgencySite = 'https://huyen.example';
const evil = 'https://evil.example';

interface Write {
  name: string;
  url: string;
  payload: Record<string, unknown>;
  /** The agency the write is for, named by the refusal (none: the province-level agency decides). */
  agency: string | undefined;
  /** Rows the write adds when it goes through. */
  rows: () => Promise<number>;
}

for (const dialect of testDialects) {
  describe(`cross-origin writes (${dialect})`, () => {
    let t: TestApp;
    let writes: Write[];
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      await adminRequest(t, 'PUT', '/api/v1/admin/agencies/ubnd-tinh/allowed-origins', { origins: [`${allowed}/trang-chu`] });
      await adminRequest(t, 'PUT', '/api/v1/admin/agencies/stttt/allowed-origins', { origins: [otherAgencySite] });
      const pollId = await createPoll(t);
      const draftId = await createOpenDraft(t);
      const { db } = t.testDatabase.database;
      const count = (table: 'votes' | 'questions' | 'legal_document_comments' | 'visit_days' | 'spent_challenges') => async () =>
        (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const visitHits = async () => {
        await t.app.inject({ method: 'GET', url: '/readyz' });
        const row = await db.selectFrom('visit_days').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('hits'), eb.lit(0)).as('n')).executeTakeFirstOrThrow();
        return row.n;
      };
      let voter = 0;
      writes = [
        { name: 'vote', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: voterToken(voter++), optionIds: ['tot'] }, agency: 'ubnd-tinh', rows: count('votes') },
        { name: 'question', url: '/api/v1/qa/questions', payload: { ...questionSubmission(), agency: undefined }, agency: undefined, rows: count('questions') },
        { name: 'comment', url: `/api/v1/legal-documents/${draftId}/comments`, payload: { ...commentSubmission() }, agency: 'ubnd-tinh', rows: count('legal_document_comments') },
        { name: 'visit', url: '/api/v1/visits/hits', payload: { agency: 'ubnd-tinh', path: '/gioi-thieu' }, agency: 'ubnd-tinh', rows: visitHits },
        { name: 'heartbeat', url: '/api/v1/visits/heartbeats', payload: { agency: 'ubnd-tinh', session: 'session-cross-origin-1' }, agency: 'ubnd-tinh', rows: () => Promise.resolve(0) },
        { name: 'challenge', url: '/api/v1/bot-check/challenges', payload: { operation: 'submitQuestion' }, agency: undefined, rows: count('spent_challenges') },
      ];
    });
    after(() => t.close());

    /** Visit hits are buffered: flushing through a close would end the app, so the counter's own interval (50 ms) is waited for. */
    const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

    const send = (write: Write, headers: Record<string, string>, payload = JSON.stringify(write.payload)) =>
      t.app.inject({ method: 'POST', url: write.url, headers: { 'user-agent': 'Mozilla/5.0 Firefox/128.0', ...headers }, payload });

    test('a write from a site no agency allows is a 403, and writes nothing', async () => {
      for (const write of writes) {
        const before = await write.rows();
        for (const origin of [evil, 'null', 'http://stttt.example', `${allowed}.evil.example`]) {
          const answer = await send(write, { origin, 'content-type': 'application/json' });
          assert.equal(answer.statusCode, 403, `${write.name} from ${origin}: ${answer.body}`);
          const problem = answer.json<{ code: string; origin: string; agency?: string }>();
          assert.equal(problem.code, 'origin-not-allowed');
          // The page may read the refusal, and learns what its administrator must add, and where.
          assert.equal(answer.headers['access-control-allow-origin'], origin, `${write.name} from ${origin}: the refusal is readable`);
          assert.equal(problem.origin, origin);
          assert.equal(problem.agency, write.agency, `${write.name}: the agency it was for`);
        }
        await settle();
        assert.equal(await write.rows(), before, `${write.name}: no row written`);
      }
    });

    test('a site allowed for one agency may not write for another', async () => {
      // The visit names the province, the poll and the draft belong to it: the district's site may not write.
      for (const write of writes.filter((candidate) => ['visit', 'vote', 'comment'].includes(candidate.name))) {
        const before = await write.rows();
        const answer = await send(write, { origin: otherAgencySite, 'content-type': 'application/json' });
        assert.equal(answer.statusCode, 403, `${write.name}: ${answer.body}`);
        assert.deepEqual(
          { origin: answer.json<{ origin: string }>().origin, agency: answer.json<{ agency: string }>().agency },
          { origin: otherAgencySite, agency: write.agency },
          write.name,
        );
        await settle();
        assert.equal(await write.rows(), before, write.name);
      }
    });

    test('bodies that are not JSON are a 415, whoever sends them, and write nothing', async () => {
      for (const write of writes) {
        const before = await write.rows();
        const json = JSON.stringify(write.payload);
        const bodies: [string, string][] = [
          ['text/plain', json],
          ['text/plain;charset=UTF-8', json],
          ['application/x-www-form-urlencoded', 'voterToken=x&optionIds=tot'],
          ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n`],
          ['application/xml', '<vote/>'],
        ];
        for (const [type, body] of bodies) {
          for (const origin of [undefined, allowed]) {
            const answer = await send(write, { 'content-type': type, ...(origin === undefined ? {} : { origin }) }, body);
            assert.equal(answer.statusCode, 415, `${write.name} as ${type}: ${answer.body}`);
          }
        }
        await settle();
        assert.equal(await write.rows(), before, `${write.name}: no row written`);
      }
    });

    test('the allowed site writes, and write routes never answer `Access-Control-Allow-Origin: *`', async () => {
      for (const write of writes) {
        const before = await write.rows();
        const fromSite = await send(write, { origin: allowed, 'content-type': 'application/json' });
        assert.ok(fromSite.statusCode < 300, `${write.name}: ${fromSite.body}`);
        await settle();
        // The counts the refusals were checked with do see a write.
        if (['vote', 'question', 'comment', 'visit'].includes(write.name)) assert.equal(await write.rows(), before + 1, write.name);
        assert.equal(fromSite.headers['access-control-allow-origin'], allowed);
        const fromScript = await send({ ...write, payload: write.name === 'vote' ? { ...write.payload, voterToken: voterToken(77) } : write.payload }, { 'content-type': 'application/json' });
        assert.ok(fromScript.statusCode < 300, `${write.name} without Origin: ${fromScript.body}`);
        assert.equal(fromScript.headers['access-control-allow-origin'], undefined);
        // Answered for every origin (a site not allowed yet must read its refusal), never with an API key.
        for (const origin of [allowed, evil]) {
          const preflight = await t.app.inject({
            method: 'OPTIONS',
            url: write.url,
            headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key,proof-of-work' },
          });
          assert.equal(preflight.statusCode, 204, `${write.name} preflight from ${origin}`);
          assert.equal(preflight.headers['access-control-allow-origin'], origin, `${write.name} preflight from ${origin}`);
          assert.match(String(preflight.headers['access-control-allow-headers']), /Proof-Of-Work/i);
          if (origin === evil) assert.doesNotMatch(String(preflight.headers['access-control-allow-headers']), /Authorization/i, `${write.name}: no API key from a stranger`);
        }
      }
      // Other writes (the API's admin operations) stay closed to a site no agency allows.
      const adminPreflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/admin/agencies/stttt/allowed-origins',
        headers: { origin: evil, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type,authorization' },
      });
      assert.equal(adminPreflight.headers['access-control-allow-origin'], undefined, 'admin preflight from a stranger');
      // Reads stay open to every site.
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: { origin: evil } })).headers['access-control-allow-origin'], '*');
    });
  });
}
