import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Every element of the kit, as the demo pages embed them. */
export const kitTags = ['vn-leader-list', 'vn-visit-counter', 'vn-source-credit', 'vn-legal-docs', 'vn-qa-form', 'vn-poll'] as const;

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Headless Chromium as the browser tests run it (Debian's; installed by `npm test` when missing). */
export async function launchChromium(): Promise<Browser> {
  const { ensureChromium, chromiumFlags } = (await import(new URL('../../../scripts/chromium.js', import.meta.url).href)) as { ensureChromium: () => string; chromiumFlags: string[] };
  return puppeteer.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: chromiumFlags,
  });
}

/** What went wrong on a page: CSP violations, console errors, uncaught errors, failed requests. */
export interface PageProblems {
  violations: () => Promise<string[]>;
  errors: string[];
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Watches a page from before its first script: every `securitypolicyviolation` event (kept in the
 * page), every console error (Chromium reports a blocked resource or inline style there too), every
 * uncaught exception and every request that failed or was answered with an error status.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    window.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      // The event crosses shadow roots: its target here is the element whose content was blocked.
      const where = event.target instanceof Element ? `<${event.target.localName}>` : 'the document';
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${where} (${event.sourceFile}:${String(event.lineNumber)})`);
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} ${message.location().url ?? ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${String(error)}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  return { violations: () => page.evaluate(() => [...(window.cspViolations ?? [])]), errors };
}

/** Waits until every element of `tags` on the page is defined and has finished loading. */
export async function waitForElements(page: Page, tags: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (names: string[]) =>
      names.every((tag) => {
        const elements = [...document.querySelectorAll(tag)];
        return (
          customElements.get(tag) !== undefined &&
          elements.length > 0 &&
          elements.every((element) => element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false')
        );
      }),
    { timeout: 20_000, polling: 100 },
    [...tags],
  );
}

/** The rendered text of each element of `tags`, white space collapsed, keyed by tag. */
export function elementTexts(page: Page, tags: readonly string[]): Promise<Record<string, string[]>> {
  return page.evaluate(
    (names: string[]) =>
      Object.fromEntries(names.map((tag) => [tag, [...document.querySelectorAll(tag)].map((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim())])),
    [...tags],
  );
}

/** The axe-core violations of the WCAG 2.0–2.2 A and AA rules on the whole page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the DevTools protocol, which the page's CSP does not govern (a script tag would be blocked).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  });
}
