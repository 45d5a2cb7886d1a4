// Shared by the elements' browser tests. They run against the reference API server, whose address
// the test runner puts in `<meta name="vn-portal:api">` of every test page.
import { assert, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type * as Axe from 'axe-core';
import 'axe-core/axe.min.js';
import type { PortalElement } from '../src/shared/portal-element.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

/** The reference server's address, as the page gives it to the elements. */
export const apiBase = (): string => document.querySelector<HTMLMetaElement>('meta[name="vn-portal:api"]')?.content ?? '';

/** A second reference portal, whose allowed origins do not list the test pages' origin: every write from here is refused. */
export const notAllowingApi = (): string => document.querySelector<HTMLMetaElement>('meta[name="vn-portal:test-api-not-allowing-page"]')?.content ?? '';

/** A port nothing listens on: the browser's real "connection refused". */
export const unreachableApi = 'http://127.0.0.1:9';

export const part = (element: Element, name: string) => element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
export const parts = (element: Element, name: string) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
/** The element's visible text, white space collapsed. */
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element has finished loading (successfully or not) and rendered. */
export async function settled(element: PortalElement): Promise<void> {
  await waitUntil(() => part(element, 'base')?.getAttribute('aria-busy') === 'false', 'the element did not finish loading', { timeout: 5000 });
  await element.updateComplete;
}

/** Renders the element and waits until it has finished loading and rendered. */
export async function settledFixture<T extends PortalElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  return element;
}

/** Switches the page language the way a bilingual site does, and waits for the elements to re-render. */
export async function setPageLang(lang: string, ...elements: PortalElement[]): Promise<void> {
  document.documentElement.lang = lang;
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((element) => element.updateComplete));
}

/** Zero axe-core violations of the WCAG 2.0–2.2 A and AA rules. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const report = results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.html).join(' | ')}`);
  assert.deepEqual(report, []);
}

/** Zero axe violations in Vietnamese and in English; the page is left in Vietnamese. */
export async function expectAccessibleInBothLanguages(element: PortalElement): Promise<void> {
  await expectAccessible(element);
  await setPageLang('en', element);
  await expectAccessible(element);
  await setPageLang('vi', element);
}

/** A failed load is said in an alert with a Retry button, accessible in both languages. */
export async function expectRetryOffered(element: PortalElement): Promise<void> {
  assert.equal(part(element, 'error')?.getAttribute('role'), 'alert', 'the failure is said in an alert');
  assert.equal(textOf(part(element, 'retry-button')), 'Thử lại', 'the Retry button is offered');
  await expectAccessibleInBothLanguages(element);
}

/**
 * Makes the next requests fail as a network error would: the one state the real server cannot
 * be asked to produce on demand. Returns the function that restores the real fetch.
 */
export function simulateNetworkFailure(): () => void {
  const realFetch = window.fetch.bind(window);
  window.fetch = () => Promise.reject(new TypeError('Failed to fetch (simulated)'));
  return () => {
    window.fetch = realFetch;
  };
}

export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
  /** The server's answer: status and JSON body (if any). */
  response: Promise<{ status: number; body: unknown }>;
}

/** Watches the requests the page sends (they still reach the server). Returns them and the restore function. */
export function watchRequests(): { requests: SeenRequest[]; restore: () => void } {
  const realFetch = window.fetch.bind(window);
  const requests: SeenRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const answer = realFetch(request);
    const response = answer.then(async (received) => ({ status: received.status, body: JSON.parse((await received.clone().text()) || 'null') as unknown }));
    // Only the tests that ask look at the answer; a request aborted on purpose must not be reported.
    response.catch(() => undefined);
    requests.push({ method: request.method, path: new URL(request.url).pathname.replace('/api/v1', ''), body: text ? (JSON.parse(text) as unknown) : undefined, response });
    return answer;
  };
  return {
    requests,
    restore: () => {
      window.fetch = realFetch;
    },
  };
}

/** The test browser is automated, which the visit counter never counts: makes it look like a visitor's. */
export function pretendHumanVisitor(): () => void {
  Object.defineProperty(navigator, 'webdriver', { value: false, configurable: true });
  Object.defineProperty(navigator, 'userAgent', { value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36', configurable: true });
  return () => {
    Reflect.deleteProperty(navigator, 'webdriver');
    Reflect.deleteProperty(navigator, 'userAgent');
  };
}

/**
 * Pretends the tab is visible or hidden, as switching tabs does (test pages run side by side, so
 * the real state is not to be relied on). Returns the function that gives the real state back.
 */
export function setTabVisibility(state: DocumentVisibilityState): () => void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  return () => {
    Reflect.deleteProperty(document, 'visibilityState');
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Test pages load more modules than the 250 resource entries a page keeps by default: kept from
// here on, so that `moduleFetched` sees the modules fetched on first use.
performance.setResourceTimingBufferSize(10_000);

/** Whether the page has fetched a module whose address contains `path` (`/qa-form/question-tracking.`). */
export const moduleFetched = (path: string): boolean => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
