import { expect, html } from '@open-wc/testing';
import { apiBase, expectAccessible, part, setPageLang, textOf } from '../../test/browser-helpers.js';
import { register } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';

describe('<vn-legal-docs> and the register’s Atom feed', () => {
  afterEach(async () => {
    await setPageLang('vi');
  });

  it('offers the feed of its own agency, which the server serves with that agency’s documents', async () => {
    const element = await register(html`<vn-legal-docs agency="stttt"></vn-legal-docs>`);
    const link = part(element, 'feed-link') as HTMLAnchorElement;
    expect(textOf(link)).to.equal('Theo dõi văn bản mới qua nguồn tin Atom');
    expect(link.type).to.equal('application/atom+xml');
    expect(link.href).to.equal(`${apiBase()}/api/v1/legal-documents/feed.atom?agency=stttt`);
    const feed = await fetch(link.href);
    expect(feed.headers.get('content-type')).to.match(/application\/atom\+xml/);
    const xml = new DOMParser().parseFromString(await feed.text(), 'application/xml');
    expect(xml.querySelector('feed > title')?.textContent).to.match(/^Văn bản mới — .+ \(stttt\)$/);
    // The fictional decision listed in the department's register is in its feed.
    expect([...xml.querySelectorAll('entry > title')].map((title) => title.textContent).join('\n')).to.contain('08/2025/QĐ-UBND');
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'feed-link'))).to.equal('Follow new documents with the Atom feed');
  });

  it('offers the whole register’s feed without an agency, in the latest mode too, and none for drafts', async () => {
    const latest = await register(html`<vn-legal-docs mode="latest"></vn-legal-docs>`);
    expect((part(latest, 'feed-link') as HTMLAnchorElement).href).to.equal(`${apiBase()}/api/v1/legal-documents/feed.atom`);
    const drafts = await register(html`<vn-legal-docs mode="drafts" agency="ubnd-tinh"></vn-legal-docs>`);
    expect(part(drafts, 'feed-link')).to.equal(null);
  });
});
