import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expectAccessible, part, parts, setPageLang, settled } from '../test/browser-helpers.js';
import './vn-portal.js';
import type { PortalElement } from './shared/portal-element.js';

// What old CMS themes do to every page: resets, `!important` box and text rules on everything,
// Bootstrap-like component styles.
const hostileCss = `
  *, *::before, *::after {
    box-sizing: content-box !important; margin: 7px !important; padding: 3px !important;
    border: 2px dashed red !important; font: italic 13px/1 "Comic Sans MS", cursive !important;
    text-transform: uppercase !important; letter-spacing: 2px !important; word-spacing: 5px !important;
    text-align: center !important; text-indent: 3em !important; white-space: nowrap !important;
  }
  div, p, ul, li, dl, dt, dd, table, tr, td, th, button, a, span, img { display: inline !important; float: left !important; }
  ul, ol { list-style: square !important; }
  button { background: #0d6efd !important; color: #fff !important; border-radius: 0 !important; }
  a { text-decoration: none !important; }
  img { max-width: 100% !important; height: auto !important; }
  table { border-collapse: separate !important; width: 100% !important; }
  [hidden] { display: block !important; }
  .visually-hidden { position: static !important; width: auto !important; height: auto !important; }
`;

// Properties that must come out the same whatever the page's CSS. Font family, size and style are
// left out on purpose: the elements inherit the page's font, and their spacing is in rem, so it
// follows the root font size (the user's setting); spacing is compared in rem for that reason.
const guarded = [
  'display', 'position', 'float', 'box-sizing', 'border-top-width', 'border-top-style', 'list-style-type', 'text-transform',
  'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'white-space', 'visibility', 'clip-path', 'text-decoration-line',
] as const;
const spacing = ['margin-top', 'margin-left', 'padding-top', 'padding-left'] as const;

function snapshot(element: Element): string[] {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return [...(element.shadowRoot?.querySelectorAll('*') ?? [])]
    .filter((node) => !['STYLE', 'SCRIPT'].includes(node.tagName))
    .map((node) => {
      const style = getComputedStyle(node);
      const spaces = spacing.map((name) => `${(parseFloat(style.getPropertyValue(name)) / rem).toFixed(3)}rem`);
      // line-height as a ratio of the font size, which itself follows the page.
      const ratio = (parseFloat(style.lineHeight) / parseFloat(style.fontSize)).toFixed(2);
      return `${node.tagName.toLowerCase()}.${node.getAttribute('part') ?? node.className} ${guarded.map((name) => style.getPropertyValue(name)).join(' ')} ${spaces.join(' ')} ${ratio}`;
    });
}

const page = () => html`<div>
  <vn-leader-list agency="sgddt"></vn-leader-list>
  <vn-leader-list agency="ubnd-tinh" layout="table"></vn-leader-list>
  <vn-visit-counter no-track show-today></vn-visit-counter>
  <vn-source-credit author="Minh Anh" date="2024-03-05"></vn-source-credit>
</div>`;

async function render(): Promise<PortalElement[]> {
  // fixtureSync: `fixture` waits for an animation frame, which a test page in a background tab never gets.
  const root = fixtureSync<HTMLElement>(page());
  const elements = [...root.querySelectorAll<PortalElement>('vn-leader-list, vn-visit-counter, vn-source-credit')];
  await Promise.all(elements.map((element) => settled(element)));
  return elements;
}

describe('a hostile host page that includes the kit twice', () => {
  it('renders the elements unchanged and logs no error', async function () {
    // The two extra copies are bundled on first request.
    this.timeout(30_000);
    const before = (await render()).map(snapshot);

    const problems: string[] = [];
    const realError = console.error;
    console.error = (...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
    };
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => problems.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
    try {
      // Two more whole copies of the kit, as two CMS plugins would each include its script.
      for (const copy of [1, 2]) await import(`/__vn-portal-kit-copy.js?copy=${copy}`);
      const elements = await render();
      const after = elements.map(snapshot);
      expect(after).to.deep.equal(before);
      const host = elements[0];
      const name = host?.shadowRoot?.querySelector('[part~="name"]');
      expect(name && getComputedStyle(name).fontFamily).to.equal(host && getComputedStyle(host).fontFamily);
      expect(problems).to.deep.equal([]);
    } finally {
      style.remove();
      console.error = realError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

// An old CMS page as agency sites are: every element's font forced small and tight, dotted borders
// on everything, its own buttons hidden and inputs shrunk, Array.prototype extended the way
// Prototype.js-era scripts did. Whatever it passes down, every target stays at least 24×24 px.
const oldCmsCss = `
  * { font: 11px/1.1 serif !important; border: 1px dotted #777 !important; }
  button, input[type="submit"] { display: none !important; }
  input, select, textarea { width: 40px !important; height: 12px !important; padding: 0 !important; font-size: 8px !important; }
`;

/** What each element shows once its data has arrived: the part that holds it. */
const dataParts: Record<string, string> = {
  'vn-leader-list': 'name',
  'vn-poll': 'option',
  'vn-visit-counter': 'value',
  'vn-source-credit': 'line',
  'vn-legal-docs': 'result',
  'vn-qa-form': 'submit-button',
};

const oldCmsPage = () => html`<div class="content">
  <vn-leader-list agency="sgddt"></vn-leader-list>
  <vn-poll poll-id="fixture-poll-portal"></vn-poll>
  <vn-legal-docs agency="stttt"></vn-legal-docs>
  <vn-qa-form></vn-qa-form>
  <vn-source-credit author="Minh Anh" date="2024-03-05"></vn-source-credit>
</div>`;

describe('an old CMS page with all six elements', () => {
  const patched = ['each', 'first', 'compact'] as const;
  const problems: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => problems.push(String('reason' in event ? event.reason : event.message));
  const realError = console.error;
  let style: HTMLStyleElement;
  before(() => {
    for (const name of patched) {
      // Enumerable, as assigning to the prototype makes them: every for…in over an array sees them.
      (Array.prototype as unknown as Record<string, unknown>)[name] = function patchedByThePage(this: unknown[]) {
        return this;
      };
    }
    console.error = (...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    style = document.createElement('style');
    style.textContent = oldCmsCss;
    document.head.append(style);
  });
  after(async () => {
    for (const name of patched) Reflect.deleteProperty(Array.prototype, name);
    console.error = realError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    style.remove();
    await setViewport({ width: 800, height: 600 });
    await setPageLang('vi');
  });

  it('shows every element’s data, with no axe violation and no page error, in vi and en, at 1280 and 375 px', async function () {
    this.timeout(120_000);
    for (const copy of [1, 2]) await import(`/__vn-portal-kit-copy.js?copy=${copy}`);
    const root = fixtureSync<HTMLElement>(oldCmsPage());
    // Added after the page and both copies of the script have run.
    const late = document.createElement('vn-visit-counter');
    late.setAttribute('no-track', '');
    late.setAttribute('show-today', '');
    root.append(late);
    const elements = [...root.children] as PortalElement[];
    await Promise.all(elements.map((element) => settled(element)));
    for (const width of [1280, 375]) {
      await setViewport({ width, height: 900 });
      for (const lang of ['vi', 'en']) {
        await setPageLang(lang, ...elements);
        for (const element of elements) {
          expect(parts(element, dataParts[element.localName] ?? '').length, `${element.localName} shows its data`).to.be.greaterThan(0);
          expect(part(element, 'error'), `${element.localName} shows no error`).to.equal(null);
          await expectAccessible(element);
        }
        await executeServerCommand('save-screenshot', { name: `hostile-page-${lang}-${width}` });
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
