import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase, expectAccessible, expectRetryOffered, part, parts, setPageLang, settled, textOf, unreachableApi, watchRequests } from '../../test/browser-helpers.js';
import { activeElement, after, facet, holdResponses, register, restorePage, search, searchBox, serverSearch, tick, titles } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';
import type { VnLegalDocs } from './legal-docs.js';

// The register of the province (agency ubnd-tinh) holds the demo's documents (the province's own and
// national ones) and other provinces' real decisions entered through the admin API; the agency
// so-lieu-tong-hop holds 100,000 synthetic ones.
const province = html`<vn-legal-docs agency="ubnd-tinh"></vn-legal-docs>`;
const count = (element: VnLegalDocs) => textOf(part(element, 'count'));
const liveText = (element: VnLegalDocs) => textOf(element.shadowRoot?.querySelector('[data-live]'));
const searches = (requests: { method: string; path: string }[]) => requests.filter((request) => request.path === '/legal-documents');

describe('<vn-legal-docs> search', () => {
  afterEach(restorePage);

  it('finds documents from a query without diacritics, and announces how many', async () => {
    const element = await register(province);
    await search(element, 'quyet dinh cong thong tin');
    const expected = await serverSearch('agency=ubnd-tinh&q=quyet+dinh+cong+thong+tin');
    expect(expected.total).to.be.greaterThan(3);
    expect(titles(element)).to.deep.equal(expected.items.map((item) => `Quyết định ${item.number}`));
    expect(titles(element)).to.include('Quyết định 10/2024/QĐ-UBND').and.include('Quyết định 36/2019/QĐ-UBND');
    expect(count(element)).to.equal(`Tìm thấy ${expected.total} văn bản.`);
    await waitUntil(() => liveText(element) === `Tìm thấy ${expected.total} văn bản.`, 'the count was not announced');
    await expectAccessible(element);
  });

  it('folds đ and diacritics typed in NFD, as macOS and some keyboards send them', async () => {
    const element = await register(province);
    const nfd = 'Đắk Lắk'.normalize('NFD');
    expect(nfd).to.not.equal('Đắk Lắk');
    const box = searchBox(element);
    box.focus();
    // As an input method delivers it: the decomposed text, then an input event.
    await after(element, 'vn-search', () => {
      box.value = nfd;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: nfd }));
    });
    expect(box.value).to.equal(nfd);
    const daklak = await serverSearch('agency=ubnd-tinh&q=dak+lak');
    expect(daklak.total).to.be.greaterThan(2);
    expect(titles(element)).to.deep.equal(daklak.items.map((item) => `Quyết định ${item.number}`));
    // The query is composed (NFC) before it reaches the URL and the API.
    expect(new URL(location.href).searchParams.get('vb-q')).to.equal('Đắk Lắk');
  });

  it('finds a document by part of its number: "10/2024" and "QĐ-UBND"', async () => {
    const element = await register(province);
    await search(element, '10/2024');
    expect(titles(element)).to.deep.equal(['Quyết định 10/2024/QĐ-UBND']);
    await search(element, 'QĐ-UBND');
    const decisions = titles(element);
    expect(decisions).to.include('Quyết định 3069/QĐ-UBND').and.include('Quyết định 01/2014/QĐ-UBND');
    expect(decisions.every((title) => title.endsWith('/QĐ-UBND'))).to.equal(true);
    await search(element, '42/2022/nd-cp');
    // The decree first, then the decisions based on it, which name it among their relations.
    const [decree, ...naming] = titles(element);
    expect(decree).to.equal('Nghị định 42/2022/NĐ-CP');
    expect(naming).to.have.members(['Quyết định 10/2024/QĐ-UBND', 'Quyết định 05/2026/QĐ-UBND', 'Chỉ thị 06/CT-UBND']);
  });

  it('filters by facets with counts, ORed within a facet and ANDed across facets', async () => {
    const element = await register(province);
    const types = facet(element, 'Loại văn bản');
    const all = await serverSearch('agency=ubnd-tinh');
    const circulars = all.facets.type.find((entry) => entry.value === 'circular')?.count ?? 0;
    expect(circulars).to.be.greaterThan(5);
    expect(textOf(types)).to.contain(`Thông tư (${circulars})`).and.contain('Quyết định (').and.contain('Luật (');
    await tick(element, 'Loại văn bản', 'Thông tư');
    expect(count(element)).to.equal(`Tìm thấy ${circulars} văn bản.`);
    expect(titles(element).every((title) => title.startsWith('Thông tư '))).to.equal(true);
    // The other types stay on offer with their counts, so a second one widens the search.
    expect(textOf(facet(element, 'Loại văn bản'))).to.contain('Nghị định (');
    await tick(element, 'Năm ban hành', '2017');
    expect(titles(element)).to.have.members(['Thông tư 03/2017/TT-BTTTT', 'Thông tư 32/2017/TT-BTTTT', 'Thông tư 39/2017/TT-BTTTT']);
    await tick(element, 'Loại văn bản', 'Nghị định');
    expect(titles(element)).to.include('Nghị định 09/2017/NĐ-CP').and.include('Thông tư 39/2017/TT-BTTTT');
    const url = new URL(location.href).searchParams;
    expect([url.getAll('vb-type'), url.getAll('vb-year')]).to.deep.equal([['circular', 'decree'], ['2017']]);
    expect(textOf(part(element, 'active-filters'))).to.contain('Thông tư').and.contain('2017').and.contain('Nghị định');
    await expectAccessible(element);
  });

  it('says when nothing matches and suggests removing a filter, which brings results back', async () => {
    const element = await register(province);
    await tick(element, 'Loại văn bản', 'Luật');
    await search(element, 'thong tu');
    expect((await serverSearch('agency=ubnd-tinh&type=law&q=thong+tu')).total).to.equal(0);
    expect(count(element)).to.equal('Không tìm thấy văn bản nào.');
    expect(textOf(part(element, 'empty'))).to.equal('Hãy thử bớt từ khóa hoặc bỏ bớt bộ lọc.');
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(count(element)).to.equal('No documents found.');
    await expectAccessible(element);
    const remove = [...(part(element, 'active-filters')?.querySelectorAll('button') ?? [])].find((button) => textOf(button).startsWith('Remove filter: Law'));
    await after(element, 'vn-search', () => remove?.click());
    const unfiltered = await serverSearch('agency=ubnd-tinh&q=thong+tu');
    expect(unfiltered.total).to.be.greaterThan(5);
    expect(count(element)).to.equal(`${unfiltered.total} documents found.`);
    expect(titles(element)).to.include('Circular 26/2020/TT-BTTTT');
    // The focus, on a button that is gone, goes to the count of the new results.
    await waitUntil(() => activeElement(element) === part(element, 'count'), 'the focus was dropped with the removed filter');
  });

  it('sorts by newest issued, newest in effect and relevance, and pages through the results', async () => {
    const element = await register(html`<vn-legal-docs agency="ubnd-tinh" page-size="5"></vn-legal-docs>`);
    const newest = await serverSearch('agency=ubnd-tinh&pageSize=5&sort=issued-desc');
    expect(titles(element).map((title) => title.split(' ').at(-1))).to.deep.equal(newest.items.map((item) => item.number));
    const select = part(element, 'sort') as HTMLSelectElement;
    expect(select.value).to.equal('issued-desc');
    await after(element, 'vn-search', () => {
      select.value = 'effective-desc';
      select.dispatchEvent(new Event('change'));
    });
    const effective = await serverSearch('agency=ubnd-tinh&pageSize=5&sort=effective-desc');
    expect(titles(element).map((title) => title.split(' ').at(-1))).to.deep.equal(effective.items.map((item) => item.number));
    const pages = part(element, 'pagination');
    const last = Math.ceil(effective.total / 5);
    expect(textOf(pages)).to.equal(`Trang 1/${last} Trang sau`);
    await after(element, 'vn-search', () => (pages?.querySelector('a') as HTMLAnchorElement).click());
    const second = await serverSearch('agency=ubnd-tinh&pageSize=5&sort=effective-desc&page=2');
    expect(titles(element).map((title) => title.split(' ').at(-1))).to.deep.equal(second.items.map((item) => item.number));
    expect(textOf(part(element, 'pagination'))).to.equal(`Trang trước Trang 2/${last} Trang sau`);
    expect(new URL(location.href).searchParams.get('vb-page')).to.equal('2');
    await waitUntil(() => activeElement(element) === part(element, 'count'), 'the focus did not move to the new page');
    // A new search starts again on the first page.
    await search(element, 'cong thong tin');
    expect(textOf(part(element, 'pagination'))).to.match(/^Trang 1\//);
    await expectAccessible(element);
  });

  it('shows each document with its number, type, summary, date of issue in dd/mm/yyyy, issuer and validity', async () => {
    const element = await register(province);
    await search(element, '64/2025/QH15');
    const result = part(element, 'result');
    expect(textOf(result?.querySelector('a'))).to.equal('Luật 64/2025/QH15');
    const facts = () => [...(result?.querySelectorAll('dl div') ?? [])].map((fact) => [textOf(fact.querySelector('dt')), textOf(fact.querySelector('dd'))]);
    expect(textOf(result?.querySelector('p'))).to.equal('Luật Ban hành văn bản quy phạm pháp luật');
    expect(facts()).to.deep.equal([
      ['Ngày ban hành', '19/02/2025'],
      ['Cơ quan ban hành', 'Quốc hội'],
      ['Tình trạng hiệu lực', 'Còn hiệu lực'],
    ]);
    expect(textOf(part(element, 'badge'))).to.equal('Còn hiệu lực');
    expect(result?.querySelector('time')?.getAttribute('datetime')).to.equal('2025-02-19');
    await setPageLang('en', element);
    expect(textOf(result?.querySelector('p'))).to.equal('Law on the Promulgation of Legal Documents');
    expect(facts()).to.deep.equal([
      ['Date of issue', '19 February 2025'],
      ['Issued by', 'National Assembly'],
      ['Validity', 'In force'],
    ]);
    expect(textOf(part(element, 'badge'))).to.equal('In force');
  });

  it('lists attachments with their format, size and digital signature', async () => {
    const element = await register(html`<vn-legal-docs agency="stttt"></vn-legal-docs>`);
    const files = [...(part(element, 'attachments')?.querySelectorAll('li') ?? [])].map((item) => textOf(item));
    expect(files).to.deep.equal(['08-2025-QD-UBND.pdf (PDF, 1,2 MB, đã ký số)', 'Phu-luc-danh-muc-du-lieu.docx (DOCX, 47,5 kB)']);
    expect(part(element, 'attachments')?.querySelector('a')?.getAttribute('href')).to.equal('https://portal.binhson.example/van-ban/08-2025-qd-ubnd.pdf');
    expect(textOf(part(element, 'badge'))).to.equal('Hết hiệu lực một phần');
    await expectAccessible(element);
  });

  it('lists the newest documents compactly in latest mode, within its scope', async () => {
    const element = await register(html`<vn-legal-docs mode="latest" agency="ubnd-tinh" page-size="3"></vn-legal-docs>`);
    const latest = (await (await fetch(`${apiBase()}/api/v1/legal-documents/latest?agency=ubnd-tinh&limit=3`)).json()) as { items: { number: string }[] };
    expect(titles(element).map((title) => title.split(' ').at(-1))).to.deep.equal(latest.items.map((item) => item.number));
    const circulars = await register(html`<vn-legal-docs mode="latest" agency="ubnd-tinh" type="circular"></vn-legal-docs>`);
    const newest = await serverSearch('agency=ubnd-tinh&type=circular&sort=issued-desc&pageSize=5');
    expect(titles(circulars)).to.deep.equal(newest.items.map((item) => `Thông tư ${item.number}`));
    expect(part(element, 'search')).to.equal(null);
    expect(part(element, 'filters')).to.equal(null);
    await expectAccessible(element);
    await setPageLang('en', element);
    await expectAccessible(element);
  });

  it('keeps to its scope: agency, type and status attributes preset the filters', async () => {
    const element = await register(html`<vn-legal-docs agency="ubnd-tinh" type="law decree" status="expired"></vn-legal-docs>`);
    const expected = await serverSearch('agency=ubnd-tinh&type=law&type=decree&status=expired');
    expect(titles(element)).to.have.members(expected.items.map((item) => `${item.type === 'law' ? 'Luật' : 'Nghị định'} ${item.number}`));
    expect(titles(element)).to.include('Luật 80/2015/QH13').and.include('Nghị định 97/2008/NĐ-CP');
    // A one-value scope has no facet; a wider one offers only its own values.
    expect(facet(element, 'Tình trạng hiệu lực')).to.equal(undefined);
    expect([...facet(element, 'Loại văn bản').querySelectorAll('label')].map((label) => textOf(label).split(' (')[0])).to.have.members(['Luật', 'Nghị định']);
    await tick(element, 'Loại văn bản', 'Luật');
    expect(titles(element)).to.deep.equal(['Luật 80/2015/QH13']);
    const other = await register(html`<vn-legal-docs agency="stttt" sync-url="off"></vn-legal-docs>`);
    expect(titles(other)).to.deep.equal(['Quyết định 08/2025/QĐ-UBND']);
  });

  it('sends one search for a word typed key by key, aborts the one further keys make stale, and drops no key', async () => {
    // 100,000 documents, tens of thousands of which hold "quyet".
    const element = await register(html`<vn-legal-docs agency="so-lieu-tong-hop"></vn-legal-docs>`);
    const gate = holdResponses((url) => url.pathname.endsWith('/legal-documents') && url.searchParams.get('q') === 'quyet');
    const watch = watchRequests();
    try {
      searchBox(element).focus();
      // The space waits for the next word: the search for "quyet" must not take it away.
      for (const key of 'quyet ') await sendKeys({ type: key });
      await waitUntil(() => gate.held.length === 1, 'no search was sent for "quyet"');
      expect(searches(watch.requests).length).to.equal(1);
      expect(part(element, 'base')?.getAttribute('aria-busy')).to.equal('true');
      // Typing on while that answer is awaited: after the pause, one more search, and the stale one aborted.
      const done = oneEvent(element, 'vn-search');
      for (const key of 'dinh') await sendKeys({ type: key });
      await done;
      await waitUntil(() => gate.held[0]?.request.signal.aborted, 'the stale search was not aborted');
      await element.updateComplete;
      await settled(element);
      const sent = searches(watch.requests);
      expect(sent.length).to.equal(2);
      expect(searchBox(element).value).to.equal('quyet dinh');
      const expected = await serverSearch('agency=so-lieu-tong-hop&q=quyet+dinh');
      expect(expected.total).to.be.greaterThan(1000);
      expect(count(element)).to.equal(`Tìm thấy ${expected.total.toLocaleString('vi-VN')} văn bản.`);
      expect(titles(element).length).to.equal(20);
    } finally {
      watch.restore();
      gate.restore();
    }
  });

  it('can be used by keyboard alone: search, filter, open a document and come back', async () => {
    const element = await register(province);
    const tabTo = async (wanted: () => Element | null | undefined, what: string) => {
      for (let step = 0; step < 60 && activeElement(element) !== wanted(); step++) await sendKeys({ press: 'Tab' });
      expect(activeElement(element), what).to.equal(wanted());
    };
    searchBox(element).focus();
    await after(element, 'vn-search', async () => {
      await sendKeys({ type: 'cong thong tin' });
      await sendKeys({ press: 'Enter' });
    });
    const before = titles(element).length;
    await tabTo(() => facet(element, 'Loại văn bản').querySelector('summary'), 'the type facet');
    await sendKeys({ press: 'Enter' });
    await tabTo(() => facet(element, 'Loại văn bản').querySelector('input'), 'the first type');
    await after(element, 'vn-search', () => sendKeys({ press: 'Space' }));
    expect(titles(element).length).to.be.lessThan(before);
    const first = () => part(element, 'result')?.querySelector('a');
    const opened = textOf(first());
    await tabTo(first, 'the first result');
    await after(element, 'vn-document-open', () => sendKeys({ press: 'Enter' }));
    await waitUntil(() => activeElement(element) === part(element, 'title'), 'the focus did not move to the document');
    expect(textOf(part(element, 'title'))).to.equal(opened);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(activeElement(element)).to.equal(part(element, 'back-link')?.querySelector('a'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(activeElement(element)) === opened, 'the focus did not come back to the document’s link');
  });

  it('shows a skeleton while loading, and an error with Retry when the API is unreachable', async () => {
    const loading = await fixture<VnLegalDocs>(province);
    expect(part(loading, 'base')?.getAttribute('aria-busy')).to.equal('true');
    expect(part(loading, 'skeleton')).to.not.equal(null);
    await expectAccessible(loading);
    const element = await fixture<VnLegalDocs>(html`<vn-legal-docs api-base=${unreachableApi}></vn-legal-docs>`);
    const { detail } = await oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
    expect(detail.error.kind).to.equal('network');
    await settled(element);
    // The search box stays, so the visitor can search again once the portal answers.
    expect(searchBox(element)).to.not.equal(null);
    await expectRetryOffered(element);
  });

  it('is accessible in English with the facets open', async () => {
    const element = await register(province);
    await setPageLang('en', element);
    for (const details of parts(element, 'facet')) (details as HTMLDetailsElement).open = true;
    await element.updateComplete;
    expect(textOf(part(element, 'filters'))).to.contain('Document type').and.contain('Year of issue').and.contain('Validity');
    await expectAccessible(element);
  });
});
