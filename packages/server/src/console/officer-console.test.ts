import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminDraftCommentList, AdminQuestion, AuditEntry, Language } from '@vn-portal/schema';
import type { Browser, Page } from 'puppeteer-core';
import { consoleRows, consoleText, focused, needsConsoleBuild, screenshots, serveToBrowser, shiftTab, signInByKeyboard, tabTo, waitForConsole, withControl } from '../../test/console-browser.js';
import { adminRequest, commentSubmission, createOpenDraft, issuedDocument, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { axeViolations } from '../../test/demo-browser.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createUser } from '../accounts/user-accounts.js';

const password = 'mật khẩu của Lan 2025';
const api = '/api/v1';

/** A decree of the register an answer cites, found by typing part of its number. */
const decree = issuedDocument({
  number: '42/2022/NĐ-CP',
  type: 'decree',
  summary: { vi: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng' },
  issuedDate: '2022-06-24',
  issuer: { code: 'chinh-phu', name: { vi: 'Chính phủ', en: 'The Government' } },
});

for (const dialect of testDialects) {
  describe(`an officer's day in the console (${dialect})`, needsConsoleBuild, () => {
    let t: TestApp;
    let browser: Browser;
    let base = '';
    let departmentDraft = '';
    let provinceDraft = '';
    const questions: Record<string, string> = {};

    async function ask(agency: string, title: string): Promise<void> {
      await t.app.inject({ method: 'POST', url: `${api}/qa/questions`, payload: questionSubmission({ title }) });
      const { items } = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', `${api}/admin/questions?state=received`);
      const id = items.find((item) => item.title === title)?.id ?? '';
      await adminRequest(t, 'POST', `${api}/admin/questions/${id}/transitions`, { action: 'classify', topic: 'thu-tuc-hanh-chinh', agency });
      questions[title] = id;
    }

    /** Opens the console in `language`, signed in as the department's moderator, on the Q&A inbox. */
    async function signedIn(language: Language): Promise<Page> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${base}/admin${language === 'en' ? '?lang=en' : ''}`);
      await waitForConsole(page, 'form');
      await signInByKeyboard(page, 'lan.so', password);
      await page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.activeElement?.localName === 'h1', { timeout: 30_000 });
      return page;
    }

    const focusLands = (page: Page, selector: string) =>
      page.waitForFunction((css) => document.querySelector('vnp-console')?.shadowRoot?.activeElement?.matches(css) === true, { timeout: 30_000 }, selector);

    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      await adminRequest(t, 'POST', `${api}/admin/legal-documents`, decree, 201);
      await ask('stttt', 'Thủ tục cấp phép xuất bản bản tin');
      await ask('stttt', 'Hỏi về chứng thư chữ ký số');
      await ask('ubnd-tinh', 'Câu hỏi riêng của tỉnh');
      departmentDraft = await createOpenDraft(t, '12/2025/QĐ-STTTT', 'stttt');
      provinceDraft = await createOpenDraft(t, '97/2025/QĐ-UBND');
      for (const content of ['Đề nghị bổ sung dữ liệu mở về giao thông.', 'Quảng cáo dịch vụ không liên quan.', 'Nên quy định rõ thời hạn cập nhật.']) {
        t.clock.advance(1000);
        await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${departmentDraft}/comments`, payload: commentSubmission({ content }) });
      }
      await t.app.inject({ method: 'POST', url: `${api}/legal-documents/${provinceDraft}/comments`, payload: commentSubmission({ content: 'Góp ý cho dự thảo của tỉnh.' }) });
      await createUser(t.testDatabase.database.db, { username: 'lan.so', name: 'Nguyễn Thị Lan', role: 'moderator', agencies: ['stttt'], password }, t.clock.now());
      ({ base, browser } = await serveToBrowser(t));
    });
    after(async () => {
      await browser.close();
      await t.close();
    });

    test('by keyboard: see the asker (logged), post a progress notice, write a rich answer citing a document picked by number', async () => {
      const page = await signedIn('vi');
      try {
        const rows = await consoleRows(page);
        assert.ok(!JSON.stringify(rows).includes('Câu hỏi riêng của tỉnh'), "no question of the province in the department's inbox");
        assert.ok(!JSON.stringify(rows).includes('Phan Văn Thử'), 'no asker in the inbox');
        await tabTo(page, 'button question');
        await page.keyboard.press('Enter');
        await focusLands(page, 'h2');
        const title = await consoleText(page, 'h2');
        const id = questions[title] ?? '';
        assert.ok(id !== '', `the question opened is one of the department's: ${title}`);
        assert.ok(!(await consoleText(page, 'main')).includes('Phan Văn Thử'), 'the asker stays hidden until asked for');
        assert.deepEqual(await axeViolations(page), [], 'axe on a question (vi)');

        await tabTo(page, 'button read-asker');
        await page.keyboard.press('Enter');
        await focusLands(page, '#asker-heading');
        assert.match(await consoleText(page, 'dl.asker'), /Họ và tênPhan Văn Thử.*Thư điện tửphan\.thu@example\.com/);
        const log = await adminRequest<{ items: AuditEntry[] }>(t, 'GET', `${api}/admin/audit-log?resource=questions`);
        assert.deepEqual(
          log.items.filter((entry) => entry.action === 'readAsker' && entry.resourceId === id).map((entry) => entry.actor.name),
          ['Nguyễn Thị Lan'],
          'the reading is logged naming the officer',
        );

        await tabTo(page, 'input new-due-date', 25);
        await page.keyboard.type('30/04/2025');

        await page.keyboard.press('Tab');
        await page.keyboard.type('Cần lấy ý kiến của Sở Tư pháp.');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await focusLands(page, '#progress-heading').catch(async (error: unknown) => {
          const value = await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="new-due-date"]')?.value);
          throw new Error(`no progress notice: date ${String(value)}, focus ${await focused(page)}, problem "${await consoleText(page, '.problem')}"`, { cause: error });
        });
        assert.match(await consoleText(page, '#progress-heading + ul'), /hạn mới 30\/04\/2025 — Cần lấy ý kiến của Sở Tư pháp\./);
        const noticed = await adminRequest<AdminQuestion>(t, 'GET', `${api}/admin/questions/${id}`);
        assert.equal(noticed.dueDate, '2025-04-30', 'the new deadline is saved');

        await tabTo(page, 'div', 25);
        await page.keyboard.type('Kính gửi ông/bà, hồ sơ gồm ');
        await withControl(page, 'b');
        await page.keyboard.type('đơn đề nghị');
        await withControl(page, 'b');
        await page.keyboard.type(' theo mẫu.\n');
        await shiftTab(page);
        assert.equal(await focused(page), 'button bold', 'Shift+Tab leads to the toolbar');
        await page.keyboard.press('Tab');
        assert.equal(await focused(page), 'div', 'the toolbar is one tab stop');
        await shiftTab(page);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        assert.equal(await focused(page), 'button insertUnorderedList', 'arrow keys move along the toolbar');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Bản sao giấy phép');
        await tabTo(page, 'input citation');
        await page.keyboard.type('NĐ 42/2022');
        await page.keyboard.press('Enter');
        await waitForConsole(page, 'button[data-choose]');
        await tabTo(page, 'button button', 3);
        assert.equal(await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.activeElement?.getAttribute('data-choose')), '42/2022/NĐ-CP');
        await page.keyboard.press('Enter');
        await waitForConsole(page, 'ul.chosen');
        await tabTo(page, 'input answered-by-position');
        await page.keyboard.type('Phó Giám đốc Sở');
        await page.screenshot({ path: `${screenshots}console-answer-writing-${dialect}.png`, fullPage: true });
        assert.deepEqual(await axeViolations(page), [], 'axe on an answer being written (vi)');
        await page.keyboard.press('Enter');
        await focusLands(page, '#answer-heading');

        const answered = await adminRequest<AdminQuestion>(t, 'GET', `${api}/admin/questions/${id}`);
        assert.equal(answered.state, 'answered');
        assert.equal(
          answered.answer?.content.vi,
          '<p>Kính gửi ông/bà, hồ sơ gồm <b>đơn đề nghị</b> theo mẫu.</p><ul><li>Bản sao giấy phép</li></ul>',
          'bold and a list, as typed',
        );
        assert.deepEqual(answered.answer.answeredBy, { name: 'Nguyễn Thị Lan', position: 'Phó Giám đốc Sở' });
        assert.deepEqual(answered.answer.citedDocuments.map((cited) => [cited.number, cited.issuer.vi, Boolean(cited.documentId)]), [['42/2022/NĐ-CP', 'Chính phủ', true]]);
        assert.match(await consoleText(page, 'main'), /Người trả lời: Nguyễn Thị Lan, Phó Giám đốc Sở/);
      } finally {
        await page.browserContext().close();
      }
    });

    test('in English: the question screen, the asker and the assignment pass axe; the inbox shows the progress notice', async () => {
      const page = await signedIn('en');
      try {
        assert.ok((await consoleRows(page)).some((cells) => (cells[0] ?? '').includes('Progress notice sent')), 'the inbox marks the question given a new deadline');
        assert.deepEqual(await axeViolations(page), [], 'axe on the inbox (en)');
        await page.screenshot({ path: `${screenshots}console-inbox-notices-en-${dialect}.png`, fullPage: true });
        const open = await page.evaluate(() => [...(document.querySelector('vnp-console')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].findIndex((row) => row.textContent.includes('Classified')));
        assert.ok(open >= 0, 'a question still to answer is listed');
        await tabTo(page, 'button question');
        for (let row = 0; row < open; row++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await focusLands(page, 'h2');
        const agencies = await page.evaluate(() => [...(document.querySelector('vnp-console')?.shadowRoot?.querySelectorAll('select[name="agency"] option') ?? [])].map((option) => option.getAttribute('value')));
        assert.deepEqual(agencies, ['stttt'], 'a scoped officer forwards within its own agencies only');
        await tabTo(page, 'button read-asker');
        await page.keyboard.press('Enter');
        await focusLands(page, '#asker-heading');
        assert.match(await consoleText(page, 'dl.asker'), /Full namePhan Văn Thử/);
        await tabTo(page, 'select agency');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await focusLands(page, '#question-state');
        assert.match(await consoleText(page, '#question-state'), /Forwarded/);
        assert.deepEqual(await axeViolations(page), [], 'axe on a question with its asker shown (en)');
      } finally {
        await page.browserContext().close();
      }
    });

    for (const language of ['vi', 'en'] as const) {
      test(`by keyboard: moderate a draft's comments, pending first, and export them for the drafting agency (${language})`, async () => {
        const page = await signedIn(language);
        try {
          await tabTo(page, 'a #draft-comments', 25);
          await page.keyboard.press('Enter');
          await waitForConsole(page, 'button[data-draft]');
          const drafts = await consoleRows(page);
          assert.deepEqual(drafts.map((cells) => cells[0]), ['12/2025/QĐ-STTTT'], "only the department's drafts");
          assert.deepEqual(await axeViolations(page), [], `axe on the drafts (${language})`);
          await tabTo(page, 'button button', 10);
          await page.keyboard.press('Enter');
          await focusLands(page, 'h2');
          const pendingBefore = (await adminRequest<AdminDraftCommentList>(t, 'GET', `${api}/admin/legal-documents/${departmentDraft}/comments`)).counts.pending;
          if (language === 'vi') {
            assert.equal(await consoleText(page, '#comment-counts'), '3 chờ duyệt, 0 đã duyệt, 0 đã từ chối');
            const countsStartWith = (start: string) =>
              page.waitForFunction((text) => (document.querySelector('vnp-console')?.shadowRoot?.querySelector('#comment-counts')?.textContent ?? '').startsWith(text), { timeout: 30_000 }, start);
            await tabTo(page, 'button approve');
            await page.keyboard.press('Enter');
            await countsStartWith('2 ');
            await focusLands(page, 'article.pending button[name="approve"]');
            await tabTo(page, 'button reject');
            await page.keyboard.press('Enter');
            await focusLands(page, 'textarea');
            await page.keyboard.type('Quảng cáo, không góp ý cho dự thảo.');
            await page.keyboard.press('Tab');
            await page.keyboard.press('Enter');
            await countsStartWith('1 ');
            assert.equal(await consoleText(page, '#comment-counts'), '1 chờ duyệt, 1 đã duyệt, 1 đã từ chối');
            await page.screenshot({ path: `${screenshots}console-moderation-queue-${dialect}.png`, fullPage: true });
          } else {
            assert.equal(pendingBefore, 1, 'one comment left from the Vietnamese run');
            assert.equal(await consoleText(page, '#comment-counts'), '1 pending, 1 approved, 1 rejected');
          }
          const states = await page.evaluate(() => [...(document.querySelector('vnp-console')?.shadowRoot?.querySelectorAll('article.comment') ?? [])].map((article) => article.className.replace('comment', '').trim()));
          assert.deepEqual(states, ['pending', 'approved', 'rejected'], 'pending first');
          assert.deepEqual(await axeViolations(page), [], `axe on the moderation queue (${language})`);

          const exported = await page.evaluate(async () => {
            const link = document.querySelector('vnp-console')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[download]');
            const response = await fetch(link?.href ?? '');
            return { status: response.status, text: await response.text() };
          });
          assert.equal(exported.status, 200);
          assert.ok(exported.text.includes('Quảng cáo, không góp ý cho dự thảo.') && exported.text.includes('Nên quy định rõ thời hạn cập nhật.'), 'every comment with its reason');
          assert.ok(!exported.text.includes('Góp ý cho dự thảo của tỉnh.'), 'no comment of another draft');
          const foreign = await page.evaluate(async (url) => (await fetch(url)).status, `${api}/admin/legal-documents/${provinceDraft}/comments.csv`);
          assert.equal(foreign, 403, "the province's export is refused to the department's officer");
        } finally {
          await page.browserContext().close();
        }
      });
    }
  });
}
