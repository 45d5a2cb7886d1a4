import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from './escape-html.js';

test('escapeHtml leaves no character that HTML or XML would read as markup', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>Q&A</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;Q&#38;A&#60;/a&#62;', 'each of & < > " \' as a character reference');
  assert.equal(escapeHtml('Quyết định số 10/2024/QĐ-UBND'), 'Quyết định số 10/2024/QĐ-UBND', 'other text unchanged');
});
