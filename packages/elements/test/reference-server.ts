// The reference API for the elements' browser tests: a fresh SQLite database in a temporary
// directory, migrated and seeded with the demo province plus the few cases the demo lacks, served
// on a free loopback port; beside it, the demo province alone on a portal that has not allowed the
// test pages' origin yet. Prints `{"url": …, "notAllowingUrl": …}` on one line once both listen;
// stops on SIGTERM.
// Usage: node --import tsx --conditions=source reference-server.ts <origin of the test pages>
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceAllowedOrigins } from '../../server/src/agencies/agency-repository.js';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createDatabase, migrateToLatest } from '../../server/src/db/database.js';
import { saveLeader } from '../../server/src/leaders/leader-repository.js';
import { castBallots, savePoll, type PollData } from '../../server/src/polls/poll-repository.js';
import { loadMasterKey } from '../../server/src/security/master-key.js';
import { Secrets } from '../../server/src/security/secrets.js';
import { seedDemoData } from '../../server/src/seed/seed.js';
import { demoAllowedOrigins, provinceAgency } from '../../server/src/seed/demo-province.js';
import { createApiKey } from '../../server/src/admin/api-keys.js';
import { localDay } from '../../server/src/calendar/local-day.js';
import { newId } from '../../server/src/db/ids.js';
import { defaultQaFormConfig } from '../../server/src/qa/default-form-config.js';
import { dueDateOf, readDeclaredDays } from '../../server/src/qa/due-dates.js';
import { insertQuestion } from '../../server/src/qa/question-repository.js';
import { trackedQuestions } from './qa-fixtures.js';
import { generateSyntheticDocuments } from '../../server/src/legal-documents/seed/synthetic.js';
import { insertDocuments, replaceDocument, withdrawDocument } from '../../server/src/legal-documents/store.js';

const [pageOrigin = 'http://localhost:8000'] = process.argv.slice(2);
const now = new Date();

/** A demo portal in a temporary directory: its configuration and its migrated, seeded database. */
async function demoPortal() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-elements-'));
  const config = { ...loadConfig({}), dataDir, host: '127.0.0.1', port: 0, rateLimits: false as const, visitFlushIntervalMs: 50, backupIntervalHours: 0 };
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  await seedDemoData({ db: database.db, secrets: new Secrets(loadMasterKey(config.encryptionKey, dataDir)), now, utcOffsetMinutes: config.utcOffsetMinutes });
  return { dataDir, config, database };
}

const { dataDir, config, database } = await demoPortal();
// Pages of the test runner may write (count visits) like the province's own site.
await replaceAllowedOrigins(database.db, provinceAgency, [...(demoAllowedOrigins[provinceAgency] ?? []), pageOrigin]);
// What the demo has not: a leader with Vietnamese only (fallback), a photo, every contact, a term
// with an end, and a biography carrying script that must never run.
await saveLeader(
  database.db,
  'fixture-sgddt-0',
  {
    agency: 'sgddt',
    order: 0,
    fullName: 'Nguyễn Thị Ánh Tuyết',
    position: { vi: 'Giám đốc Sở' },
    unit: { vi: 'Sở Giáo dục và Đào tạo' },
    term: { from: '2021-06-15', to: '2026-06-14' },
    duties: { vi: 'Phụ trách chung; giáo dục mầm non.' },
    biography: { vi: '<p>Sinh năm 1975. <strong>Tiến sĩ</strong> Giáo dục học.</p><img src="data:," alt="" onerror="window.bioScriptRan=true"><script>window.bioScriptRan=true</script>' },
    phone: '0263 3826 100',
    mobile: '0912 345 678',
    fax: '0263 3826 199',
    email: 'tuyet.nta@binhson.example',
    photo: { url: `${pageOrigin}/packages/elements/test/fixtures/portrait.svg`, width: 300, height: 400 },
  },
  false,
);

