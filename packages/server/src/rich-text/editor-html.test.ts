// Editor HTML (biographies, answers, the ask form's notices) is sanitized on save, before any
// client sees it. Every payload of the shared corpus goes through the server's sanitizer and is
// rendered in Chromium: no script runs, and nothing that could run is left in the DOM.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminQuestion, Leader, QaFormConfig } from '@vn-portal/schema';
import { launchChromium } from '../../test/demo-browser.js';
import { adminRequest, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { safeRichText, unsafeMarkupIn, xssPayloads } from '../testing/xss-payloads.js';
import { sanitizeEditorHtml } from './editor-html.js';

/** A page that records every dialog a script would open, and fetches nothing. */
const pageOf = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script>
  window.calls = []; window.__name = (f) => f;
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = () => { window.calls.push(name); };
</script></head><body><div id="out">${body}</div></body></html>`;

describe('the server’s sanitizer', () => {
  test(`${xssPayloads.length} XSS payloads sanitized, rendered in Chromium: no script runs, no handler or javascript: URL remains, editor markup stays`, async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void (request.url() === 'about:blank' ? request.continue() : request.abort()));
      const check = `(${unsafeMarkupIn.toString()})(document.getElementById('out'))`;
      for (const payload of xssPayloads) {
        const clean = sanitizeEditorHtml(payload);
        assert.equal(sanitizeEditorHtml(clean), clean, `stable when sanitized again: ${payload}`);
        await page.setContent(pageOf(clean), { waitUntil: 'domcontentloaded' });
        // Error, focus and animation handlers fire after the document is parsed.
        await new Promise((resolve) => setTimeout(resolve, 25));
        const ran = await page.evaluate('[...window.calls, ...(window.xssRan ? ["xssRan"] : [])]');
        assert.deepEqual(ran, [], `script ran: ${payload} → ${clean}`);
        assert.deepEqual(await page.evaluate(check), [], `${payload} → ${clean}`);
      }
      // Editor markup keeps its meaning: paragraphs, emphasis, lists, tables, links, images.
      for (const { html, keeps } of safeRichText) {
        await page.setContent(pageOf(sanitizeEditorHtml(html)), { waitUntil: 'load' });
        for (const selector of keeps) assert.ok(await page.$(`#out ${selector}`), `${selector} kept in ${html}`);
      }
      // Payloads rendered unsanitized do run: the page would catch an escape.
      await page.setContent(pageOf('<img src=x onerror=alert(1)>'), { waitUntil: 'load' });
      assert.deepEqual(await page.evaluate('window.calls'), ['alert']);
    } finally {
      await browser.close();
    }
  });
});

for (const dialect of testDialects) {
  describe(`rich text sanitized on save (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const leaderWith = (biography: string) => ({ agency: 'stttt', fullName: 'Nguyễn Văn Thử', position: { vi: 'Giám đốc Sở' }, order: 0, biography: { vi: biography, en: biography } });

    test('biographies, answers and the form’s notices are stored sanitized', async () => {
      const payload = '<p>Tiến sĩ.</p><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><script>alert(1)</script>';
      const expected = '<p>Tiến sĩ.</p><img src="x" /><a>x</a>';
      const leader = await adminRequest<Leader>(t, 'POST', '/api/v1/admin/leaders', leaderWith(payload), 201);
      assert.deepEqual(leader.biography, { vi: expected, en: expected });
      assert.deepEqual((await t.app.inject({ method: 'GET', url: `/api/v1/leaders/${leader.id}` })).json<Leader>().biography, { vi: expected, en: expected });
      const updated = await adminRequest<Leader>(t, 'PUT', `/api/v1/admin/leaders/${leader.id}`, leaderWith('<p onclick="alert(1)">Cập nhật</p>'));
      assert.equal(updated.biography?.vi, '<p>Cập nhật</p>');

      const receipt = (await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission() })).json<{ trackingCode: string }>();
      const list = await adminRequest<{ items: AdminQuestion[] }>(t, 'GET', '/api/v1/admin/questions?pageSize=100');
      const id = list.items.find((item) => item.trackingCode === receipt.trackingCode)?.id ?? '';
      await adminRequest(t, 'POST', `/api/v1/admin/questions/${id}/transitions`, { action: 'classify', topic: 'chinh-sach' });
      // The whole corpus in one answer: stored as the sanitizer (checked in Chromium above) makes it.
      const answer = `<p>Trả lời.</p>${xssPayloads.filter((payload) => !payload.includes('\u0000')).join('')}`;
      const answered = await adminRequest<AdminQuestion>(t, 'POST', `/api/v1/admin/questions/${id}/transitions`, { action: 'answer', content: { vi: answer }, answeredBy: { name: 'Trần Văn Ký', position: 'Phó Giám đốc Sở' }, citedDocuments: [] });
      assert.equal(answered.answer?.content.vi, sanitizeEditorHtml(answer));
      assert.notEqual(answered.answer.content.vi, answer);

      const config = (await t.app.inject({ method: 'GET', url: '/api/v1/qa/form-config' })).json<QaFormConfig>();
      const saved = await adminRequest<QaFormConfig>(t, 'PUT', '/api/v1/admin/qa/form-config', {
        ...config,
        scopeNotice: { vi: '<p>Không tiếp nhận khiếu nại.</p><iframe src="https://evil.example"></iframe>' },
        consent: { version: config.consent.version, notice: { vi: '<p style="color:red" onmouseover="alert(1)">Tôi đồng ý.</p>' } },
      });
      assert.equal(saved.scopeNotice.vi, '<p>Không tiếp nhận khiếu nại.</p>');
      assert.equal(saved.consent.notice.vi, '<p>Tôi đồng ý.</p>');
      await adminRequest(t, 'PUT', '/api/v1/admin/qa/form-config', config);
    });

    test('rich text that is nothing but what the sanitizer removes is refused with a 422', async () => {
      const answer = await t.app.inject({ method: 'POST', url: '/api/v1/admin/leaders', headers: t.admin, payload: leaderWith('<script>alert(1)</script>') });
      assert.equal(answer.statusCode, 422);
      assert.deepEqual(answer.json<{ errors: { path: string }[] }>().errors.map((error) => error.path), ['biography.vi', 'biography.en']);
    });
  });
}
