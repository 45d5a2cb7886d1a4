import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCitation } from './citation.js';

const parts = { line: 'Theo Cổng TTĐT tỉnh Cao Bằng', portalUrl: 'https://caobang.gov.vn', author: undefined, title: undefined, url: undefined, date: undefined };

test('the credit line alone, linked to the portal', () => {
  assert.deepEqual(formatCitation(parts), {
    text: 'Theo Cổng TTĐT tỉnh Cao Bằng',
    html: '<p><a href="https://caobang.gov.vn">Theo Cổng TTĐT tỉnh Cao Bằng</a></p>',
  });
});

test('author, quoted title linked to the original, and date', () => {
  const citation = formatCitation({ ...parts, author: 'Minh Anh', title: 'Tin mới', url: 'https://caobang.gov.vn/tin/1', date: '05/03/2024' });
  assert.equal(citation.text, 'Theo Cổng TTĐT tỉnh Cao Bằng. Minh Anh. “Tin mới”. https://caobang.gov.vn/tin/1. 05/03/2024');
  assert.equal(citation.html, '<p><a href="https://caobang.gov.vn">Theo Cổng TTĐT tỉnh Cao Bằng</a>. Minh Anh. <a href="https://caobang.gov.vn/tin/1">“Tin mới”</a>. 05/03/2024</p>');
});

test('text from attributes cannot inject markup into the copied HTML', () => {
  const { html } = formatCitation({ ...parts, author: '<img src=x onerror=alert(1)>', url: 'https://x.vn/"><script>' });
  assert.ok(!html.includes('<img') && !html.includes('<script'), html);
});
