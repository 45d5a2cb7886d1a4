import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessible, part, setPageLang, settled, textOf } from '../../test/browser-helpers.js';
import { activeElement, after, goBack, metadata, open, register, restorePage, search, searchBox, tick, titles } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';
import type { VnLegalDocs } from './legal-docs.js';

const province = html`<vn-legal-docs agency="ubnd-tinh"></vn-legal-docs>`;
const openFacet = (element: VnLegalDocs) => element.shadowRoot?.querySelector('[part~="facet"][open]');
const params = () => new URL(location.href).searchParams;
const jsonLd = (element: VnLegalDocs) => JSON.parse(element.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null') as Record<string, unknown> | null;
const relations = (element: VnLegalDocs) =>
  [...(part(element, 'relations')?.querySelectorAll('dt') ?? [])].map((term) => [textOf(term), [...(term.nextElementSibling?.querySelectorAll('li') ?? [])].map((item) => textOf(item))]);

/** Puts a fake clipboard in place of the real one, which a test page cannot use unattended. */
function fakeClipboard(): { written: string[]; restore: () => void } {
  const written: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', { value: (text: string) => Promise.resolve(void written.push(text)), configurable: true });
  return { written, restore: () => Reflect.deleteProperty(navigator.clipboard, 'writeText') };
}

describe('<vn-legal-docs> documents', () => {
  afterEach(restorePage);

  it('opens a document with every field of the national register, marking those not yet recorded', async () => {
    const element = await register(province);
    await search(element, '10/2024');
    await open(element, 'Quyết định 10/2024/QĐ-UBND');
    expect(textOf(part(element, 'title'))).to.equal('Quyết định 10/2024/QĐ-UBND');
    expect(metadata(element)).to.deep.equal({
      'Số ký hiệu': '10/2024/QĐ-UBND',
      'Loại văn bản': 'Quyết định',
      'Ngày ban hành': '23/02/2024',
      'Cơ quan ban hành': 'UBND tỉnh Đắk Lắk',
      'Người ký': 'Nguyễn Tuấn Hà',
      'Ngày đăng công báo': 'Đang cập nhật',
      'Số công báo': 'Đang cập nhật',
      'Ngày có hiệu lực': '12/03/2024',
      'Tình trạng hiệu lực': 'Chưa xác định',
      'Lĩnh vực': 'Công nghệ thông tin, Báo chí, truyền thông',
    });
    expect(params().get('vb-doc')).to.equal('10-2024-qd-ubnd');
    expect(params().get('vb-q')).to.equal('10/2024');
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(metadata(element)['Issued by']).to.equal('Đắk Lắk Provincial People’s Committee');
    expect(metadata(element)['Gazette number']).to.equal('Not yet updated');
    await expectAccessible(element);
  });

  it('shows gazette, signer, expiry and attachments, and Vietnamese-only text marked as such in English', async () => {
    const element = await register(html`<vn-legal-docs agency="stttt"></vn-legal-docs>`);
    await open(element, 'Quyết định 08/2025/QĐ-UBND');
    expect(metadata(element)).to.include({
      'Người ký': 'Lê Thị Thu Hà, Phó Chủ tịch Thường trực',
      'Ngày đăng công báo': '02/04/2025',
      'Số công báo': '15+16',
      'Ngày có hiệu lực': '01/04/2025',
      'Ngày hết hiệu lực': '31/12/2030',
      'Tình trạng hiệu lực': 'Hết hiệu lực một phần',
    });
    expect([...(part(element, 'document')?.querySelectorAll('[part~="attachments"] li') ?? [])].map((item) => textOf(item))).to.deep.equal([
      '08-2025-QD-UBND.pdf (PDF, 1,2 MB, đã ký số)',
      'Phu-luc-danh-muc-du-lieu.docx (DOCX, 47,5 kB)',
    ]);
    await setPageLang('en', element);
    const summary = part(element, 'document')?.querySelector('.summary span[lang="vi"]');
    expect(textOf(summary)).to.match(/^Ban hành Quy định về danh mục dữ liệu mở/);
    expect(metadata(element)['Signed by']).to.equal('Lê Thị Thu Hà, Standing Vice Chairwoman');
    await expectAccessible(element);
  });

  it('opens a national document onto a link to its official text, and the province’s own onto its full text', async () => {
    const element = await register(province);
    await search(element, '147/2024');
    await open(element, 'Nghị định 147/2024/NĐ-CP');
    const links = () => [...(part(element, 'document')?.querySelectorAll<HTMLAnchorElement>('[part~="attachments"] a') ?? [])];
    expect(links().map((link) => [link.href, textOf(link.parentElement)])).to.deep.equal([
      ['https://vbpl.vn/', 'Tra cứu toàn văn tại Cơ sở dữ liệu quốc gia về văn bản pháp luật (vbpl.vn) (HTML)'],
    ]);
    expect(relations(element)).to.deep.include(['Văn bản được thay thế', ['72/2013/NĐ-CP – Về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng', '27/2018/NĐ-CP – Sửa đổi, bổ sung một số điều của Nghị định số 72/2013/NĐ-CP ngày 15 tháng 7 năm 2013 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng']]);
    await expectAccessible(element);
    await setPageLang('en', element);
    // The link's name stays the register's Vietnamese, marked as such for screen readers.
    expect(links().map((link) => link.lang)).to.deep.equal(['vi']);
    await expectAccessible(element);

    await goBack(element);
    await search(element, '05/2026/QĐ-UBND');
    await open(element, 'Decision 05/2026/QĐ-UBND');
    const fullText = () => part(element, 'document')?.querySelector('.content');
    expect(textOf(fullText())).to.match(/^Article 1\. The Regulation on the operation of the Bình Sơn provincial web portal/);
    await setPageLang('vi', element);
    expect(textOf(fullText())).to.match(/^Căn cứ Luật Tổ chức chính quyền địa phương.*QUYẾT ĐỊNH: Điều 1\. Ban hành kèm theo Quyết định này/);
    expect(part(element, 'document')?.querySelector('[part~="attachments"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('navigates relations both ways inside the element, and Back retraces the steps', async () => {
    const element = await register(province);
    await search(element, '12/2022/TT-BTTTT');
    await open(element, 'Thông tư 12/2022/TT-BTTTT');
    expect(relations(element)).to.deep.equal([
      ['Văn bản được thay thế', ['03/2017/TT-BTTTT – Quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ']],
      ['Văn bản được hướng dẫn', ['85/2016/NĐ-CP – Về bảo đảm an toàn hệ thống thông tin theo cấp độ']],
    ]);
    await open(element, '03/2017/TT-BTTTT');
    expect(textOf(part(element, 'title'))).to.equal('Thông tư 03/2017/TT-BTTTT');
    await waitUntil(() => activeElement(element) === part(element, 'title'), 'the focus did not move to the related document');
    // The register shows the inverse relation on the replaced document.
    expect(relations(element)).to.deep.include(['Văn bản thay thế', ['12/2022/TT-BTTTT – Quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ']]);
    expect(params().get('vb-doc')).to.equal('03-2017-tt-btttt');
    await goBack(element);
    expect(textOf(part(element, 'title'))).to.equal('Thông tư 12/2022/TT-BTTTT');
    await goBack(element);
    expect(part(element, 'document')).to.equal(null);
    // The circular bearing the number first; documents naming it among their relations after it.
    expect(titles(element)[0]).to.equal('Thông tư 12/2022/TT-BTTTT');
    await waitUntil(() => textOf(activeElement(element)) === 'Thông tư 12/2022/TT-BTTTT', 'the focus did not return to the document’s link');
    // And Forward goes to the document again.
    await goBack(element, -1);
    expect(textOf(part(element, 'title'))).to.equal('Thông tư 12/2022/TT-BTTTT');
  });

  it('restores the same view from the URL, as a reload or a shared link does', async () => {
    const first = await register(province);
    await tick(first, 'Loại văn bản', 'Nghị định');
    await search(first, 'thong tin');
    await open(first, 'Nghị định 72/2013/NĐ-CP');
    const shared = location.href;
    first.remove();
    // A fresh element on the same URL, as after a reload.
    const reloaded = await register(province);
    expect(location.href).to.equal(shared);
    expect(textOf(part(reloaded, 'title'))).to.equal('Nghị định 72/2013/NĐ-CP');
    // Back from there is the list the first element showed.
    await goBack(reloaded);
    expect(searchBox(reloaded).value).to.equal('thong tin');
    expect(titles(reloaded)).to.include('Nghị định 72/2013/NĐ-CP');
    expect(titles(reloaded).every((title) => title.startsWith('Nghị định '))).to.equal(true);
    expect(openFacet(reloaded)?.querySelector<HTMLInputElement>('input:checked')).to.not.equal(null);
  });

  it('goes back to the list it came from, with the query, filters and page, on history.back()', async () => {
    const element = await register(html`<vn-legal-docs agency="ubnd-tinh" page-size="3"></vn-legal-docs>`);
    await tick(element, 'Loại văn bản', 'Thông tư');
    await after(element, 'vn-search', () => (part(element, 'pagination')?.querySelector('a') as HTMLAnchorElement).click());
    const page2 = titles(element);
    await open(element, page2[0] ?? '');
    expect(part(element, 'document')).to.not.equal(null);
    await goBack(element);
    expect(part(element, 'document')).to.equal(null);
    expect(titles(element)).to.deep.equal(page2);
    expect(textOf(part(element, 'pagination'))).to.contain('Trang 2/');
    expect(openFacet(element)?.querySelector<HTMLInputElement>('input:checked')).to.not.equal(null);
    await goBack(element);
    expect(textOf(part(element, 'pagination'))).to.contain('Trang 1/');
    await goBack(element);
    expect(part(element, 'active-filters')).to.equal(null);
    expect(searchBox(element).value).to.equal('');
  });

  it('publishes schema.org Legislation data with its legal force', async () => {
    const element = await register(province);
    await search(element, '64/2025/QH15');
    await open(element, 'Luật 64/2025/QH15');
    expect(jsonLd(element)).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: 'Luật 64/2025/QH15',
      legislationIdentifier: '64/2025/QH15',
      legislationType: 'Luật',
      legislationDate: '2025-02-19',
      legislationDateOfApplicability: '2025-04-01',
      legislationJurisdiction: 'VN',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Quốc hội' },
      legislationRepeals: [{ '@type': 'Legislation', legislationIdentifier: '80/2015/QH13' }],
    });
    await open(element, '80/2015/QH13');
    expect(jsonLd(element)?.legislationLegalForce).to.equal('https://schema.org/NotInForce');
    await goBack(element);
    await goBack(element);
    expect(jsonLd(element)).to.equal(null);
  });

  it('copies the citation as official documents write it', async () => {
    const clipboard = fakeClipboard();
    try {
      const element = await register(province);
      await search(element, '42/2022/NĐ-CP');
      await open(element, 'Nghị định 42/2022/NĐ-CP');
      const expected = `Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng. ${location.href}`;
      expect(textOf(part(element, 'citation')?.querySelector('p'))).to.equal(expected);
      const copied = oneEvent<GlobalEventHandlersEventMap['vn-copy']>(element, 'vn-copy');
      (part(element, 'copy-button') as HTMLButtonElement).click();
      expect((await copied).detail.text).to.equal(expected);
      expect(clipboard.written).to.deep.equal([expected]);
      await waitUntil(() => textOf(element.shadowRoot?.querySelector('[data-live]')) === 'Đã sao chép trích dẫn.', 'the copy was not announced');
    } finally {
      clipboard.restore();
    }
  });

  it('cites a law by its name first', async () => {
    const element = await register(html`<vn-legal-docs sync-url="off" agency="ubnd-tinh"></vn-legal-docs>`);
    await search(element, '67/2006/QH11');
    await open(element, 'Luật 67/2006/QH11');
    expect(textOf(part(element, 'citation')?.querySelector('p'))).to.equal('Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/06/2006 của Quốc hội');
    await setPageLang('en', element);
    expect(textOf(part(element, 'citation')?.querySelector('p'))).to.equal('Law on Information Technology No. 67/2006/QH11 of 29 June 2006, National Assembly');
  });

  it('keeps out of the URL with sync-url="off"', async () => {
    const before = location.href;
    const quiet = await register(html`<vn-legal-docs sync-url="off" agency="ubnd-tinh"></vn-legal-docs>`);
    await search(quiet, 'bao chi');
    await open(quiet, 'Luật 103/2016/QH13');
    expect(textOf(part(quiet, 'title'))).to.equal('Luật 103/2016/QH13');
    expect(location.href).to.equal(before);
  });

  it('shares a page with another register, each with its own URL parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?trang=tin-tuc&vb-q=luat`);
    // fixtureSync: fixture() would wait for an animation frame, which a test page in the background never gets.
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <vn-legal-docs agency="ubnd-tinh"></vn-legal-docs>
      <vn-legal-docs agency="ubnd-tinh" mode="drafts"></vn-legal-docs>
    </div>`);
    const [register1, drafts] = [...wrapper.querySelectorAll('vn-legal-docs')] as [VnLegalDocs, VnLegalDocs];
    await Promise.all([settled(register1), settled(drafts)]);
    expect(searchBox(register1).value).to.equal('luat');
    expect(searchBox(drafts).value).to.equal('');
    await search(drafts, 'du lieu');
    expect([params().get('trang'), params().get('vb-q'), params().get('dt-q')]).to.deep.equal(['tin-tuc', 'luat', 'du lieu']);
    expect(searchBox(register1).value).to.equal('luat');
  });

  it('says so when the document of a link is no longer in the register', async () => {
    history.replaceState(null, '', `${location.pathname}?vb-doc=khong-con-van-ban-nay`);
    const element = await register(province);
    expect(textOf(part(element, 'empty'))).to.equal('Không có văn bản này trong cơ sở dữ liệu văn bản.');
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'empty'))).to.equal('This document is not in the register.');
    await expectAccessible(element);
  });
});
