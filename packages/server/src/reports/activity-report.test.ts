import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { ActivityReport, safeParse, type ActivityCounts, type LegalDocumentInput } from '@vn-portal/schema';
import { sql } from 'kysely';
import { adminRequest, commentSubmission, createOpenDraft, createPoll, questionSubmission, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createApiKey } from '../admin/api-keys.js';
import { insertDocuments, withdrawDocument } from '../legal-documents/store.js';
import { loadMasterKey } from '../security/master-key.js';
import { Secrets } from '../security/secrets.js';

const dayMs = 86_400_000;
// 2025 in Vietnam (UTC+7), as instants.
const start = '2024-12-31T17:00:00.000Z';
const end = '2025-12-31T17:00:00.000Z';

const documentInput = (number: string, agency: string, issuedDate: string): LegalDocumentInput => ({
  number,
  type: 'decision',
  summary: { vi: `Quyết định ${number}` },
  issuedDate,
  issuer: { code: `ubnd-${agency}`, name: { vi: 'Cơ quan ban hành' } },
  fields: [],
  status: 'in-force',
  agency,
  stage: 'issued',
  attachments: [],
  normative: true,
  relations: [],
});

for (const dialect of testDialects) {
  describe(`activity report (${dialect})`, () => {
    let t: TestApp;
    const at = (instant: string) => {
      t.clock.current = new Date(instant);
    };
    const month = (index: number) => String(index + 1).padStart(2, '0');

    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      const db = t.testDatabase.database.db;
      // Documents: each month one published on its day of issue, one published 19 days later, one the year before.
      for (let index = 0; index < 12; index++) {
        await insertDocuments(db, [documentInput(`${index + 1}/2025/QĐ-UBND`, 'ubnd-tinh', `2025-${month(index)}-10`)], new Date(`2025-${month(index)}-10T02:00:00Z`));
        await insertDocuments(db, [documentInput(`${index + 1}/2025/QĐ-STTTT`, 'stttt', `2025-${month(index)}-01`)], new Date(`2025-${month(index)}-20T02:00:00Z`));
      }
      await insertDocuments(db, [documentInput('9/2024/QĐ-UBND', 'ubnd-tinh', '2024-06-01')], new Date('2024-06-01T02:00:00Z'));
      // Two of the department's withdrawn in the year, one the year after (outside it).
      const [marchId = '', aprilId = '', mayId = ''] = await db.selectFrom('legal_documents').select('id').where('number', 'in', ['3/2025/QĐ-STTTT', '4/2025/QĐ-STTTT', '5/2025/QĐ-STTTT']).orderBy('number').execute().then((rows) => rows.map((row) => row.id));
      const reason = { vi: 'Ban hành không đúng thẩm quyền' };
      await withdrawDocument(db, marchId, { date: '2025-09-01', reason }, new Date('2025-09-01T02:00:00Z'));
      await withdrawDocument(db, aprilId, { date: '2025-12-31', reason }, new Date('2025-12-31T02:00:00Z'));
      await withdrawDocument(db, mayId, { date: '2026-01-01', reason }, new Date('2026-01-01T02:00:00Z'));

      // Questions: one a month for each agency, answered on time, answered late, rejected or left waiting.
      for (let index = 0; index < 24; index++) {
        const agency = index % 2 === 0 ? 'ubnd-tinh' : 'stttt';
        at(`2025-${month(Math.floor(index / 2))}-05T02:00:00Z`);
        const receipt = await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission({ title: `Câu hỏi số ${index} về thủ tục` }) });
        assert.equal(receipt.statusCode, 201, receipt.body);
        const list = await adminRequest<{ items: { id: string; title: string }[] }>(t, 'GET', '/api/v1/admin/questions?pageSize=100&state=received');
        const id = list.items.find((item) => item.title === `Câu hỏi số ${index} về thủ tục`)?.id ?? '';
        const transition = (body: object) => adminRequest(t, 'POST', `/api/v1/admin/questions/${id}/transitions`, body);
        await transition({ action: 'classify', topic: 'thu-tuc-hanh-chinh', agency });
        const fate = index % 4;
        if (fate === 0 || fate === 1) {
          t.clock.advance((fate === 0 ? 3 : 40) * dayMs);
          await transition({ action: 'answer', content: { vi: '<p>Trả lời</p>' }, citedDocuments: [], answeredBy: { name: 'Nguyễn Văn Trả', position: 'Chánh Văn phòng' } });
        } else if (fate === 2) {
          t.clock.advance(2 * dayMs);
          await transition({ action: 'reject', reason: { vi: 'Ngoài phạm vi' } });
        }
      }

      // Comments on a draft, some moderated; polls opened in the year and the year before, with votes.
      at('2025-04-01T02:00:00Z');
      const draft = await createOpenDraft(t, '50/2025/QĐ-UBND');
      for (let index = 0; index < 5; index++) {
        const receipt = await t.app.inject({ method: 'POST', url: `/api/v1/legal-documents/${draft}/comments`, payload: commentSubmission({ content: `Góp ý số ${index}` }) });
        const id = receipt.json<{ id: string }>().id;
        if (index < 3) await adminRequest(t, 'PATCH', `/api/v1/admin/comments/${id}`, index === 0 ? { decision: 'reject', reason: 'Góp ý không liên quan đến dự thảo' } : { decision: 'approve' });
      }
      for (const [agency, opensAt] of [['ubnd-tinh', '2025-05-01T00:00:00Z'], ['stttt', '2025-06-01T00:00:00Z'], ['stttt', '2024-05-01T00:00:00Z']] as const) {
        at(opensAt);
        const poll = await createPoll(t, { agency, opensAt });
        t.clock.advance(dayMs);
        for (let voter = 0; voter < (agency === 'stttt' ? 3 : 2); voter++) {
          const vote = await t.app.inject({ method: 'POST', url: `/api/v1/polls/${poll}/votes`, payload: { voterToken: voterToken(voter), optionIds: ['tot'] }, remoteAddress: `127.0.0.${voter + 1}` });
          assert.equal(vote.statusCode, 200, vote.body);
        }
      }

      // Visits on two days: three people (one of them on both agencies' pages) and a crawler.
      for (const day of ['2025-07-01', '2025-07-02']) {
        at(`${day}T03:00:00Z`);
        for (const [ip, agency, userAgent] of [
          ['10.0.0.1', 'ubnd-tinh', 'Mozilla/5.0 Firefox/140.0'],
          ['10.0.0.1', 'stttt', 'Mozilla/5.0 Firefox/140.0'],
          ['10.0.0.2', 'stttt', 'Mozilla/5.0 Chrome/140.0'],
          ['10.0.0.3', 'ubnd-tinh', 'Mozilla/5.0 Safari/18.0'],
          ['10.0.0.4', 'ubnd-tinh', 'Googlebot/2.1 (+http://www.google.com/bot.html)'],
        ]) {
          const hit = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { 'user-agent': userAgent ?? '' }, payload: { agency, path: `/trang-${day}` }, remoteAddress: ip });
          assert.equal(hit.statusCode, 202, hit.body);
        }
        // The counters write every 50 ms in tests: wait for the day's hits and ids to be written.
        await sleep(300);
      }
      at('2026-01-15T02:00:00Z');
      await sleep(300);
    });
    after(() => t.close());

    const counted = async (query: ReturnType<typeof sql<{ agency: string | null; n: number | string | null }>>) => {
      const rows = (await query.execute(t.testDatabase.database.db)).rows;
      return new Map(rows.map((row) => [row.agency ?? '', Number(row.n ?? 0)]));
    };

    test('the report of 2025 agrees with counts made in the database', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports/activity?from=2025-01-01&to=2025-12-31', headers: t.admin });
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json<ActivityReport>();
      assert.ok(safeParse(ActivityReport, report).success, 'the report matches the schema');
      assert.deepEqual([report.from, report.to, report.scope], ['2025-01-01', '2025-12-31', 'province']);

      const expected = new Map<string, ActivityCounts>();
      const of = (agency: string) => {
        let counts = expected.get(agency);
        if (counts === undefined) {
          counts = {
            documents: { published: 0, late: 0, withdrawn: 0 },
            questions: { received: 0, answered: 0, answeredOnTime: 0, overdue: 0, rejected: 0 },
            comments: { received: 0, approved: 0, rejected: 0 },
            polls: { opened: 0, votes: 0 },
            visits: { views: 0, botViews: 0 },
          };
          expected.set(agency, counts);
        }
        return counts;
      };
      const fill = (counts: Map<string, number>, set: (into: ActivityCounts, value: number) => void) => {
        for (const [agency, value] of counts) set(of(agency), value);
      };
      fill(await counted(sql`select agency, count(*) as n from legal_documents where stage = 'issued' and published_at >= ${start} and published_at < ${end} group by agency`), (c, n) => (c.documents.published = n));
      // By construction a document published after its day of issue was published 19 days after it.
      fill(await counted(sql`select agency, count(*) as n from legal_documents where stage = 'issued' and published_at >= ${start} and published_at < ${end} and substr(published_at, 1, 10) > issued_date group by agency`), (c, n) => (c.documents.late = n));
      fill(await counted(sql`select agency, count(*) as n from legal_documents where withdrawn_date >= '2025-01-01' and withdrawn_date <= '2025-12-31' group by agency`), (c, n) => (c.documents.withdrawn = n));
      fill(await counted(sql`select agency, count(*) as n from questions where received_at >= ${start} and received_at < ${end} group by agency`), (c, n) => (c.questions.received = n));
      fill(await counted(sql`select q.agency, count(*) as n from question_events e join questions q on q.id = e.question_id where e.state = 'answered' and e.at >= ${start} and e.at < ${end} group by q.agency`), (c, n) => (c.questions.answered = n));
      fill(await counted(sql`select q.agency, count(*) as n from question_events e join questions q on q.id = e.question_id where e.state = 'answered' and e.at >= ${start} and e.at < ${end} and substr(e.at, 1, 10) <= q.due_date group by q.agency`), (c, n) => (c.questions.answeredOnTime = n));
      fill(
        await counted(sql`select q.agency, count(*) as n from questions q where q.due_date >= '2025-01-01' and q.due_date <= '2025-12-31' and q.state <> 'rejected'
          and not exists (select 1 from question_events e where e.question_id = q.id and e.state = 'answered' and substr(e.at, 1, 10) <= q.due_date) group by q.agency`),
        (c, n) => (c.questions.overdue = n),
      );
      fill(await counted(sql`select q.agency, count(*) as n from question_events e join questions q on q.id = e.question_id where e.state = 'rejected' and e.at >= ${start} and e.at < ${end} group by q.agency`), (c, n) => (c.questions.rejected = n));
      fill(await counted(sql`select d.agency, count(*) as n from legal_document_comments c join legal_documents d on d.id = c.document_id where c.received_at >= ${start} and c.received_at < ${end} group by d.agency`), (c, n) => (c.comments.received = n));
      for (const state of ['approved', 'rejected'] as const) {
        fill(await counted(sql`select d.agency, count(*) as n from legal_document_comments c join legal_documents d on d.id = c.document_id where c.state = ${state} and c.moderated_at >= ${start} and c.moderated_at < ${end} group by d.agency`), (c, n) => (c.comments[state] = n));
      }
      fill(await counted(sql`select agency, count(*) as n from polls where coalesce(opens_at, created_at) >= ${start} and coalesce(opens_at, created_at) < ${end} group by agency`), (c, n) => (c.polls.opened = n));
      fill(await counted(sql`select p.agency, count(*) as n from votes v join polls p on p.id = v.poll_id where v.cast_at >= ${start} and v.cast_at < ${end} group by p.agency`), (c, n) => (c.polls.votes = n));
      fill(await counted(sql`select agency, sum(hits) as n from visit_days where day >= '2025-01-01' and day <= '2025-12-31' group by agency`), (c, n) => (c.visits.views = n));
      fill(await counted(sql`select agency, sum(bot_hits) as n from visit_days where day >= '2025-01-01' and day <= '2025-12-31' group by agency`), (c, n) => (c.visits.botViews = n));

      for (const row of report.agencies) {
        const { agency, ...counts } = row;
        assert.deepEqual(counts, of(agency.code), agency.code);
      }
      assert.deepEqual(report.agencies.map((row) => row.agency.code), ['ubnd-tinh', 'stttt']);
      // The seeding did what it says, so the comparison above compares something.
      assert.deepEqual(of('ubnd-tinh').documents, { published: 12, late: 0, withdrawn: 0 }, 'twelve documents published on their day (the draft is not published)');
      assert.deepEqual(of('stttt').documents, { published: 12, late: 12, withdrawn: 2 }, 'the department published twelve, all late, and withdrew two within the year');
      assert.ok(of('stttt').questions.overdue > 0 && of('ubnd-tinh').questions.answeredOnTime > 0 && of('stttt').polls.votes === 3, 'every kind of count is there');

      const total = (group: keyof ActivityCounts, name: string) => [...expected.values()].reduce((sum, counts) => sum + ((counts[group] as Record<string, number>)[name] ?? 0), 0);
      assert.equal(report.total.questions.received, total('questions', 'received'));
      assert.equal(report.total.visits.views, total('visits', 'views'));
      const unique = await counted(sql`select '' as agency, (select coalesce(sum(visitors), 0) from unique_visitor_days where day between '2025-01-01' and '2025-12-31') + (select count(*) from visitor_ids_today where day between '2025-01-01' and '2025-12-31') as n`);
      assert.equal(report.total.uniqueVisitorDays, unique.get(''));
      assert.equal(report.total.uniqueVisitorDays, 6, 'three people on each of two days, the one on both agencies\' pages once, the crawler never');
    });

    test('publication is late after 2 working days: issued on a Friday, on time on Tuesday, late on Wednesday', async () => {
      const db = t.testDatabase.database.db;
      await insertDocuments(db, [documentInput('1/2027/QĐ-UBND', 'ubnd-tinh', '2027-03-05')], new Date('2027-03-09T02:00:00Z'));
      await insertDocuments(db, [documentInput('2/2027/QĐ-UBND', 'ubnd-tinh', '2027-03-05')], new Date('2027-03-10T02:00:00Z'));
      const report = await adminRequest<ActivityReport>(t, 'GET', '/api/v1/admin/reports/activity?from=2027-03-01&to=2027-03-31&agency=ubnd-tinh');
      assert.deepEqual(report.total.documents, { published: 2, late: 1, withdrawn: 0 });
      assert.equal(report.scope, 'agencies');
    });

    test('presets, a scoped key, CSV and the printable page', async () => {
      const year = await adminRequest<ActivityReport>(t, 'GET', '/api/v1/admin/reports/activity?preset=year&to=2025-12-31');
      assert.deepEqual([year.from, year.to], ['2025-01-01', '2025-12-31']);
      const half = await adminRequest<ActivityReport>(t, 'GET', '/api/v1/admin/reports/activity?preset=six-months&to=2025-06-30');
      assert.deepEqual([half.from, half.to], ['2025-01-01', '2025-06-30']);
      const reversed = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports/activity?from=2025-12-31&to=2025-01-01', headers: t.admin });
      assert.equal(reversed.statusCode, 400, reversed.body);

      const secrets = new Secrets(loadMasterKey(t.testDatabase.config.encryptionKey, t.testDatabase.config.dataDir));
      const key = await createApiKey(t.testDatabase.database.db, secrets, { name: 'Sở', role: 'editor', agencies: ['stttt'] }, t.clock.now());
      const headers = { authorization: `Bearer ${key.secret}` };
      const scoped = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports/activity?from=2025-01-01&to=2025-12-31', headers })).json<ActivityReport>();
      assert.deepEqual(scoped.agencies.map((row) => row.agency.code), ['stttt']);
      const { agency: _agency, ...own } = scoped.agencies[0] ?? { agency: undefined };
      assert.deepEqual(scoped.total, own, 'the total is the agency\'s own, without the portal\'s visitors');
      const other = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports/activity?agency=ubnd-tinh', headers });
      assert.equal(other.statusCode, 403);

      const csv = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports/activity.csv?from=2025-01-01&to=2025-12-31', headers: t.admin });
      assert.equal(csv.statusCode, 200);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines.length, 4, 'header, two agencies, total');
      assert.match(lines[0] ?? '', /^from,to,agency,agency_name,documents\.published,documents\.late/);
      assert.match(lines[2] ?? '', /^2025-01-01,2025-12-31,stttt,Sở Thông tin và Truyền thông,12,12,2,/);

      for (const lang of ['vi', 'en'] as const) {
        const page = await t.app.inject({ method: 'GET', url: `/api/v1/admin/reports/activity.html?from=2025-01-01&to=2025-12-31&lang=${lang}`, headers: t.admin });
        assert.equal(page.statusCode, 200);
        assert.match(String(page.headers['content-type'] ?? ''), /^text\/html/);
        assert.match(page.body, new RegExp(`<html lang="${lang}">`));
        assert.match(page.body, lang === 'vi' ? /Báo cáo hoạt động/ : /Activity report/);
        assert.equal((page.body.match(/<svg role="img"/g) ?? []).length, 5, 'a chart per group');
        assert.match(page.body, /@media print/);
        assert.doesNotMatch(page.body, /<script/, 'no script');
      }
    });
  });
}