// Polls for <vn-poll>, one per test that votes (a browser votes once per poll), beside the demo's
// two: each results-visibility policy, closed and upcoming, multiple choice with a maximum, counts
// whose percentages need the largest remainder, and "latest" in an agency with several polls.
// Created days ago, so the demo's running poll stays the province's latest. Votes are cast through
// the repository as the ballot box casts them, so the counts are real.
const dayMs = 86_400_000;
const inDays = (days: number) => new Date(now.getTime() + days * dayMs).toISOString();
const pollOptions = (...labels: [string, string][]) => labels.map(([vi, en], index) => ({ id: `lua-chon-${index + 1}`, label: { vi, en } }));
const threeOptions = pollOptions(['Đạt yêu cầu', 'Satisfactory'], ['Chưa đạt yêu cầu', 'Unsatisfactory'], ['Cần thêm chủ đề', 'Needs more topics']);
async function addPoll(id: string, data: Partial<PollData>, counts: number[][] = [], createdDaysAgo = 7): Promise<void> {
  const poll: PollData = {
    agency: 'stttt',
    question: { vi: 'Ý kiến về Trang thông tin điện tử của Sở?', en: 'What do you think of the department’s website?' },
    kind: 'single',
    maxChoices: 1,
    options: threeOptions,
    opensAt: inDays(-30),
    resultsVisibility: 'always',
    ...data,
  };
  const createdAt = new Date(now.getTime() - createdDaysAgo * dayMs);
  await savePoll(database.db, id, poll, createdAt, 'create');
  // Each `[n, ...options]` is n ballots choosing those options (by index); cast in batches, as the ballot box does.
  const ballots = counts.flatMap(([times = 0, ...choice]) =>
    Array.from({ length: times }, () => ({ pollId: id, voterToken: randomBytes(16).toString('base64url'), optionIds: choice.map((index) => poll.options[index]?.id ?? ''), castAt: createdAt })),
  );
  for (let start = 0; start < ballots.length; start += 200) await castBallots(database.db, ballots.slice(start, start + 200));
}
const multipleChoice = {
  kind: 'multiple',
  maxChoices: 2,
  question: { vi: 'Bạn thường tra cứu thông tin gì trên Cổng? (chọn tối đa 2)', en: 'What do you look up on the portal most? (up to 2)' },
  options: pollOptions(['Văn bản pháp luật', 'Legal documents'], ['Thủ tục hành chính', 'Administrative procedures'], ['Tin tức, sự kiện', 'News and events'], ['Lịch công tác', 'Work schedules']),
} as const;
// As seeds 000 and 002 show it: 1180 (88 %), 107 (8 %), 57 (4 %), total 1344.
await addPoll('fixture-poll-portal', { question: { vi: 'Ý kiến về Trang thông tin điện tử Cục Tin học hóa?', en: 'What do you think of the IT Department’s website?' }, closesAt: inDays(60) }, [[1180, 0], [107, 1], [57, 2]]);
await addPoll('fixture-poll-single', { resultsVisibility: 'after-vote' }, [[3, 0], [2, 1], [1, 2]]);
await addPoll('fixture-poll-multiple', multipleChoice, [[4, 0, 1], [3, 2], [1, 3]]);
await addPoll('fixture-poll-once', {}, [[2, 0]]);
await addPoll('fixture-poll-proof', { proofOfWork: true }, [[2, 0]]);
await addPoll('fixture-poll-keys-single', { resultsVisibility: 'after-vote' }, [[1, 0]]);
await addPoll('fixture-poll-keys-multiple', multipleChoice, [[1, 0, 3]]);
await addPoll('fixture-poll-retry', {}, [[5, 1]]);
// Option ids of its own: votes for it are sent to other polls, which must not know them.
await addPoll('fixture-poll-problems', { options: [{ id: 'co', label: { vi: 'Có', en: 'Yes' } }, { id: 'khong', label: { vi: 'Không', en: 'No' } }] });
await addPoll('fixture-poll-no-storage', {}, [[1, 2]]);
await addPoll('fixture-poll-live', {}, [[10, 0]]);
// 1/3 each: 33.3 % three times, shown as 34 + 33 + 33. 2/2/3 of 7: 28.6, 28.6, 42.9 → 29 + 28 + 43.
await addPoll('fixture-poll-thirds', {}, [[1, 0], [1, 1], [1, 2]]);
await addPoll('fixture-poll-sevenths', {}, [[2, 0], [2, 1], [3, 2]]);
await addPoll('fixture-poll-closed', { opensAt: inDays(-40), closesAt: inDays(-3), resultsVisibility: 'after-close' }, [[5, 0], [3, 1], [2, 2]]);
await addPoll('fixture-poll-closed-never', { opensAt: inDays(-40), closesAt: inDays(-3), resultsVisibility: 'never' }, [[4, 0]]);
await addPoll('fixture-poll-upcoming', { opensAt: inDays(5), closesAt: inDays(35), resultsVisibility: 'after-vote' });
await addPoll('fixture-poll-after-close', { closesAt: inDays(20), resultsVisibility: 'after-close' }, [[4, 0], [1, 1]]);
await addPoll('fixture-poll-never', { resultsVisibility: 'never' }, [[2, 1]]);
// Sở Tư pháp's latest poll is its newest open one, not the closed one created after it.
await addPoll('fixture-poll-stp-earlier', { agency: 'stp' }, [], 5);
await addPoll('fixture-poll-stp-current', { agency: 'stp', question: { vi: 'Bạn có hài lòng với dịch vụ công trực tuyến của Sở Tư pháp?' } }, [[3, 0]], 2);
await addPoll('fixture-poll-stp-closed', { agency: 'stp', opensAt: inDays(-20), closesAt: inDays(-1) }, [], 1);
// Voted on by the page-width test, once per browser: its results are the state after a vote.
await addPoll('fixture-poll-width', { resultsVisibility: 'after-vote' }, [[3, 0], [1, 1]]);
// Two copies of one poll on a page, voted in from one (and refreshed in one, for the second).
await addPoll('fixture-poll-copies', { resultsVisibility: 'after-vote' }, [[4, 0], [2, 1]]);
await addPoll('fixture-poll-copies-live', {}, [[6, 0]]);

