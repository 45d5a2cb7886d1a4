import { expect, html } from '@open-wc/testing';
import { expectAccessible, part, parts, setPageLang, textOf } from '../../test/browser-helpers.js';
import { after, register, restorePage, restorePageUrl, search, titles } from '../../test/legal-docs-helpers.js';
import './vn-legal-docs.js';
import type { VnLegalDocs } from './legal-docs.js';

const province = html`<vn-legal-docs agency="ubnd-tinh"></vn-legal-docs>`;
const marks = (element: VnLegalDocs) => parts(element, 'result').map((result) => [...result.querySelectorAll('mark')].map((mark) => textOf(mark)));

describe('<vn-legal-docs> reading a search', () => {
  afterEach(restorePage);

  it('shows the document number recognised in a citation, and the document first', async () => {
    const element = await register(province);
    await search(element, 'Nghị định số 42/2022/NĐ-CP');
    expect(titles(element)[0]).to.equal('Nghị định 42/2022/NĐ-CP');
    expect(textOf(part(element, 'reading'))).to.equal('Tìm văn bản số 42/2022/NĐ-CP');
    expect(part(element, 'closest-notice')).to.equal(null);
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'reading'))).to.equal('Looking for document No. 42/2022/NĐ-CP');
  });

  it('marks the searched words in summaries, whatever their accents', async () => {
    const element = await register(province);
    await search(element, 'bao ve du lieu ca nhan');
    expect(titles(element)).to.include('Luật 91/2025/QH15');
    expect(marks(element)[0]).to.deep.equal(['Bảo', 'vệ', 'dữ', 'liệu', 'cá', 'nhân']);
    const summary = parts(element, 'result')[0]?.querySelector('p');
    // Marked words read as one text.
    expect(textOf(summary)).to.contain('Bảo vệ dữ liệu cá nhân');
    await expectAccessible(element);
  });

  it('says when no document has every word and shows the closest, in both languages', async () => {
    const element = await register(province);
    await search(element, 'quy chế hoạt động cổng thông tin điện tử tỉnh Hà Giang');
    expect(titles(element).length).to.be.greaterThan(0);
    expect(textOf(part(element, 'closest-notice'))).to.equal('Không có văn bản chứa đủ mọi từ; đây là các văn bản gần nhất.');
    await expectAccessible(element);
    await setPageLang('en', element);
    expect(textOf(part(element, 'closest-notice'))).to.equal('No document has every word; these are the closest.');
    await expectAccessible(element);
  });

  it('corrects a typo, suggests the corrected words, and searches them when the link is followed', async () => {
    const element = await register(province);
    await search(element, 'cong thon tin dien tu tinh quang nam');
    expect(titles(element)).to.deep.equal(['Quyết định 3069/QĐ-UBND']);
    const suggestion = part(element, 'did-you-mean');
    expect(textOf(suggestion)).to.equal('Có phải bạn muốn tìm: cong thong tin dien tu tinh quang nam');
    expect(marks(element)[0]).to.include('Cổng').and.include('thông').and.include('Quảng');
    await expectAccessible(element);
    await after(element, 'vn-search', () => suggestion?.querySelector('a')?.click());
    expect(new URL(location.href).searchParams.get('vb-q')).to.equal('cong thong tin dien tu tinh quang nam');
    expect(titles(element)).to.deep.equal(['Quyết định 3069/QĐ-UBND']);
    expect(part(element, 'did-you-mean')).to.equal(null);
  });
});

describe('<vn-legal-docs> legal force in the list', () => {
  afterEach(() => {
    restorePageUrl();
  });

  it('ranks the decree in force before the one it replaced, which names and links its replacement', async () => {
    const element = await register(province);
    await search(element, 'cong thong tin');
    const found = titles(element);
    expect(found.indexOf('Nghị định 42/2022/NĐ-CP')).to.be.within(0, found.indexOf('Nghị định 43/2011/NĐ-CP'));
    const replaced = parts(element, 'result').find((result) => textOf(result.querySelector('a')) === 'Nghị định 43/2011/NĐ-CP');
    const link = [...(replaced?.querySelectorAll('dd a') ?? [])].find((anchor) => textOf(anchor) === '42/2022/NĐ-CP');
    expect(textOf(replaced)).to.contain('Văn bản thay thế');
    await after(element, 'vn-document-open', () => (link as HTMLAnchorElement | undefined)?.click());
    expect(textOf(element.shadowRoot?.querySelector('h2, h1'))).to.contain('42/2022/NĐ-CP');
  });
});
