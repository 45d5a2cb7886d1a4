// The elements sanitize editor HTML again before rendering it, whatever the API sent: every payload
// of the shared corpus (the one the server's sanitizer is tested with) goes through `sanitizeHtml`
// and is rendered in the page in a way that would run any script left in it.
import { expect } from '@open-wc/testing';
import { safeRichText, unsafeMarkupIn, xssPayloads } from '@vn-portal/server/testing/xss-payloads';
import { sanitizeHtml } from './sanitize.js';

declare global {
  interface Window {
    xssRan?: unknown;
  }
}

const dialogs = ['alert', 'confirm', 'prompt', 'print'] as const;

describe('sanitizeHtml', () => {
  const ran: string[] = [];
  const originals = dialogs.map((name) => [name, Reflect.get(window, name) as unknown] as const);
  let container: HTMLDivElement;

  before(() => {
    for (const name of dialogs) {
      window[name] = (() => {
        ran.push(name);
        return null;
      }) as never;
    }
  });
  after(() => {
    for (const [name, original] of originals) window[name] = original as never;
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    delete window.xssRan;
    ran.length = 0;
  });

  /**
   * Inserts HTML as a fragment parsed in the page's context: unlike `innerHTML`, scripts in it run
   * when inserted, so a script the sanitizer let through would be caught too.
   */
  const render = async (html: string) => {
    container.replaceChildren(document.createRange().createContextualFragment(html));
    // Error, focus and animation handlers fire after insertion.
    await new Promise((resolve) => setTimeout(resolve, 30));
  };

  it(`${xssPayloads.length} XSS payloads: no script runs, no on* handler or javascript: URL remains in the DOM`, async () => {
    for (const payload of xssPayloads) {
      const clean = await sanitizeHtml(payload);
      await render(clean);
      expect(ran, `script ran: ${payload} → ${clean}`).to.deep.equal([]);
      expect(window.xssRan, `script ran: ${payload} → ${clean}`).to.equal(undefined);
      expect(unsafeMarkupIn(container), `${payload} → ${clean}`).to.deep.equal([]);
    }
  });

  it('what the server’s sanitizer made is unchanged in meaning, and editor markup stays', async () => {
    for (const { html, keeps } of safeRichText) {
      await render(await sanitizeHtml(html));
      for (const selector of keeps) expect(container.querySelector(selector), `${selector} kept in ${html}`).to.not.equal(null);
    }
  });

  it('renders a payload unsanitized the way that catches it: the check itself can fail', async () => {
    await render('<img src="data:," onerror="alert(1)"><script>window.xssRan = 1</script>');
    expect(ran).to.deep.equal(['alert']);
    expect(window.xssRan).to.equal(1);
    expect(unsafeMarkupIn(container)).to.include('onerror= on <img>');
  });
});
