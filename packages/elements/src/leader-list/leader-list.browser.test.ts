import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apiBase, expectAccessible, expectRetryOffered, part, parts, setPageLang, settled, settledFixture, simulateNetworkFailure, textOf, unreachableApi } from '../../test/browser-helpers.js';
import './vn-leader-list.js';
import type { VnLeaderList } from './leader-list.js';

const leaderList = (template: ReturnType<typeof html>) => settledFixture<VnLeaderList>(template);

const names = (element: VnLeaderList) => parts(element, 'name').map(textOf);

describe('<vn-leader-list>', () => {
  afterEach(async () => {
    await setPageLang('vi');
  });

  it('shows the agency’s leaders from the API in protocol order, with contact links', async () => {
    const element = await leaderList(html`<vn-leader-list agency="ubnd-tinh"></vn-leader-list>`);
    expect(names(element)).to.deep.equal(['Hoàng Minh Tuấn', 'Lê Thị Thu Hà', 'Phạm Quốc Việt']);
    const first = parts(element, 'leader')[0];
    expect(textOf(first ?? null)).to.contain('Chủ tịch Ủy ban nhân dân tỉnh').and.contain('Đảm nhiệm từ 15/06/2021');
    const links = [...(first?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'));
    expect(links).to.include('tel:+842633822001').and.include('mailto:minh.tuan@binhson.example');
    expect(element.getAttribute('layout')).to.equal('grid');
    await expectAccessible(element);
  });

  it('shows a photo loaded lazily with a text alternative, every contact, and the term', async () => {
    const element = await leaderList(html`<vn-leader-list agency="sgddt"></vn-leader-list>`);
    const photo = part(element, 'photo') as HTMLImageElement;
    expect(photo.loading).to.equal('lazy');
    expect(photo.alt).to.equal('Ảnh chân dung Nguyễn Thị Ánh Tuyết');
    expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['300', '400']);
    const contacts = part(element, 'contacts');
    expect([...(contacts?.querySelectorAll('dt') ?? [])].map(textOf)).to.deep.equal(['Điện thoại', 'Di động', 'Fax', 'Thư điện tử']);
    expect(textOf(part(element, 'leader'))).to.contain('Nhiệm kỳ: 15/06/2021 – 14/06/2026');
  });

  it('publishes schema.org Person data in its light DOM', async () => {
    const element = await leaderList(html`<vn-leader-list agency="stttt"></vn-leader-list>`);
    const script = element.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}') as { '@graph': { '@type': string; name: string; faxNumber?: string }[] };
    expect(data['@graph'].map((person) => [person['@type'], person.name])).to.deep.equal([
      ['Person', 'Đỗ Thanh Sơn'],
      ['Person', 'Vũ Thị Lan'],
    ]);
    expect(data['@graph'][0]?.faxNumber).to.equal('0263 3823 199');
  });

  it('wraps a long email address after @ and dots in a narrow column, never mid-word and never past its column', async () => {
    const element = await leaderList(html`<vn-leader-list agency="ubnd-tinh" style="inline-size: 12rem"></vn-leader-list>`);
    const link = [...(parts(element, 'contacts')[0]?.querySelectorAll('a') ?? [])].find((candidate) => candidate.href.startsWith('mailto:')) as HTMLAnchorElement;
    expect(textOf(link)).to.equal('minh.tuan@binhson.example');
    // The text's lines, read character by character from where the browser put them.
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    const lines = new Map<number, string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // An ASCII address: one UTF-16 unit per character.
      const characters = (node.textContent ?? '').split('');
      characters.forEach((character, index) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? '') + character);
      });
    }
    const broken = [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
    expect(broken.length, `wrapped: ${broken.join(' | ')}`).to.be.greaterThan(1);
    for (const line of broken.slice(0, -1)) expect(line, broken.join(' | ')).to.match(/[@./]$/);
    const column = link.closest('dd')?.getBoundingClientRect();
    expect(link.getBoundingClientRect().right).to.be.at.most((column?.right ?? 0) + 0.5);
    await expectAccessible(element);
  });

  it('offers each leader as a UTF-8 vCard', async () => {
    const element = await leaderList(html`<vn-leader-list agency="sgddt"></vn-leader-list>`);
    const link = part(element, 'vcard') as HTMLAnchorElement;
    expect(link.download).to.equal('Nguyễn Thị Ánh Tuyết.vcf');
    const card = decodeURIComponent(link.href.replace('data:text/vcard;charset=utf-8,', ''));
    expect(card).to.contain('VERSION:4.0\r\nFN:Nguyễn Thị Ánh Tuyết\r\nN:Nguyễn;Tuyết;Thị Ánh;;');
    expect(card).to.contain('TEL;TYPE=fax;VALUE=uri:tel:+842633826199').and.contain('EMAIL;TYPE=work:tuyet.nta@binhson.example');
    expect(textOf(link)).to.equal('Lưu danh bạ (vCard): Nguyễn Thị Ánh Tuyết');
  });

  it('opens the biography from the keyboard, sanitized, and closes it again', async () => {
    const element = await leaderList(html`<vn-leader-list agency="sgddt"></vn-leader-list>`);
    const button = part(element, 'biography-button') as HTMLButtonElement;
    const biography = part(element, 'biography');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(biography?.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => biography?.querySelector('strong'), 'the biography did not render');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(biography?.id);
    expect(textOf(biography)).to.contain('Tiến sĩ Giáo dục học');
    expect(biography?.querySelector('script, [onerror]')).to.equal(null);
    expect((window as { bioScriptRan?: boolean }).bioScriptRan).to.equal(undefined);
    await expectAccessible(element);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(biography?.hidden).to.equal(true);
  });

  it('lays leaders out as a table', async () => {
    const element = await leaderList(html`<vn-leader-list agency="ubnd-tinh" layout="table"></vn-leader-list>`);
    const table = part(element, 'table') as HTMLTableElement;
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Họ và tên', 'Chức vụ', 'Liên hệ', 'Danh thiếp']);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map(textOf)).to.deep.equal(['Hoàng Minh Tuấn', 'Lê Thị Thu Hà', 'Phạm Quốc Việt']);
    await expectAccessible(element);
    element.layout = 'list';
    await element.updateComplete;
    expect(part(element, 'list')).to.not.equal(null);
  });

  it('re-renders in English when the page language changes, marking Vietnamese-only content', async () => {
    const element = await leaderList(html`<vn-leader-list agency="sgddt"></vn-leader-list>`);
    const other = await leaderList(html`<vn-leader-list agency="ubnd-tinh"></vn-leader-list>`);
    await setPageLang('en', element, other);
    expect(textOf(part(other, 'leader'))).to.contain('Chairman of the Provincial People’s Committee').and.contain('In office since 15 June 2021');
    const position = part(element, 'leader')?.querySelector('p span[lang="vi"]');
    expect(textOf(position ?? null)).to.equal('Giám đốc Sở');
    expect((part(element, 'photo') as HTMLImageElement).alt).to.equal('Portrait of Nguyễn Thị Ánh Tuyết');
    expect(textOf(part(element, 'biography-button'))).to.equal('Biography: Nguyễn Thị Ánh Tuyết');
    await expectAccessible(element);
    await expectAccessible(other);
  });

  it('follows its own lang over the page’s', async () => {
    const element = await leaderList(html`<vn-leader-list agency="stttt" lang="en"></vn-leader-list>`);
    expect(textOf(part(element, 'leader'))).to.contain('Director');
    element.lang = 'vi';
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(textOf(part(element, 'leader'))).to.contain('Giám đốc Sở');
  });

  it('shows the loading state with aria-busy and a skeleton', async () => {
    const element = await fixture<VnLeaderList>(html`<vn-leader-list agency="ubnd-tinh"></vn-leader-list>`);
    expect(part(element, 'base')?.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
    await settled(element);
    expect(part(element, 'skeleton')).to.equal(null);
  });

  it('says so when the agency lists no leader', async () => {
    const element = await leaderList(html`<vn-leader-list agency="vp-ubnd"></vn-leader-list>`);
    expect(textOf(part(element, 'empty'))).to.equal('Chưa có thông tin lãnh đạo.');
    await expectAccessible(element);
  });

  it('reports an unreachable API with vn-error and a Retry button', async () => {
    const element = await fixture<VnLeaderList>(html`<vn-leader-list api-base=${unreachableApi}></vn-leader-list>`);
    const { detail } = await oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
    expect(detail.error.kind).to.equal('network');
    await settled(element);
    await expectRetryOffered(element);
  });

  it('retries from the keyboard after a network failure', async () => {
    const restore = simulateNetworkFailure();
    const element = await leaderList(html`<vn-leader-list agency="stttt"></vn-leader-list>`);
    restore();
    (part(element, 'retry-button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(element).length === 2, 'the retry did not load the leaders');
    expect(part(element, 'error')).to.equal(null);
    await waitUntil(() => element.shadowRoot?.activeElement === part(element, 'base'), 'focus was dropped with the Retry button');
  });

  it('says when no API address is configured anywhere', async () => {
    const meta = document.querySelector('meta[name="vn-portal:api"]');
    meta?.remove();
    try {
      const element = await fixture<VnLeaderList>(html`<vn-leader-list></vn-leader-list>`);
      await element.updateComplete;
      expect(textOf(part(element, 'error'))).to.equal('Tiện ích này chưa được cấu hình địa chỉ cổng thông tin.');
      expect(part(element, 'retry-button')).to.equal(null);
    } finally {
      if (meta) document.head.append(meta);
    }
  });

  it('takes its API base from VnPortal.configure() when it has no attribute', async () => {
    const base = apiBase();
    const meta = document.querySelector('meta[name="vn-portal:api"]');
    meta?.remove();
    try {
      const element = await fixture<VnLeaderList>(html`<vn-leader-list agency="stp"></vn-leader-list>`);
      window.VnPortal?.configure({ apiBase: base });
      await element.updateComplete;
      await settled(element);
      expect(names(element)).to.deep.equal(['Ngô Văn Hải']);
    } finally {
      window.VnPortal?.configure({ apiBase: undefined });
      if (meta) document.head.append(meta);
    }
  });

  it('marks a position whose English is older than its Vietnamese as possibly outdated, in English only', async () => {
    // The reference server's leader of the Department of Planning and Investment whose Vietnamese changed last.
    const element = await leaderList(html`<vn-leader-list agency="skhdt"></vn-leader-list>`);
    const card = () => parts(element, 'leader').find((leader) => textOf(leader).includes('Đinh Văn Dịch')) ?? null;
    expect(card()?.querySelector('[part~="outdated-english"]')).to.equal(null);
    await setPageLang('en', element);
    expect(textOf(card()?.querySelector('[part~="outdated-english"]') ?? null)).to.equal('The English may be out of date.');
    expect(parts(element, 'outdated-english')).to.have.length(1);
    await expectAccessible(element);
  });
});
