import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { part, parts, settled } from '../test/browser-helpers.js';
import { after, restorePageUrl } from '../test/legal-docs-helpers.js';
import { VnLegalDocs } from './legal-docs/legal-docs.js';
import type { PortalElement } from './shared/portal-element.js';
import './vn-portal.js';

// No element may make the page it sits on wider than the window, in any state: a horizontal
// scrollbar on a phone hides half of every line of the host page. The page here is plain (no CSS
// of its own), so whatever overflows is the elements' own doing.

const page = () => html`<div>
  <vn-leader-list agency="ubnd-tinh" layout="list"></vn-leader-list>
  <vn-leader-list agency="ubnd-tinh" layout="table"></vn-leader-list>
  <vn-visit-counter no-track show-today show-month></vn-visit-counter>
  <vn-source-credit author="Minh Anh" date="2024-03-05" source-title="Bình Sơn đưa vào vận hành Cổng dịch vụ công trực tuyến của tỉnh"
    source-url="https://binhson.example.gov.vn/tin-tuc/binh-son-dua-vao-van-hanh-cong-dich-vu-cong-truc-tuyen-cua-tinh-nam-2026"></vn-source-credit>
  <vn-legal-docs page-size="5"></vn-legal-docs>
  <vn-qa-form></vn-qa-form>
  <vn-poll poll-id="fixture-poll-width"></vn-poll>
</div>`;

/** How far the page reaches past the window's right edge, in CSS pixels (0 when it fits). */
const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

/** What reaches past the window's right edge, inside the elements' shadow roots: `tag.part-or-class`. */
function overreaching(): string[] {
  const edge = document.documentElement.clientWidth;
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.getBoundingClientRect().right > edge) found.push(`${node.localName}.${node.getAttribute('part') ?? node.getAttribute('class') ?? ''}`);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(document.body);
  return found;
}

async function expectFits(state: string): Promise<void> {
  // A render may be pending (a task, not an animation frame: a test page in a background tab gets none); reading the widths lays out the rest.
  await new Promise((resolve) => setTimeout(resolve));
  expect(overflow(), `${state}: the page is ${String(overflow())} px wider than the window (${overreaching().join(', ')})`).to.equal(0);
}

async function mount(): Promise<PortalElement[]> {
  // fixtureSync: `fixture` waits for an animation frame, which a test page in a background tab never gets.
  const root = fixtureSync<HTMLElement>(page());
  const elements = [...root.children] as PortalElement[];
  await Promise.all(elements.map((element) => settled(element)));
  return elements;
}

const one = (elements: PortalElement[], tag: string) => elements.find((element) => element.localName === tag) as PortalElement;

for (const width of [375, 1280]) {
  describe(`the six elements on a plain page ${String(width)} px wide`, () => {
    before(() => setViewport({ width, height: 800 }));
    afterEach(restorePageUrl);

    it('never make the page wider than the window, loaded, opened, searched, with errors or results', async function () {
      // Several views load their parts on first use.
      this.timeout(30_000);
      const elements = await mount();
      await expectFits('loaded');

      for (const button of elements.filter((element) => element.localName === 'vn-leader-list').flatMap((list) => parts(list, 'biography-button'))) button.click();
      await Promise.all(elements.map((element) => element.updateComplete));
      await expectFits('biographies open');

      const register = one(elements, 'vn-legal-docs');
      if (!(register instanceof VnLegalDocs)) throw new Error('no register on the page');
      await after(register, 'vn-document-open', () => parts(register, 'result')[0]?.querySelector('a')?.click());
      await expectFits('a document open');

      const form = one(elements, 'vn-qa-form');
      part(form, 'submit-button')?.click();
      await waitUntil(() => parts(form, 'field-error').length > 0, 'the empty form showed no error', { timeout: 10_000 });
      await expectFits('the Q&A form with its errors');
      for (const tab of parts(form, 'tab')) {
        tab.click();
        await settled(form);
        await expectFits(`the Q&A form's tab "${tab.textContent.trim()}"`);
      }

      const poll = one(elements, 'vn-poll');
      const results = part(poll, 'results');
      if (results === null) {
        poll.shadowRoot?.querySelector('input')?.click();
        await poll.updateComplete;
        part(poll, 'vote-button')?.click();
        await waitUntil(() => part(poll, 'results') !== null, 'the vote showed no results', { timeout: 10_000 });
      }
      await expectFits('the poll with its results');
    });
  });
}
