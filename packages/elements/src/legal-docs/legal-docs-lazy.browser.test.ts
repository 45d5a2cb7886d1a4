// The open document and the drafts' comment form are modules of their own, fetched on first use:
// this page has loaded neither before these tests (each test file runs in a page of its own).
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { expectAccessible, moduleFetched, part, settled, textOf } from '../../test/browser-helpers.js';
import { goBack, holdResponses, metadata, open, register, restorePageUrl } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';
import type { VnLegalDocs } from './legal-docs.js';

const fetched = (module: string) => moduleFetched(`/legal-docs/${module}.`);

describe('<vn-legal-docs> parts fetched on first use', () => {
  afterEach(() => {
    restorePageUrl();
  });

  it('fetches the document view when a document is first opened, from a link alongside its data', async () => {
    const list = await register(html`<vn-legal-docs agency="ubnd-tinh"></vn-legal-docs>`);
    expect(part(list, 'results')).to.not.equal(null);
    expect(fetched('document-view')).to.equal(false);
    list.remove();
    history.replaceState(null, '', `${location.pathname}?vb-doc=10-2024-qd-ubnd`);
    const gate = holdResponses((url) => url.pathname.endsWith('/legal-documents/10-2024-qd-ubnd'));
    try {
      const element = fixtureSync<VnLegalDocs>(html`<vn-legal-docs agency="ubnd-tinh"></vn-legal-docs>`);
      await waitUntil(() => gate.held.length === 1, 'the document was not asked for');
      // The view's code arrives while its data is still held back: they were fetched side by side.
      await waitUntil(() => fetched('document-view'), 'the document view was not fetched with its data');
      expect(part(element, 'base')?.getAttribute('aria-busy')).to.equal('true');
      gate.held[0]?.release();
      await settled(element);
      expect(textOf(part(element, 'title'))).to.equal('Quyết định 10/2024/QĐ-UBND');
      expect(metadata(element)['Số ký hiệu']).to.equal('10/2024/QĐ-UBND');
      expect(part(element, 'citation')).to.not.equal(null);
    } finally {
      gate.restore();
    }
    expect(fetched('comment-form')).to.equal(false);
  });

  it('fetches the comment form only for a draft open for comment', async () => {
    const element = await register(html`<vn-legal-docs mode="drafts" agency="ubnd-tinh"></vn-legal-docs>`);
    await open(element, 'Dự thảo lần 2 (Dữ liệu cá nhân)');
    expect(textOf(part(element, 'document'))).to.contain('Đã hết thời gian lấy ý kiến');
    expect(fetched('comment-form')).to.equal(false);
    await goBack(element);
    await open(element, 'Dự thảo lần 1 (Cổng TTĐT)');
    expect(fetched('comment-form')).to.equal(true);
    const form = part(element, 'comment-form');
    expect(textOf(form?.querySelector('h4'))).to.equal('Gửi ý kiến góp ý');
    expect(form?.querySelector('[name="email"]')?.getAttribute('type')).to.equal('email');
    await expectAccessible(element);
  });
});