// The register's duties, in the Department of Planning and Investment (which no other test lists):
// a decision withdrawn, and one whose Vietnamese summary was reworded after its English. Issued
// years ago, so neither is among the latest documents. A leader there whose Vietnamese position
// changed after its English, too.
const planningDocument = (number: string, summary: { vi: string; en: string }) => ({
  number,
  type: 'decision' as const,
  summary,
  issuedDate: '2019-05-06',
  issuer: { code: 'ubnd-tinh-binh-son', name: { vi: 'Ủy ban nhân dân tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' } },
  fields: [],
  status: 'in-force' as const,
  agency: 'skhdt',
  stage: 'issued' as const,
  normative: true,
  attachments: [],
  relations: [],
});
const dayBefore = new Date(now.getTime() - dayMs);
const outdatedEnglish = planningDocument('612/2019/QĐ-UBND', { vi: 'Quy định về quản lý cụm công nghiệp (văn bản minh họa)', en: 'Regulation on industrial clusters (illustrative)' });
const [withdrawnId = '', retitledId = ''] = await insertDocuments(
  database.db,
  [planningDocument('611/2019/QĐ-UBND', { vi: 'Quy định về đấu thầu dự án (văn bản minh họa)', en: 'Regulation on project tendering (illustrative)' }), outdatedEnglish],
  dayBefore,
);
await withdrawDocument(database.db, withdrawnId, { date: '2025-05-20', reason: { vi: 'Ban hành không đúng thẩm quyền', en: 'Issued without authority' } }, now);
await replaceDocument(database.db, retitledId, { ...outdatedEnglish, summary: { ...outdatedEnglish.summary, vi: 'Quy định về quản lý, phát triển cụm công nghiệp (văn bản minh họa)' } }, { now, utcOffsetMinutes: config.utcOffsetMinutes });
await saveLeader(
  database.db,
  'fixture-skhdt-1',
  {
    agency: 'skhdt',
    order: 1,
    fullName: 'Đinh Văn Dịch',
    position: { vi: 'Phó Giám đốc Sở phụ trách đầu tư', en: 'Deputy Director' },
    languageUpdatedAt: { vi: now.toISOString(), en: dayBefore.toISOString() },
  },
  false,
);

