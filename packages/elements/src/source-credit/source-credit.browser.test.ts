import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible, part, setPageLang, settled, settledFixture, textOf, unreachableApi, watchRequests } from '../../test/browser-helpers.js';
import './vn-source-credit.js';
import type { VnSourceCredit } from './source-credit.js';

const credit = (template: ReturnType<typeof html>) => settledFixture<VnSourceCredit>(template);

const article = html`<vn-source-credit author="Minh Anh" source-title="Khai trương Cổng dịch vụ công" source-url="https://portal.binhson.example/tin/123" date="2024-03-05"></vn-source-credit>`;
const liveRegionText = (element: VnSourceCredit) => element.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';

/**
 * The Clipboard API needs a permission the headless test browser does not grant: this stands in
 * for `navigator.clipboard.write` and keeps what was written.
 */
function fakeClipboard(fail = false) {
  const written: Record<string, string>[] = [];
  const write = async (items: ClipboardItem[]) => {
    if (fail) throw new DOMException('Write permission denied.', 'NotAllowedError');
    for (const item of items) {
      written.push(Object.fromEntries(await Promise.all(item.types.map(async (type) => [type, await (await item.getType(type)).text()]))) as Record<string, string>);
    }
  };
  Object.defineProperty(navigator.clipboard, 'write', { value: write, configurable: true });
  return {
    written,
    restore: () => Reflect.deleteProperty(navigator.clipboard, 'write'),
  };
}

describe('<vn-source-credit>', () => {
  afterEach(async () => {
    await setPageLang('vi');
  });

  it('shows the province’s own wording from the API, with author, original and date', async () => {
    const element = await credit(article);
    const line = part(element, 'line');
    expect(textOf(line)).to.equal('Theo Cổng Thông tin điện tử tỉnh Bình Sơn');
    expect(line?.querySelector('a')?.getAttribute('href')).to.equal('https://portal.binhson.example');
    expect(textOf(part(element, 'details'))).to.equal('Tác giả: Minh Anh Bài gốc: Khai trương Cổng dịch vụ công Ngày đăng: 05/03/2024');
    expect(part(element, 'details')?.querySelector('time')?.getAttribute('datetime')).to.equal('2024-03-05');
    await expectAccessible(element);
  });

  it('publishes JSON-LD naming the source and the original', async () => {
    const element = await credit(article);
    const data = JSON.parse(element.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
    expect(data).to.deep.include({ '@context': 'https://schema.org', '@type': 'CreativeWork', creditText: 'Theo Cổng Thông tin điện tử tỉnh Bình Sơn' });
    expect(data.sourceOrganization).to.deep.equal({ '@type': 'GovernmentOrganization', name: 'Cổng Thông tin điện tử tỉnh Bình Sơn', url: 'https://portal.binhson.example' });
    expect(data.isBasedOn).to.deep.equal({
      '@type': 'CreativeWork',
      name: 'Khai trương Cổng dịch vụ công',
      url: 'https://portal.binhson.example/tin/123',
      author: { '@type': 'Person', name: 'Minh Anh' },
      datePublished: '2024-03-05',
    });
  });

  it('works offline from its attributes, without asking the API', async () => {
    const watch = watchRequests();
    try {
      const element = await credit(html`<vn-source-credit wording="Theo www.caobang.gov.vn" portal-url="https://www.caobang.gov.vn"></vn-source-credit>`);
      expect(textOf(part(element, 'line'))).to.equal('Theo www.caobang.gov.vn');
      expect(watch.requests).to.deep.equal([]);
      await setPageLang('en', element);
      expect(part(element, 'line')?.querySelector('span')?.getAttribute('lang')).to.equal('vi');
      await expectAccessible(element);
    } finally {
      watch.restore();
    }
  });

  it('copies the citation as text and HTML from the keyboard, and says so', async () => {
    const clipboard = fakeClipboard();
    try {
      const element = await credit(article);
      (part(element, 'copy-button') as HTMLButtonElement).focus();
      const copied = oneEvent<GlobalEventHandlersEventMap['vn-copy']>(element, 'vn-copy');
      await sendKeys({ press: 'Enter' });
      const { detail } = await copied;
      const text = 'Theo Cổng Thông tin điện tử tỉnh Bình Sơn. Minh Anh. “Khai trương Cổng dịch vụ công”. https://portal.binhson.example/tin/123. 05/03/2024';
      expect(detail.text).to.equal(text);
      expect(clipboard.written).to.deep.equal([{ 'text/plain': text, 'text/html': detail.html }]);
      expect(detail.html).to.contain('<a href="https://portal.binhson.example">Theo Cổng Thông tin điện tử tỉnh Bình Sơn</a>');
      await waitUntil(() => liveRegionText(element) === 'Đã sao chép trích dẫn.', 'the copy was not announced');
    } finally {
      clipboard.restore();
    }
  });

  it('announces when the clipboard refuses', async () => {
    const clipboard = fakeClipboard(true);
    try {
      const element = await credit(article);
      await setPageLang('en', element);
      (part(element, 'copy-button') as HTMLButtonElement).click();
      await waitUntil(() => liveRegionText(element).startsWith('The citation could not be copied'), 'the failure was not announced');
    } finally {
      clipboard.restore();
    }
  });

  it('appends the credit to text copied from the article it guards', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <article id="bai-viet"><p>Tỉnh Bình Sơn khai trương Cổng dịch vụ công.</p></article>
      <p id="elsewhere">Nội dung khác</p>
      <vn-source-credit for="bai-viet"></vn-source-credit>
    </div>`);
    const element = page.querySelector('vn-source-credit') as VnSourceCredit;
    await settled(element);
    const copyFrom = (id: string) => {
      const range = document.createRange();
      range.selectNodeContents(page.querySelector(`#${id} , #${id} p`) as Node);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      range.startContainer.dispatchEvent(event);
      return event;
    };
    const guarded = copyFrom('bai-viet');
    expect(guarded.defaultPrevented).to.equal(true);
    expect(guarded.clipboardData?.getData('text/plain')).to.equal('Tỉnh Bình Sơn khai trương Cổng dịch vụ công.\n\nTheo Cổng Thông tin điện tử tỉnh Bình Sơn');
    expect(guarded.clipboardData?.getData('text/html')).to.contain('Cổng dịch vụ công').and.contain('<a href="https://portal.binhson.example">');
    const other = copyFrom('elsewhere');
    expect(other.defaultPrevented).to.equal(false);
    document.getSelection()?.removeAllRanges();
  });

  it('re-renders in English when the page language changes', async () => {
    const element = await credit(article);
    await setPageLang('en', element);
    expect(textOf(part(element, 'line'))).to.equal('Source: Bình Sơn Province Web Portal');
    expect(textOf(part(element, 'details'))).to.equal('Author: Minh Anh Original: Khai trương Cổng dịch vụ công Published: 5 March 2024');
    expect(textOf(part(element, 'copy-button'))).to.equal('Copy citation');
    await expectAccessible(element);
  });

  it('shows an error with Retry when the API cannot be reached', async () => {
    const element = await credit(html`<vn-source-credit api-base=${unreachableApi}></vn-source-credit>`);
    expect(part(element, 'error')?.getAttribute('role')).to.equal('alert');
    expect(part(element, 'retry-button')).to.not.equal(null);
    await expectAccessible(element);
  });
});
