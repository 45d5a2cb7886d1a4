import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { expectAccessible, part, setPageLang, textOf } from '../../test/browser-helpers.js';
import { LazyPart } from './lazy-part.js';
import { PortalElement } from './portal-element.js';
import { portalStyles } from './styles.js';

interface Fetch {
  resolve: (part: { text: string }) => void;
  reject: (error: unknown) => void;
}

/** An element with one lazy part, whose fetches the test settles by hand. */
class LazyPartHost extends PortalElement {
  static override styles = portalStyles;
  static override properties = { shown: { type: Boolean } };
  declare shown: boolean;
  readonly fetches: Fetch[] = [];
  readonly lazy = new LazyPart(this, () => new Promise<{ text: string }>((resolve, reject) => this.fetches.push({ resolve, reject })));

  constructor() {
    super();
    this.shown = false;
  }

  protected override render(): TemplateResult {
    const content = this.shown ? this.lazy.render((loaded) => html`<p part="loaded">${loaded.text}</p>`) : '';
    return html`<div part="base" tabindex="-1" aria-busy=${LazyPart.busy(this) ? 'true' : 'false'}>${content}</div>`;
  }
}
customElements.define('test-lazy-part-host', LazyPartHost);

const offline = () => new TypeError('Failed to fetch dynamically imported module (simulated)');
const busy = (element: LazyPartHost) => part(element, 'base')?.getAttribute('aria-busy');
const errors = (element: LazyPartHost) => {
  const seen: string[] = [];
  element.addEventListener('vn-error', (event) => seen.push(event.detail.error.kind));
  return seen;
};

describe('LazyPart', () => {
  afterEach(async () => {
    await setPageLang('vi');
  });

  it('fetches nothing until the part is shown; then shows the loading state, busy, and the part once it is there', async () => {
    const element = await fixture<LazyPartHost>(html`<test-lazy-part-host></test-lazy-part-host>`);
    expect(element.fetches).to.have.length(0);
    element.shown = true;
    await element.updateComplete;
    expect(element.fetches).to.have.length(1);
    expect(busy(element)).to.equal('true');
    expect(part(element, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(part(element, 'base'))).to.equal('Đang tải…');
    await expectAccessible(element);
    element.fetches[0]?.resolve({ text: 'Phần đã tải' });
    await waitUntil(() => part(element, 'loaded'), 'the part was not rendered once fetched');
    expect(textOf(part(element, 'loaded'))).to.equal('Phần đã tải');
    expect(busy(element)).to.equal('false');
    expect(part(element, 'skeleton')).to.equal(null);
    // Rendered again, it is not fetched again.
    element.requestUpdate();
    await element.updateComplete;
    expect(element.fetches).to.have.length(1);
  });

  it('says why the part is missing after a failed fetch, with Retry, which fetches it again and keeps the focus', async () => {
    const element = await fixture<LazyPartHost>(html`<test-lazy-part-host shown></test-lazy-part-host>`);
    const reported = oneEvent<GlobalEventHandlersEventMap['vn-error']>(element, 'vn-error');
    element.fetches[0]?.reject(offline());
    expect((await reported).detail.error.kind).to.equal('network');
    await element.updateComplete;
    expect(part(element, 'error')?.getAttribute('role')).to.equal('alert');
    expect(textOf(part(element, 'error'))).to.equal('Không kết nối được với cổng thông tin. Hãy kiểm tra kết nối mạng và thử lại. Thử lại');
    expect(busy(element)).to.equal('false');
    await expectAccessible(element);
    part(element, 'retry-button')?.focus();
    await sendKeys({ press: 'Enter' });
    expect(element.fetches).to.have.length(2);
    await element.updateComplete;
    expect(busy(element)).to.equal('true');
    expect(part(element, 'error')).to.equal(null);
    element.fetches[1]?.resolve({ text: 'Phần đã tải' });
    await waitUntil(() => part(element, 'loaded'), 'the part was not rendered after Retry');
    // The Retry button went away: the focus is on the element's content, not lost to the page.
    await waitUntil(() => element.shadowRoot?.activeElement === part(element, 'base'), 'the focus was lost');
  });

  it('tries again on a later render after a failed fetch, whatever caused it', async () => {
    const element = await fixture<LazyPartHost>(html`<test-lazy-part-host shown></test-lazy-part-host>`);
    element.fetches[0]?.reject(offline());
    await waitUntil(() => part(element, 'error'), 'the failure was not shown');
    expect(element.fetches).to.have.length(1);
    // A language switch, new data…: any render after the one that said so.
    await setPageLang('en', element);
    expect(element.fetches).to.have.length(2);
    expect(part(element, 'error')).to.equal(null);
    expect(textOf(part(element, 'base'))).to.equal('Loading…');
  });

  it('prefetches without showing anything, and tries a failed prefetch again, unreported, when the part is shown', async () => {
    const element = await fixture<LazyPartHost>(html`<test-lazy-part-host></test-lazy-part-host>`);
    const reported = errors(element);
    element.lazy.prefetch();
    element.lazy.prefetch();
    expect(element.fetches).to.have.length(1);
    expect(busy(element)).to.equal('false');
    element.fetches[0]?.reject(offline());
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(reported).to.deep.equal([]);
    element.shown = true;
    await element.updateComplete;
    expect(element.fetches).to.have.length(2);
    expect(part(element, 'error')).to.equal(null);
    expect(busy(element)).to.equal('true');
    element.fetches[1]?.resolve({ text: 'Phần đã tải' });
    await waitUntil(() => part(element, 'loaded'), 'the part was not rendered once fetched');
    expect(reported).to.deep.equal([]);
  });
});
