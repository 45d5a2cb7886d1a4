import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ActivityReport, AdminLegalDocumentList, LegalDocument, LegalDocumentInput } from '@vn-portal/schema';
import { formatNumber } from '@vn-portal/sdk/vietnamese';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { csvDocument } from '../http/csv.js';
import { importHeader, importRow } from '../legal-documents/import/columns.js';
import { choose, click, deep, fill, focused, focusReaches, needsConsoleBuild, onScreen, screenText, serveToBrowser, settled, signedInPages, waitForText, type SignedIn } from '../../test/console-browser.js';
import { adminRequest, issuedDocument, seedAgencies } from '../../test/fixtures.js';
import { axeViolations } from '../../test/demo-browser.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createUser } from '../accounts/user-accounts.js';

const password = 'mật khẩu sổ văn bản 2025';
const api = '/api/v1';
/** Today on Vietnam's clock, the day the server counts publication deadlines from. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

const lateDecision = issuedDocument({ number: '52/2025/QĐ-UBND', summary: { vi: 'Quyết định đăng muộn về chuyển đổi số' }, issuedDate: '2025-02-25' });
const freshDecision = issuedDocument({ number: '07/2026/QĐ-UBND', summary: { vi: 'Quyết định ban hành hôm nay' }, issuedDate: today });
const departmentDecision = (number: string, summary: string, publish?: boolean): LegalDocumentInput =>
  issuedDocument({
    number,
    summary: { vi: summary },
    issuedDate: today,
    issuer: { code: 'so-tttt', name: { vi: 'Sở Thông tin và Truyền thông' } },
    agency: 'stttt',
    ...(publish === undefined ? {} : { publish }),
  });

/** A register file as the template has it: a valid row, a row with an impossible date, a row of an unknown agency. */
function registerFile(): string {
  const valid = {
    number: '15/2019/QĐ-STTTT',
    type: 'Quyết định',
    issuer_code: 'so-tttt',
    issuer_vi: 'Sở Thông tin và Truyền thông',
    summary_vi: 'Quy chế quản lý trang thông tin điện tử của Sở',
    issued_date: '12/08/2019',
    status: 'Còn hiệu lực',
    agency: 'stttt',
  };
  return csvDocument(importHeader, [importRow(valid), importRow({ ...valid, number: '16/2019/QĐ-STTTT', issued_date: '31/02/2019' }), importRow({ ...valid, number: '17/2019/QĐ-STTTT', agency: 'khong-co-co-quan-nay' })]);
}

/** Waits until the console no longer shows `text` (a list reloaded under a new filter). */
const textGone = (page: Page, text: string) =>
  page.waitForFunction((gone) => !(window as unknown as { consoleText(): string }).consoleText().includes(gone), { timeout: 30_000 }, text);

/** The rows of the table a screen shows under `selector`, cell by cell (row headers included). */
const tableRows = (page: Page, selector: string) =>
  page.$$eval(deep(`${selector} tbody tr`), (rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));