// Legal documents for <vn-legal-docs> beyond the demo register (whose documents are real but carry
// no attachments, gazette or signer's position): one fictional decision of the demo province with
// every field, listed in the register of the Department of Information and Communications; a draft
// whose comment period has not opened; and a large register of synthetic documents in an agency of
// their own (none numbered as a real one): 100,000 of them, the register's size the search is
// built for, for typing against many matches.
const provinceIssuer = { code: 'ubnd-tinh-binh-son', name: { vi: 'Ủy ban nhân dân tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' } };
const itField = { code: 'cong-nghe-thong-tin', name: { vi: 'Công nghệ thông tin', en: 'Information technology' } };
await insertDocuments(
  database.db,
  [
    {
      number: '08/2025/QĐ-UBND',
      type: 'decision',
      summary: { vi: 'Ban hành Quy định về danh mục dữ liệu mở của các cơ quan nhà nước tỉnh Bình Sơn (văn bản minh họa)' },
      issuedDate: '2025-03-14',
      issuer: provinceIssuer,
      signer: { name: 'Lê Thị Thu Hà', position: { vi: 'Phó Chủ tịch Thường trực', en: 'Standing Vice Chairwoman' } },
      gazette: { number: '15+16', date: '2025-04-02' },
      effectiveDate: '2025-04-01',
      expiryDate: '2030-12-31',
      status: 'partly-expired',
      fields: [itField],
      agency: 'stttt',
      stage: 'issued',
      normative: true,
      attachments: [
        { name: '08-2025-QD-UBND.pdf', url: 'https://portal.binhson.example/van-ban/08-2025-qd-ubnd.pdf', mediaType: 'application/pdf', size: 1_288_490, signed: true },
        { name: 'Phu-luc-danh-muc-du-lieu.docx', url: 'https://portal.binhson.example/van-ban/08-2025-phu-luc.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 48_640, signed: false },
      ],
      relations: [
        { kind: 'based-on', number: '42/2022/NĐ-CP' },
        { kind: 'based-on', number: '47/2020/NĐ-CP' },
      ],
    },
    {
      number: 'Dự thảo lần 1 (Chuyển đổi số)',
      type: 'plan',
      summary: { vi: 'Dự thảo Kế hoạch chuyển đổi số của tỉnh Bình Sơn năm 2026 (văn bản minh họa)' },
      issuedDate: now.toISOString().slice(0, 10),
      issuer: provinceIssuer,
      status: 'not-yet-in-force',
      fields: [itField],
      agency: provinceAgency,
      stage: 'draft',
      normative: false,
      attachments: [],
      relations: [],
      draft: { opensAt: new Date(now.getTime() + 10 * 86_400_000).toISOString(), closesAt: new Date(now.getTime() + 40 * 86_400_000).toISOString() },
    },
    ...generateSyntheticDocuments(100_000, 20_250_301).map((document) => ({ ...document, agency: 'so-lieu-tong-hop' })),
  ],
  now,
);

const app = await buildApp({ config, database });

// Questions for <vn-qa-form>'s tracking tests, one in each state: stored as the ask route stores
// them but under known tracking codes, then moved through the workflow by the board's admin API.
const qaSecrets = new Secrets(loadMasterKey(config.encryptionKey, dataDir));
const board = await createApiKey(database.db, qaSecrets, { name: 'Q&A fixtures', role: 'admin', agencies: [] }, now);
const { answerWorkingDays: workingDays, consent } = defaultQaFormConfig;
const receivedDay = localDay(now, config.utcOffsetMinutes);
const dueDate = dueDateOf(receivedDay, workingDays, await readDeclaredDays(database.db));
for (const { trackingCode, asker, topic, title, content, steps } of Object.values(trackedQuestions)) {
  const id = newId();
  await insertQuestion(database.db, qaSecrets, { id, trackingCode, asker, topic, agency: undefined, title, content, receivedAt: now.toISOString(), receivedDay, workingDays, dueDate, consentVersion: consent.version });
  for (const step of steps) {
    const response = await app.inject({ method: 'POST', url: `/api/v1/admin/questions/${id}/transitions`, headers: { authorization: `Bearer ${board.secret}` }, payload: step });
    if (response.statusCode !== 200) throw new Error(`${trackingCode} ${step.action}: ${response.body}`);
  }
}

// Announced once the search index is loaded: its thread starts with the app, and a busy test
// machine must not make the first search of a test wait for it.
const warmSearch = await app.inject({ method: 'GET', url: '/api/v1/legal-documents?pageSize=1' });
if (warmSearch.statusCode !== 200) throw new Error(`the search index did not load: ${warmSearch.body}`);
// The portal an agency developer first meets: the demo province, whose allowed origins do not
// list the test pages', so every write they send is refused.
const notAllowing = await demoPortal();
const notAllowingApp = await buildApp({ config: notAllowing.config, database: notAllowing.database });

const addressOf = async (server: typeof app) => {
  await server.listen({ host: config.host, port: 0 });
  return `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
};
console.log(JSON.stringify({ url: await addressOf(app), notAllowingUrl: await addressOf(notAllowingApp) }));

process.once('SIGTERM', () => {
  void Promise.all(
    [
      { server: app, portal: { dataDir, database } },
      { server: notAllowingApp, portal: notAllowing },
    ].map(({ server, portal }) =>
      server
        .close()
        .then(() => portal.database.destroy())
        .finally(() => rmSync(portal.dataDir, { recursive: true, force: true })),
    ),
  ).finally(() => process.exit(0));
});
