import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { languages, type AdminQuestion } from '@vn-portal/schema';
import type { Browser, Page } from 'puppeteer-core';
import { inboxOrder, weekdaysOnly } from '../../../console/src/inbox-order.js';
import { adminRequest, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { consoleRows, consoleText, focused, needsConsoleBuild, screenshots, serveToBrowser, signInByKeyboard, tabTo, waitForConsole } from '../../test/console-browser.js';
import { axeViolations, watchProblems } from '../../test/demo-browser.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createUser } from '../accounts/user-accounts.js';
import { consoleContentSecurityPolicy } from './console-site.js';

const password = 'mật khẩu của Lan 2025';
// The day the console reads its inbox on: after the first question's due date, before the others'.
const consoleDay = '2025-03-25T03:00:00.000Z';

const inboxRows = consoleRows;
const heading = (page: Page) => consoleText(page, 'h1');

for (const dialect of testDialects) {
  describe(`the console in a browser against the server (${dialect})`, needsConsoleBuild, () => {
    let t: TestApp;
    let browser: Browser;
    let base = '';

    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      for (const [agency, title] of [['stttt', 'Thủ tục cấp phép báo chí'], ['stttt', 'Hỏi về chữ ký số'], ['ubnd-tinh', 'Câu hỏi của tỉnh']] as const) {
        await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission({ title }) });
        const { items } = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', '/api/v1/admin/questions?state=received');
        await adminRequest(t, 'POST', `/api/v1/admin/questions/${items[0]?.id ?? ''}/transitions`, { action: 'classify', topic: 'thu-tuc-hanh-chinh', agency });
        t.clock.advance(10 * 86_400_000);
      }
      await createUser(t.testDatabase.database.db, { username: 'lan.so', name: 'Nguyễn Thị Lan', role: 'moderator', agencies: ['stttt'], password }, t.clock.now());
      ({ base, browser } = await serveToBrowser(t));
    });
    after(async () => {
      await browser.close();
      await t.close();
    });

    test('an officer signs in, answers one question and rejects another with the keyboard, in vi and en with axe clean', async () => {
      for (const language of languages) {
        const expected = inboxOrder(
          (await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', '/api/v1/admin/questions?agency=stttt')).items,
          new Date(consoleDay),
          weekdaysOnly,
        );
        const page = await browser.newPage();
        try {
          const problems = await watchProblems(page);
          const response = await page.goto(`${base}/admin${language === 'en' ? '?lang=en' : ''}`);
          assert.equal(response?.headers()['content-security-policy'], consoleContentSecurityPolicy);
          await page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('form') !== null, { timeout: 30_000 });
          assert.equal(await heading(page), language === 'vi' ? 'Đăng nhập trang quản trị' : 'Sign in to the console');
          assert.deepEqual(await axeViolations(page), [], `axe on the sign-in screen (${language})`);

          await signInByKeyboard(page, 'lan.so', 'sai mật khẩu rồi');
          await page.waitForFunction(() => (document.querySelector('vnp-console')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '').trim() !== '', { timeout: 30_000 });
          const alert = await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('[role="alert"]')?.textContent.trim());
          assert.equal(alert, language === 'vi' ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : 'Wrong username or password.');
          assert.deepEqual(await axeViolations(page), [], `axe with the sign-in error (${language})`);

          await page.evaluate((day) => {
            const element = document.querySelector('vnp-console') as unknown as { now: () => Date } | null;
            if (element !== null) element.now = () => new Date(day);
          }, consoleDay);
          assert.equal(await focused(page), 'input password', 'focus stays in the password field');
          await page.keyboard.down('Control');
          await page.keyboard.press('a');
          await page.keyboard.up('Control');
          await page.keyboard.type(password);
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => (document.querySelector('vnp-console')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, { timeout: 30_000 });
          assert.equal(await heading(page), language === 'vi' ? 'Hỏi đáp: câu hỏi cần xử lý' : 'Q&A: questions to handle');
          assert.equal(await focused(page), 'h1', 'focus moves to the inbox heading');
          const rows = await inboxRows(page);
          assert.deepEqual(
            rows.map((cells) => cells[1]),
            expected.map(({ question }) => question.title),
            'only the department\'s questions, in the inbox order',
          );
          if (language === 'vi') assert.ok(rows[0]?.[0]?.startsWith('Quá hạn'), `the overdue question leads: ${JSON.stringify(rows[0])}`);
          assert.ok(!JSON.stringify(rows).includes('Câu hỏi của tỉnh'), "no question of the province");
          assert.deepEqual(await axeViolations(page), [], `axe on the inbox (${language})`);
          await page.screenshot({ path: `${screenshots}console-inbox-${language}.png`, fullPage: true });

          // Vietnamese: answer the first question; English: reject the next one (now first).
          const first = expected[0]?.question.id ?? '';
          await tabTo(page, 'button question');
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.activeElement?.localName === 'h2', { timeout: 30_000 });
          assert.equal(await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('h2')?.textContent), expected[0]?.question.title);
          assert.deepEqual(await axeViolations(page), [], `axe on a question (${language})`);
          if (language === 'vi') {
            await tabTo(page, 'div', 25);
            await page.keyboard.type('Kính gửi ông/bà,\nHồ sơ nộp tại Sở <script>alert(1)</script>.');
            await tabTo(page, 'input answered-by-position');
            await page.keyboard.type('Chánh Văn phòng');
            await page.keyboard.press('Enter');
          } else {
            await tabTo(page, 'textarea reason', 40);
            await page.keyboard.type('Ngoài phạm vi của Sở.');
            await page.keyboard.press('Tab');
            await page.keyboard.press('Enter');
          }
          await waitForConsole(page, language === 'vi' ? '#answer-heading' : '#rejection-heading');
          await page.screenshot({ path: `${screenshots}console-question-${language}.png`, fullPage: true });
          assert.deepEqual(await axeViolations(page), [], `axe after the decision (${language})`);
          const decided = await adminRequest<AdminQuestion>(t, 'GET', `/api/v1/admin/questions/${first}`);
          if (language === 'vi') {
            assert.equal(decided.state, 'answered');
            assert.equal(decided.answer?.content.vi, '<p>Kính gửi ông/bà,</p><p>Hồ sơ nộp tại Sở &lt;script&gt;alert(1)&lt;/script&gt;.</p>', 'typed text arrives as escaped paragraphs');
            assert.deepEqual(decided.answer.answeredBy, { name: 'Nguyễn Thị Lan', position: 'Chánh Văn phòng' }, 'the officer answers in their own name');
          } else {
            assert.equal(decided.state, 'rejected');
            assert.deepEqual(decided.rejectionReason, { vi: 'Ngoài phạm vi của Sở.' });
          }
          // Back to the list (the header's sign-out, before it in the page, is also a plain button).
          await tabTo(page, 'button back');
          await page.keyboard.press('Enter');
          await page.waitForFunction((id) => document.querySelector('vnp-console')?.shadowRoot?.activeElement?.getAttribute('data-question') === id, { timeout: 30_000 }, first);

          const cookies = await browser.defaultBrowserContext().cookies();
          const session = cookies.find((cookie) => cookie.name === '__Host-vnp-session');
          assert.ok(session?.httpOnly === true && session.secure && session.sameSite === 'Strict', `the browser holds the session cookie as set: ${JSON.stringify(session)}`);
          assert.equal(await page.evaluate(() => document.cookie), '', 'the page cannot read it');

          await tabTo(page, 'button sign-out');
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('form') !== null, { timeout: 30_000 });
          assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/session', headers: { cookie: `__Host-vnp-session=${session.value}` } })).statusCode, 401, 'signed out on the server');
          assert.deepEqual(await problems.violations(), [], 'no CSP violation');
          // Expected: the console asks who is signed in before showing the form (401), the wrong
          // password is a 401, the page has no icon, and the transport ends the sign-out's 204
          // exchange itself (reported as aborted) once it has its answer.
          const expectedNoise = [/HTTP 401: .*\/api\/v1\/admin\/session$/, /401 \(Unauthorized\)/, /favicon\.ico/, /request failed: .*\/api\/v1\/admin\/session net::ERR_ABORTED$/];
          assert.deepEqual(problems.errors.filter((error) => !expectedNoise.some((pattern) => pattern.test(error))), []);
        } finally {
          await page.close();
        }
      }
    });

    test('a session ended on the server leads the officer back to sign-in, told why', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${base}/admin`);
        await page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('form') !== null, { timeout: 30_000 });
        await signInByKeyboard(page, 'lan.so', password);
        await page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.activeElement?.localName === 'h1', { timeout: 30_000 });
        await t.testDatabase.database.db.deleteFrom('user_sessions').execute();
        await tabTo(page, 'button question');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (document.querySelector('vnp-console')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '').trim() !== '', { timeout: 30_000 });
        const alert = await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('[role="alert"]')?.textContent.trim());
        assert.equal(alert, 'Phiên làm việc đã kết thúc, vui lòng đăng nhập lại.');
      } finally {
        await page.close();
      }
    });
  });
}