for (const dialect of testDialects) {
  describe(`the register's screens in a browser against the server (${dialect})`, needsConsoleBuild, () => {
    let t: TestApp;
    let browser: Browser;
    let signedIn: SignedIn;
    const ids: Record<string, string> = {};
    const files = mkdtempSync(join(tmpdir(), 'register-import-'));

    before(async () => {
      t = await startTestApp(dialect);
      // The browser's clock and the server's agree, as in production: today's documents are not late.
      t.clock.current = new Date();
      await seedAgencies(t);
      for (const input of [lateDecision, freshDecision, departmentDecision('31/2025/QĐ-STTTT', 'Quyết định bị thu hồi vì ban hành sai thẩm quyền')]) {
        ids[input.number] = (await adminRequest<LegalDocument>(t, 'POST', `${api}/admin/legal-documents`, input, 201)).id;
      }
      for (const number of ['90/2026/QĐ-STTTT', '91/2026/QĐ-STTTT']) {
        ids[number] = (await adminRequest<LegalDocument>(t, 'POST', `${api}/admin/legal-documents`, departmentDecision(number, 'Dự thảo đăng ký nhầm', false), 201)).id;
      }
      for (const [username, agencies] of [
        ['an.quantri', []],
        ['binh.so', ['stttt']],
      ] as const) {
        await createUser(t.testDatabase.database.db, { username, name: username, role: 'admin', agencies: [...agencies], password }, t.clock.now());
      }
      const served = await serveToBrowser(t);
      browser = served.browser;
      signedIn = signedInPages(browser, served.base, password);
    });
    after(async () => {
      await browser.close();
      await t.close();
      rmSync(files, { recursive: true, force: true });
    });

    test('the late filter shows the document published after its deadline, marked late, and not the one on time', async () => {
      const page = await signedIn('an.quantri', '/admin#register');
      try {
        await waitForText(page, '07/2026/QĐ-UBND');
        const checkbox = await page.waitForSelector(deep('vnp-register-screen >>> input[name="late"]'), onScreen);
        assert.ok(checkbox !== null, 'the late filter is on screen');
        await checkbox.focus();
        await page.keyboard.press('Space');
        await textGone(page, '07/2026/QĐ-UBND');
        const rows = await tableRows(page, 'vnp-register-screen >>>');
        assert.deepEqual(rows.map((row) => row[0]), ['52/2025/QĐ-UBND'], 'only the late document is listed');
        assert.match(rows[0]?.[3] ?? '', /Muộn/, 'its due date is marked late');
        assert.deepEqual(await axeViolations(page), [], 'axe on the late list');
      } finally {
        await page.close();
      }
    });

    test('an officer withdraws a document after confirming (a first cancel changes nothing); the public API shows it withdrawn with the reason', async () => {
      const id = ids['31/2025/QĐ-STTTT'] ?? '';
      const page = await signedIn('an.quantri', '/admin#register');
      try {
        await click(page, `vnp-register-screen >>> [data-withdraw="${id}"]`);
        await focusReaches(page, /^h2 Thu hồi văn bản 31\/2025\/QĐ-STTTT$/);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitForText(page, 'Chưa điền');
        assert.match(await focused(page), /^input\b/, 'an empty reason is shown at its field, which takes focus');
        assert.deepEqual(await axeViolations(page), [], 'axe with a field error');
        await fill(page, 'vnp-register-screen >>> input[name="reason.vi"]', 'Ban hành sai thẩm quyền');
        await fill(page, 'vnp-register-screen >>> input[name="reason.en"]', 'Issued without authority');
        await page.keyboard.press('Enter');
        await click(page, 'vnp-register-screen >>> dialog button.secondary');
        const untouched = await adminRequest<LegalDocument>(t, 'GET', `${api}/legal-documents/${id}`);
        assert.equal(untouched.withdrawal, undefined, 'cancelling the confirmation withdraws nothing');
        await click(page, 'vnp-register-screen >>> form button[type="submit"]');
        await click(page, 'vnp-register-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Đã thu hồi văn bản 31/2025/QĐ-STTTT.');
        const served = await adminRequest<LegalDocument>(t, 'GET', `${api}/legal-documents/${id}`);
        assert.deepEqual(served.withdrawal, { date: today, reason: { vi: 'Ban hành sai thẩm quyền', en: 'Issued without authority' } }, 'the public API serves it withdrawn, dated today, with the reason');
        await waitForText(page, 'Đã thu hồi ngày');
        assert.equal(await page.$(deep(`vnp-register-screen >>> [data-withdraw="${id}"]`)), null, 'a withdrawn document offers no second withdrawal');
      } finally {
        await page.close();
      }
    });

    test('an officer discards a document never published; one published meanwhile is refused, and the refusal is announced', async () => {
      const page = await signedIn('an.quantri', '/admin#register');
      try {
        await waitForText(page, '52/2025/QĐ-UBND');
        await choose(page, 'vnp-register-screen >>> #register-state', 'unpublished');
        await textGone(page, '52/2025/QĐ-UBND');
        await click(page, `vnp-register-screen >>> [data-discard="${ids['90/2026/QĐ-STTTT'] ?? ''}"]`);
        await click(page, 'vnp-register-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Đã xóa văn bản 90/2026/QĐ-STTTT.');
        await page.waitForSelector(deep(`vnp-register-screen >>> [data-discard="${ids['90/2026/QĐ-STTTT'] ?? ''}"]`), { ...onScreen, hidden: true, visible: false });
        await adminRequest(t, 'GET', `${api}/legal-documents/${ids['90/2026/QĐ-STTTT'] ?? ''}`, undefined, 404);
        // Another officer publishes the second while this one still sees it unpublished.
        const second = ids['91/2026/QĐ-STTTT'] ?? '';
        await adminRequest(t, 'PUT', `${api}/admin/legal-documents/${second}`, departmentDecision('91/2026/QĐ-STTTT', 'Dự thảo đăng ký nhầm', true));
        await click(page, `vnp-register-screen >>> [data-discard="${second}"]`);
        await click(page, 'vnp-register-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Văn bản đã đăng được lưu trữ vĩnh viễn');
        assert.equal(
          await page.$eval(deep('vnp-register-screen >>> [data-problem]'), (problem) => problem.getAttribute('role')),
          'alert',
          'the refusal is in an alert, which screen readers announce',
        );
        assert.equal((await adminRequest<LegalDocument>(t, 'GET', `${api}/legal-documents/${second}`)).id, second, 'the published document is kept');
        assert.deepEqual(await axeViolations(page), [], 'axe with the refusal');
      } finally {
        await page.close();
      }
    });

    test('an import is checked first (problems by line and column, nothing written), then confirmed: the valid row is written, the others listed', async () => {
      const file = join(files, 'so-van-ban.csv');
      writeFileSync(file, registerFile());
      const registered = async () => (await adminRequest<AdminLegalDocumentList>(t, 'GET', `${api}/admin/legal-documents?pageSize=100`)).total;
      const before = await registered();
      const page = await signedIn('an.quantri', '/admin?lang=en#register-import');
      try {
        assert.equal(
          await page.$eval(deep('vnp-register-import-screen >>> a[download]'), (link) => link.getAttribute('href')),
          `${api}/admin/legal-documents/imports/template.csv`,
          'the template is linked',
        );
        const input = (await page.waitForSelector(deep('vnp-register-import-screen >>> input[type="file"]'), onScreen)) as ElementHandle<HTMLInputElement> | null;
        assert.ok(input !== null, 'the file input is on screen');
        await input.uploadFile(file);
        await click(page, 'vnp-register-import-screen >>> form button[type="submit"]');
        await focusReaches(page, /^h2 Check result \(nothing written\)$/);
        assert.match(await screenText(page), /3 rows: 1 valid, 2 with problems\./, 'the counts');
        const problems = await tableRows(page, 'vnp-register-import-screen >>>');
        assert.deepEqual(problems.map((row) => row.slice(0, 2)), [['3', 'issued_date'], ['4', 'agency']], 'each problem at its line and column');
        assert.equal(await registered(), before, 'the dry run wrote nothing');
        assert.deepEqual(await axeViolations(page), [], 'axe on the dry run report (en)');
        await click(page, 'vnp-register-import-screen >>> [data-import]');
        await click(page, 'vnp-register-import-screen >>> dialog [data-confirm]');
        await waitForText(page, '1 documents written; 2 rows not written.');
        assert.match(await screenText(page), /3 rows: 1 written, 2 not written\./, 'what was written and what was not');
        assert.equal(await registered(), before + 1, 'the valid row is in the register');
        const imported = await adminRequest<AdminLegalDocumentList>(t, 'GET', `${api}/admin/legal-documents?agency=stttt&pageSize=100`);
        assert.ok(imported.items.some((item) => item.number === '15/2019/QĐ-STTTT'), 'the imported document is listed');
      } finally {
        await page.close();
      }
    });

    test("the activity report's figures are the API's JSON, for the presets and one agency, with its CSV and printable links", async () => {
      const page = await signedIn('an.quantri', '/admin#activity-report');
      /** Each figure the screen shows, by its place in the report (`documents.late`), against the API's. */
      const compare = async (report: ActivityReport, what: string) => {
        const shown = await page.$$eval(deep('vnp-activity-report-screen >>> tr[data-measure]'), (rows) =>
          rows.map((row) => [row.getAttribute('data-measure') ?? '', row.querySelector('td')?.textContent.trim() ?? ''] as const),
        );
        assert.equal(shown.length, report.total.uniqueVisitorDays === undefined ? 15 : 16, `every figure of the totals is shown: ${JSON.stringify(shown)}`);
        for (const [path, text] of shown) {
          const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], report.total);
          assert.equal(text, formatNumber(value as number, 'vi'), `${what}: ${path}`);
        }
      };
      try {
        await waitForText(page, 'Tổng cộng');
        await settled(page);
        const year = await adminRequest<ActivityReport>(t, 'GET', `${api}/admin/reports/activity?preset=year`);
        assert.ok(year.total.documents.published >= 3, `the year counts the documents published: ${JSON.stringify(year.total.documents)}`);
        await compare(year, 'a year');
        await choose(page, 'vnp-activity-report-screen >>> #agency-choice', 'stttt');
        await choose(page, 'vnp-activity-report-screen >>> #report-period', 'six-months');
        await click(page, 'vnp-activity-report-screen >>> form button[type="submit"]');
        await waitForText(page, 'Sở Thông tin và Truyền thông');
        await focusReaches(page, /^h2 Hoạt động từ .*: Sở Thông tin và Truyền thông$/);
        const sixMonths = await adminRequest<ActivityReport>(t, 'GET', `${api}/admin/reports/activity?preset=six-months&agency=stttt`);
        await compare(sixMonths, 'six months of one agency');
        const perAgency = await tableRows(page, 'vnp-activity-report-screen >>> .scroll');
        assert.deepEqual(perAgency.map((row) => row[0]), sixMonths.agencies.map((row) => row.agency.name.vi), 'one row per agency of the report');
        assert.equal(perAgency[0]?.[1], formatNumber(sixMonths.agencies[0]?.documents.published ?? -1, 'vi'), "the agency's documents published");
        const links = await page.$$eval(deep('vnp-activity-report-screen >>> section a'), (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
        const answers = await page.evaluate((urls) => Promise.all(urls.map(async (url) => { const response = await fetch(url); return `${String(response.status)} ${response.headers.get('content-type') ?? ''}`; })), links);
        assert.deepEqual(answers.map((answer) => answer.split(';')[0]), ['200 text/csv', '200 text/html'], `the CSV and the printable report answer for the signed-in officer: ${links.join(' ')}`);
        assert.ok(links.every((link) => link.includes('preset=six-months') && link.includes('agency=stttt')), 'the links carry the period and the agency');
        assert.deepEqual(await axeViolations(page), [], 'axe on the report');
      } finally {
        await page.close();
      }
    });

    test('an account scoped to one agency sees only its documents in the register and its agencies in the report', async () => {
      const page = await signedIn('binh.so', '/admin#register');
      try {
        await waitForText(page, '31/2025/QĐ-STTTT');
        await settled(page);
        const text = await screenText(page);
        for (const foreign of ['52/2025/QĐ-UBND', '07/2026/QĐ-UBND', 'UBND tỉnh Thử Nghiệm']) assert.ok(!text.includes(foreign), `the province's "${foreign}" is not shown`);
        await click(page, 'nav a[href="#activity-report"]');
        await waitForText(page, 'Tổng cộng');
        await settled(page);
        const agencies = await tableRows(page, 'vnp-activity-report-screen >>> .scroll');
        assert.deepEqual(agencies.map((row) => row[0]), ['Sở Thông tin và Truyền thông'], 'the report covers only its agency');
      } finally {
        await page.close();
      }
    });
  });
}
