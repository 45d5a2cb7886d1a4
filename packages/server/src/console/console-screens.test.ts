import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminPoll, ApiKey, AuditLog, Backup, QaFormConfig, DataSubjectRequest, DataSubjectRequestDetail, Leader } from '@vn-portal/schema';
import type { Browser, Page } from 'puppeteer-core';
import {
  choose,
  click,
  deep,
  fill,
  focusReaches,
  focused,
  focusedText,
  needsConsoleBuild,
  onScreen,
  openByNavigation,
  screenText,
  serveToBrowser,
  settled,
  signedInPages,
  waitForText,
  type SignedIn,
} from '../../test/console-browser.js';
import { adminRequest, createPoll, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { axeViolations } from '../../test/demo-browser.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { createUser } from '../accounts/user-accounts.js';

const password = 'mật khẩu đủ dài 2025';
const api = '/api/v1';
/** Every screen of the console, by its URL fragment. */
const everyView = ['qa', 'draft-comments', 'leaders', 'agencies', 'polls', 'calendar', 'origins', 'personal-data', 'api-keys', 'backups', 'register', 'register-import', 'activity-report', 'audit-log', 'qa-settings'] as const;
const titles = {
  vi: { qa: 'Hỏi đáp: câu hỏi cần xử lý', 'draft-comments': 'Góp ý dự thảo: duyệt góp ý', leaders: 'Lãnh đạo', agencies: 'Cơ quan', polls: 'Bình chọn', calendar: 'Lịch ngày nghỉ', origins: 'Trang được phép', 'personal-data': 'Yêu cầu về dữ liệu cá nhân', 'api-keys': 'Khóa API', backups: 'Sao lưu', register: 'Văn bản', 'register-import': 'Nhập sổ văn bản', 'activity-report': 'Báo cáo hoạt động', 'audit-log': 'Nhật ký thay đổi', 'qa-settings': 'Cấu hình mẫu hỏi đáp' },
  en: { qa: 'Q&A: questions to handle', 'draft-comments': 'Draft comments: moderation', leaders: 'Leaders', agencies: 'Agencies', polls: 'Polls', calendar: 'Days-off calendar', origins: 'Allowed sites', 'personal-data': 'Personal-data requests', 'api-keys': 'API keys', backups: 'Backups', register: 'Legal documents', 'register-import': 'Register import', 'activity-report': 'Activity report', 'audit-log': 'Audit log', 'qa-settings': 'Q&A form settings' },
} as const;

for (const dialect of testDialects) {
  describe(`the console's screens in a browser against the server (${dialect})`, needsConsoleBuild, () => {
    let t: TestApp;
    let browser: Browser;
    let base = '';
    let leaderId = '';
    let provinceLeaderId = '';
    /** The leader of a commune about to be merged away, whose agency the officer deletes. */
    let mergedCommuneLeaderId = '';
    let signedIn: SignedIn;

    /** Opens the department leader's form as an officer would: the first agency's leaders are on screen before another is chosen. */
    async function openLeaderForm(page: Page): Promise<void> {
      await waitForText(page, 'Hoàng Thị Tỉnh');
      await choose(page, 'vnp-leaders-screen >>> #agency-choice', 'stttt');
      await click(page, `vnp-leaders-screen >>> [data-edit="${leaderId}"]`);
    }

    before(async () => {
      t = await startTestApp(dialect);
      // The browser's clock and the server's agree, as in production: a poll closed now is closed.
      t.clock.current = new Date();
      await seedAgencies(t);
      const leader = { fullName: 'Trần Văn Sở', position: { vi: 'Giám đốc Sở' }, order: 1, phone: '0206 3852 111' };
      leaderId = (await adminRequest<Leader>(t, 'POST', `${api}/admin/leaders`, { ...leader, agency: 'stttt' }, 201)).id;
      provinceLeaderId = (await adminRequest<Leader>(t, 'POST', `${api}/admin/leaders`, { ...leader, agency: 'ubnd-tinh', fullName: 'Hoàng Thị Tỉnh', position: { vi: 'Chủ tịch UBND tỉnh' } }, 201)).id;
      // Before any page reads the agencies: a page reads them again only once the browser's cached copy is stale.
      await adminRequest(t, 'POST', `${api}/admin/agencies`, { code: 'ubnd-xa-xoa', name: { vi: 'UBND xã Sáp Nhập' }, kind: 'commune', order: 9, parent: 'ubnd-tinh' }, 201);
      mergedCommuneLeaderId = (await adminRequest<Leader>(t, 'POST', `${api}/admin/leaders`, { agency: 'ubnd-xa-xoa', fullName: 'Lê Văn Xã', position: { vi: 'Chủ tịch UBND xã' }, order: 1 }, 201)).id;
      await createPoll(t, { agency: 'stttt', question: { vi: 'Dịch vụ công của Sở có dễ dùng không?' } });
      await createPoll(t, { agency: 'ubnd-tinh', question: { vi: 'Câu hỏi bình chọn của tỉnh' } });
      await adminRequest(t, 'PUT', `${api}/admin/agencies/ubnd-tinh/allowed-origins`, { origins: ['https://tinh-rieng.example'] });
      await adminRequest(t, 'POST', `${api}/admin/api-keys`, { name: 'Khóa riêng của tỉnh', role: 'editor', agencies: ['ubnd-tinh'] }, 201);
      await t.app.inject({ method: 'POST', url: `${api}/qa/questions`, payload: questionSubmission({ title: 'Câu hỏi của người dân' }) });
      for (const [username, role, agencies] of [
        ['an.quantri', 'admin', []],
        ['binh.so', 'admin', ['stttt']],
        ['lan.so', 'moderator', ['stttt']],
      ] as const) {
        await createUser(t.testDatabase.database.db, { username, name: username, role, agencies: [...agencies], password }, t.clock.now());
      }
      ({ base, browser } = await serveToBrowser(t));
      signedIn = signedInPages(browser, base, password);
    });
    after(async () => {
      await browser.close();
      await t.close();
    });

    test('every screen in Vietnamese and English: reached by keyboard from the navigation, focus on its heading, axe clean', async () => {
      for (const language of ['vi', 'en'] as const) {
        const page = await signedIn('an.quantri', `/admin${language === 'en' ? '?lang=en' : ''}`);
        try {
          for (const view of everyView) {
            await openByNavigation(page, view, titles[language][view]);
            await settled(page);
            assert.equal(await page.title(), `${titles[language][view].split(':')[0] ?? ''} · ${language === 'vi' ? 'Quản trị Cổng thông tin' : 'Portal console'}`, 'the window title names the screen');
            assert.deepEqual(await axeViolations(page), [], `axe on ${view} (${language})`);
          }
        } finally {
          await page.close();
        }
      }
    });

    test('an officer changes a leader\'s phone, takes it back with Undo, and a wrong number is shown beside its field', async () => {
      const page = await signedIn('an.quantri', '/admin#leaders');
      try {
        await openLeaderForm(page);
        assert.equal(await focused(page), 'h2', 'focus moves to the form');
        assert.match(await focusedText(page), /^Sửa thông tin: Trần Văn Sở/, 'the form names the leader');
        await fill(page, 'vnp-leaders-screen >>> input[name="phone"]', '12345');
        await page.keyboard.press('Enter');
        await waitForText(page, 'Không đúng định dạng.');
        assert.equal(await focused(page), 'input phone', 'focus moves to the field at fault');
        assert.equal(await page.$eval(deep('vnp-leaders-screen >>> input[name="phone"]'), (input) => input.getAttribute('aria-invalid')), 'true');
        assert.deepEqual(await axeViolations(page), [], 'axe with a field error');
        await fill(page, 'vnp-leaders-screen >>> input[name="phone"]', '0206 3999 888');
        await page.keyboard.press('Enter');
        await waitForText(page, 'Đã lưu thông tin của Trần Văn Sở.');
        assert.equal((await adminRequest<Leader>(t, 'GET', `${api}/leaders/${leaderId}`)).phone, '0206 3999 888', 'the new phone is on the portal');
        await waitForText(page, '0206 3999 888');
        await click(page, 'vnp-leaders-screen >>> [data-undo]');
        await waitForText(page, '0206 3852 111');
        assert.equal((await adminRequest<Leader>(t, 'GET', `${api}/leaders/${leaderId}`)).phone, '0206 3852 111', 'Undo wrote the old phone back');
      } finally {
        await page.close();
      }
    });

    test('an officer closes a poll after confirming, and sees its results and the votes the cap refused', async () => {
      const page = await signedIn('an.quantri', '/admin#polls');
      try {
        await choose(page, 'vnp-polls-screen >>> #agency-choice', 'stttt');
        await waitForText(page, 'Dịch vụ công của Sở có dễ dùng không?');
        assert.match(await screenText(page), /Phiếu bị từ chối vì vượt giới hạn mỗi địa chỉ mỗi ngày: 0/, 'refusedByCap is shown');
        await click(page, 'vnp-polls-screen >>> [data-close]');
        await click(page, 'vnp-polls-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Đã đóng cuộc bình chọn.');
        // The server's clock (set, in this test) catches up with the browser's, which set the closing time.
        t.clock.current = new Date(Date.now() + 1000);
        const polls = await adminRequest<{ id: string } | null>(t, 'GET', `${api}/polls/latest?agency=stttt`);
        const closed = await adminRequest<AdminPoll>(t, 'GET', `${api}/admin/polls/${polls?.id ?? ''}`);
        assert.equal(closed.state, 'closed', 'the poll is closed on the server');
      } finally {
        await page.close();
      }
    });

    test('an officer adds an allowed origin (the page address pasted is cut to its origin)', async () => {
      const page = await signedIn('an.quantri', '/admin#origins');
      try {
        await choose(page, 'vnp-origins-screen >>> #agency-choice', 'stttt');
        await fill(page, 'vnp-origins-screen >>> input[name="origins"]', 'https://stttt.binhson.example/tin-tuc/trang-1');
        await page.keyboard.press('Enter');
        await waitForText(page, 'Đã thêm https://stttt.binhson.example.');
        const { origins } = await adminRequest<{ origins: string[] }>(t, 'GET', `${api}/admin/agencies/stttt/allowed-origins`);
        assert.deepEqual(origins, ['https://stttt.binhson.example']);
      } finally {
        await page.close();
      }
    });

    test('an officer creates an API key, sees its secret once, and revokes it', async () => {
      const page = await signedIn('an.quantri', '/admin#api-keys');
      try {
        await fill(page, 'vnp-api-keys-screen >>> input[name="name"]', 'CMS của Sở');
        await choose(page, 'vnp-api-keys-screen >>> select[name="role"]', 'editor');
        await click(page, 'vnp-api-keys-screen >>> input[name="agencies"][value="stttt"]');
        await click(page, 'vnp-api-keys-screen >>> form button[type="submit"]');
        await waitForText(page, 'chỉ hiện một lần');
        const secret = await page.$eval(deep('vnp-api-keys-screen >>> #secret'), (input) => (input as HTMLInputElement).value);
        assert.match(secret, /^vnp_/, 'the secret is shown');
        const authorization = `Bearer ${secret}`;
        const asKey = () => t.app.inject({ method: 'PUT', url: `${api}/admin/leaders/${leaderId}`, headers: { authorization }, payload: { agency: 'stttt', fullName: 'Trần Văn Sở', position: { vi: 'Giám đốc Sở' }, order: 1, phone: '0206 3852 111' } });
        assert.equal((await asKey()).statusCode, 200, 'the new key works for its agency');
        const made = (await adminRequest<{ items: ApiKey[] }>(t, 'GET', `${api}/admin/api-keys`)).items.find((key) => key.name === 'CMS của Sở');
        assert.deepEqual([made?.role, made?.agencies], ['editor', ['stttt']]);
        await click(page, 'vnp-api-keys-screen >>> [data-dismiss]');
        await click(page, `vnp-api-keys-screen >>> [data-revoke="${made?.id ?? ''}"]`);
        await click(page, 'vnp-api-keys-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Đã thu hồi khóa "CMS của Sở".');
        assert.equal((await asKey()).statusCode, 401, 'the revoked key is refused');
        assert.ok(!(await screenText(page)).includes(secret), 'the secret is not shown again');
      } finally {
        await page.close();
      }
    });

    test('an officer answers a personal-data request: acknowledges it, then completes it, erasing the asker', async () => {
      const request = await adminRequest<DataSubjectRequest>(t, 'POST', `${api}/admin/data-subject-requests`, { kind: 'deletion', contact: 'phan.thu@example.com' }, 201);
      const page = await signedIn('an.quantri', '/admin#personal-data');
      try {
        await click(page, `vnp-personal-data-screen >>> [data-open="${request.id}"]`);
        await waitForText(page, '1 hồ sơ có dữ liệu của người này');
        await click(page, 'vnp-personal-data-screen >>> [data-acknowledge]');
        await waitForText(page, 'Đã xác nhận đã nhận yêu cầu.');
        await click(page, 'vnp-personal-data-screen >>> [data-complete]');
        await click(page, 'vnp-personal-data-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Đã hoàn thành yêu cầu.');
        const done = await adminRequest<DataSubjectRequestDetail>(t, 'GET', `${api}/admin/data-subject-requests/${request.id}`);
        assert.deepEqual([done.state, done.erasedRecords], ['completed', 1]);
      } finally {
        await page.close();
      }
    });

    test('an officer takes a backup now and adds a make-up working day', async () => {
      const before = (await adminRequest<{ items: Backup[] }>(t, 'GET', `${api}/admin/backups`)).items.length;
      const page = await signedIn('an.quantri', '/admin#backups');
      try {
        await waitForText(page, 'Sao lưu tự động đang tắt.');
        await click(page, 'vnp-backups-screen >>> [data-take]');
        await waitForText(page, 'Đã sao lưu lúc');
        assert.equal((await adminRequest<{ items: Backup[] }>(t, 'GET', `${api}/admin/backups`)).items.length, before + 1, 'one more backup');
        await openByNavigation(page, 'calendar', 'Lịch ngày nghỉ');
        // A date input's typing order follows the browser's locale; its value is ISO everywhere.
        await page.$eval(deep('vnp-calendar-screen >>> input[name="date"]'), (input) => {
          (input as HTMLInputElement).value = '2026-04-25';
        });
        await choose(page, 'vnp-calendar-screen >>> select[name="kind"]', 'working-day');
        await fill(page, 'vnp-calendar-screen >>> input[name="name.vi"]', 'Làm bù cho ngày 30/4');
        await page.keyboard.press('Enter');
        await waitForText(page, 'Đã lưu ngày');
        const days = await adminRequest<{ items: { date: string; kind: string }[] }>(t, 'GET', `${api}/admin/calendar`);
        assert.ok(days.items.some((day) => day.date === '2026-04-25' && day.kind === 'working-day'), `the day is in the calendar: ${JSON.stringify(days.items)}`);
      } finally {
        await page.close();
      }
    });

    test('an account scoped to one agency sees nothing of another agency on any screen it may open', async () => {
      for (const [username, expected] of [
        ['lan.so', ['qa', 'draft-comments', 'leaders', 'agencies', 'polls', 'register', 'register-import', 'activity-report']],
        ['binh.so', ['qa', 'draft-comments', 'leaders', 'agencies', 'polls', 'origins', 'api-keys', 'register', 'register-import', 'activity-report', 'audit-log']],
      ] as const) {
        const page = await signedIn(username);
        try {
          const links = await page.$$eval(deep('nav a'), (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
          assert.deepEqual(links, expected.map((view) => `#${view}`), `${username} is offered only the screens the server lets them use`);
          for (const view of expected) {
            await openByNavigation(page, view, titles.vi[view]);
            await settled(page);
            const text = await screenText(page);
            for (const foreign of ['Hoàng Thị Tỉnh', 'UBND tỉnh Thử Nghiệm', 'UBND xã Sáp Nhập', 'Câu hỏi bình chọn của tỉnh', 'tinh-rieng.example', 'Khóa riêng của tỉnh', provinceLeaderId]) {
              assert.ok(!text.includes(foreign), `${username} sees nothing of the province on ${view}: found "${foreign}"`);
            }
          }
          await page.goto(`${base}/admin#backups`);
          await page.waitForSelector(deep('nav'), onScreen);
          assert.notEqual(await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('h1')?.textContent), 'Sao lưu', 'a screen beyond the account is not shown even by its address');
        } finally {
          await page.close();
        }
      }
    });

    test('an officer gives a leader a photo and a biography in both languages, written in the editor', async () => {
      const page = await signedIn('an.quantri', '/admin#leaders');
      try {
        await openLeaderForm(page);
        await fill(page, 'vnp-leaders-screen >>> input[name="photo.url"]', 'https://stttt.binhson.example/anh/tran-van-so.jpg');
        await click(page, 'vnp-leaders-screen >>> vnp-rich-text-editor [contenteditable]');
        await page.keyboard.type('Sinh năm 1975 tại Bình Sơn. Kỹ sư công nghệ thông tin.');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        assert.equal(await focused(page), 'div', 'Tab leads from one editor, past the next toolbar, to the English editor');
        await page.keyboard.type('Born in 1975 in Bình Sơn. Information technology engineer.');
        assert.deepEqual(await axeViolations(page), [], 'axe on the leader form with its photo and biographies');
        await click(page, 'vnp-leaders-screen >>> form button[type="submit"]');
        await waitForText(page, 'Đã lưu thông tin của Trần Văn Sở.');
        const saved = await adminRequest<Leader>(t, 'GET', `${api}/leaders/${leaderId}`);
        assert.equal(saved.photo?.url, 'https://stttt.binhson.example/anh/tran-van-so.jpg', 'the photo is on the portal');
        assert.match(saved.biography?.vi ?? '', /Sinh năm 1975 tại Bình Sơn\. Kỹ sư công nghệ thông tin\./, 'the Vietnamese biography is on the portal');
        assert.match(saved.biography?.en ?? '', /Born in 1975 in Bình Sơn\./, 'the English biography is on the portal');
        assert.equal(saved.phone, '0206 3852 111', 'the fields not in the form are kept');
        // The form opened again, once the list is read again (focus back on the row's Edit), starts from what was saved.
        await focusReaches(page, /^button Sửa$/);
        await click(page, `vnp-leaders-screen >>> [data-edit="${leaderId}"]`);
        await waitForText(page, 'Kỹ sư công nghệ thông tin.');
        assert.equal(await page.$eval(deep('vnp-leaders-screen >>> input[name="photo.url"]'), (input) => (input as HTMLInputElement).value), saved.photo.url, 'the photo address is in the form');
      } finally {
        await page.close();
      }
    });

    test('an officer working in English creates a poll with its English wording', async () => {
      // Newer than the department's first poll on the server's clock, which this test sets: the list orders by it.
      t.clock.current = new Date(Date.now() + 2000);
      const page = await signedIn('an.quantri', '/admin?lang=en#polls');
      try {
        await choose(page, 'vnp-polls-screen >>> #agency-choice', 'stttt');
        await click(page, 'vnp-polls-screen >>> [data-add]');
        await fill(page, 'vnp-polls-screen >>> input[name="question.vi"]', 'Bạn có dùng dịch vụ công trực tuyến không?');
        await fill(page, 'vnp-polls-screen >>> input[name="question.en"]', 'Do you use online public services?');
        await fill(page, 'vnp-polls-screen >>> textarea[name="options"]', 'Thường xuyên\nThỉnh thoảng\nChưa bao giờ');
        await fill(page, 'vnp-polls-screen >>> textarea[name="options.en"]', 'Often\nSometimes\nNever');
        assert.deepEqual(await axeViolations(page), [], 'axe on the poll form (en)');
        await click(page, 'vnp-polls-screen >>> form button[type="submit"]');
        await waitForText(page, 'Do you use online public services?');
        const latest = await adminRequest<{ id: string } | null>(t, 'GET', `${api}/polls/latest?agency=stttt`);
        const poll = await adminRequest<AdminPoll>(t, 'GET', `${api}/admin/polls/${latest?.id ?? ''}`);
        assert.deepEqual(poll.question, { vi: 'Bạn có dùng dịch vụ công trực tuyến không?', en: 'Do you use online public services?' }, 'the question in both languages');
        assert.deepEqual(poll.options.map((option) => option.label), [
          { vi: 'Thường xuyên', en: 'Often' },
          { vi: 'Thỉnh thoảng', en: 'Sometimes' },
          { vi: 'Chưa bao giờ', en: 'Never' },
        ], 'each option in both languages, in order');
      } finally {
        await page.close();
      }
    });

    test('an officer lists an agency\'s polls, newest first, and opens an older one\'s results', async () => {
      const page = await signedIn('an.quantri', '/admin#polls');
      try {
        await choose(page, 'vnp-polls-screen >>> #agency-choice', 'stttt');
        await waitForText(page, 'Bạn có dùng dịch vụ công trực tuyến không?');
        const listed = await page.$$eval(deep('vnp-polls-screen >>> table:not(section table) tbody th'), (cells) => cells.map((cell) => cell.textContent.trim()));
        assert.deepEqual(listed, ['Bạn có dùng dịch vụ công trực tuyến không?', 'Dịch vụ công của Sở có dễ dùng không?'], 'the agency\'s polls, newest first');
        await click(page, 'vnp-polls-screen >>> [data-show]');
        await page.waitForFunction(
          (wanted) => document.querySelector('vnp-console')?.shadowRoot?.querySelector('vnp-polls-screen')?.shadowRoot?.activeElement?.textContent.trim() === wanted,
          { timeout: 45_000 },
          'Dịch vụ công của Sở có dễ dùng không?',
        );
        assert.equal(await focused(page), 'h2', 'focus moves to the poll shown');
        assert.match(await screenText(page), /Phiếu bị từ chối vì vượt giới hạn mỗi địa chỉ mỗi ngày: 0/, 'its counts are shown');
        assert.deepEqual(await axeViolations(page), [], 'axe on the list of polls');
      } finally {
        await page.close();
      }
    });

    test('an officer deletes an agency after confirming; while content names it, the refusal says why', async () => {
      const page = await signedIn('an.quantri', '/admin#agencies');
      try {
        await click(page, 'vnp-agencies-screen >>> [data-remove="ubnd-xa-xoa"]');
        await click(page, 'vnp-agencies-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Không xóa được UBND xã Sáp Nhập');
        assert.match(await page.$eval(deep('vnp-agencies-screen >>> [data-problem]'), (problem) => `${problem.getAttribute('role') ?? ''} ${problem.textContent}`), /^alert .*lãnh đạo/, 'the refusal is an alert naming what holds the agency');
        assert.deepEqual(await axeViolations(page), [], 'axe with the refusal');
        assert.equal((await t.app.inject({ method: 'GET', url: `${api}/agencies/ubnd-xa-xoa` })).statusCode, 200, 'the agency is still there');
        await adminRequest(t, 'DELETE', `${api}/admin/leaders/${mergedCommuneLeaderId}`, undefined, 204);
        await click(page, 'vnp-agencies-screen >>> [data-remove="ubnd-xa-xoa"]');
        await click(page, 'vnp-agencies-screen >>> dialog [data-confirm]');
        await waitForText(page, 'Đã xóa UBND xã Sáp Nhập.');
        assert.equal((await t.app.inject({ method: 'GET', url: `${api}/agencies/ubnd-xa-xoa` })).statusCode, 404, 'the agency is gone');
        assert.ok(!(await screenText(page)).includes('Không xóa được'), 'the refusal is gone once the deletion succeeds');
      } finally {
        await page.close();
      }
    });

    test('an officer reads the audit log, filtered by person, action and day', async () => {
      const log = await adminRequest<AuditLog>(t, 'GET', `${api}/admin/audit-log?pageSize=200`);
      const officer = log.actors?.find((actor) => actor.name === 'an.quantri');
      assert.ok(officer !== undefined && officer.kind === 'user', `the officer's account is among the actors: ${JSON.stringify(log.actors)}`);
      const theirs = log.items.filter((entry) => entry.actor.userId === officer.id && entry.action === 'updateLeader');
      assert.ok(theirs.length > 0, 'the officer changed leaders in the console');
      const page = await signedIn('an.quantri', '/admin#audit-log');
      try {
        // The filters offer the people and actions once the log has loaded.
        await waitForText(page, 'an.quantri (tài khoản)');
        await choose(page, 'vnp-audit-log-screen >>> select[name="actor"]', officer.id);
        await choose(page, 'vnp-audit-log-screen >>> select[name="action"]', 'updateLeader');
        await click(page, 'vnp-audit-log-screen >>> form button[type="submit"]');
        await page.waitForFunction(
          (wanted) => document.querySelector('vnp-console')?.shadowRoot?.querySelector('vnp-audit-log-screen')?.shadowRoot?.querySelector('[data-count]')?.textContent.trim() === wanted,
          { timeout: 45_000 },
          `${String(theirs.length)} thay đổi, mới nhất trước`,
        );
        const rows = await page.$$eval(deep('vnp-audit-log-screen >>> tbody tr'), (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
        assert.equal(rows.length, theirs.length, 'one row a change');
        assert.ok(rows.every((cells) => cells[1] === 'an.quantri' && cells[2] === 'updateLeader' && cells[4] === 'stttt'), `only the officer's leader changes: ${JSON.stringify(rows)}`);
        // A date input's typing order follows the browser's locale; its value is ISO everywhere.
        const tomorrow = new Date(Date.now() + 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
        await page.$eval(deep('vnp-audit-log-screen >>> input[name="from"]'), (input, day) => {
          (input as HTMLInputElement).value = day;
        }, tomorrow);
        await click(page, 'vnp-audit-log-screen >>> form button[type="submit"]');
        await waitForText(page, 'Không có thay đổi nào khớp bộ lọc.');
        assert.deepEqual(await axeViolations(page), [], 'axe on the filtered log');
      } finally {
        await page.close();
      }
    });

    test('an officer sets who may ask and which asker fields the Q&A form requires, and can take it back', async () => {
      const before = await adminRequest<QaFormConfig>(t, 'GET', `${api}/qa/form-config`);
      assert.deepEqual(before.askerKinds, ['individual', 'organization'], 'both kinds ask by default');
      const page = await signedIn('an.quantri', '/admin#qa-settings');
      try {
        const organizations = 'vnp-qa-settings-screen >>> input[name="askerKinds"][value="organization"]';
        const individuals = 'vnp-qa-settings-screen >>> input[name="askerKinds"][value="individual"]';
        await click(page, organizations);
        await click(page, individuals);
        await click(page, 'vnp-qa-settings-screen >>> form button[type="submit"]');
        await waitForText(page, 'Chọn ít nhất một.');
        assert.deepEqual(await axeViolations(page), [], 'axe with the refusal');
        assert.deepEqual((await adminRequest<QaFormConfig>(t, 'GET', `${api}/qa/form-config`)).askerKinds, before.askerKinds, 'nothing is sent while no one may ask');
        await click(page, individuals);
        await choose(page, 'vnp-qa-settings-screen >>> select[name="individual.idNumber"]', 'optional');
        await choose(page, 'vnp-qa-settings-screen >>> select[name="individual.occupation"]', 'hidden');
        await click(page, 'vnp-qa-settings-screen >>> form button[type="submit"]');
        await waitForText(page, 'Đã lưu cấu hình mẫu hỏi đáp.');
        const saved = await adminRequest<QaFormConfig>(t, 'GET', `${api}/qa/form-config`);
        assert.deepEqual(saved.askerKinds, ['individual'], 'only individuals may ask now');
        assert.deepEqual([saved.fields.individual.idNumber, saved.fields.individual.occupation], ['optional', 'hidden'], 'the fields as chosen');
        assert.deepEqual(saved.topics, before.topics, 'the topics are kept');
        await click(page, 'vnp-qa-settings-screen >>> [data-undo]');
        // The settings are read again once written back: the form shows organizations may ask again.
        await page.waitForFunction(
          () =>
            document.querySelector('vnp-console')?.shadowRoot?.querySelector('vnp-qa-settings-screen')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="askerKinds"][value="organization"]')?.checked ===
            true,
          { timeout: 45_000 },
        );
        assert.deepEqual(await adminRequest<QaFormConfig>(t, 'GET', `${api}/qa/form-config`), before, 'Undo wrote the settings back');
      } finally {
        await page.close();
      }
    });
  });
}
