// Shared by the browser tests of <vn-legal-docs>.
import { oneEvent, type html } from '@open-wc/testing';
import type { LegalDocument, LegalDocumentSearchResult } from '@vn-portal/schema';
import type { VnLegalDocs } from '../src/legal-docs/legal-docs.js';
import { apiBase, part, parts, setPageLang, settled, settledFixture, textOf } from './browser-helpers.js';

/** The test page's own address: each test leaves the URL as it found it. */
const pageUrl = location.href;
export const restorePageUrl = () => history.replaceState(null, '', pageUrl);

/** Puts the page back as the test found it: its address, and Vietnamese. */
export async function restorePage(): Promise<void> {
  restorePageUrl();
  await setPageLang('vi');
}

export const register = (template: ReturnType<typeof html>) => settledFixture<VnLegalDocs>(template);

/** Waits until what `action` started has loaded and is on screen. */
export async function after(element: VnLegalDocs, event: 'vn-search' | 'vn-document-open', action: () => unknown): Promise<void> {
  const happened = oneEvent(element, event);
  await action();
  await happened;
  await element.updateComplete;
  await settled(element);
}

/** Titles of the listed documents, as the register names them: "Quyết định 10/2024/QĐ-UBND". */
export const titles = (element: VnLegalDocs) => parts(element, 'result').map((result) => textOf(result.querySelector('a')));

export const searchBox = (element: VnLegalDocs) => element.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;

/** Searches as a visitor who types the query and presses Enter. */
export const search = (element: VnLegalDocs, q: string) =>
  after(element, 'vn-search', () => {
    searchBox(element).value = q;
    (part(element, 'search') as HTMLFormElement).requestSubmit();
  });

export const facet = (element: VnLegalDocs, name: string) =>
  parts(element, 'facet').find((details) => textOf(details.querySelector('summary')) === name) as HTMLDetailsElement;

/** Ticks a facet value, found by the start of its label ("Thông tư"), and waits for the results. */
export const tick = (element: VnLegalDocs, facetName: string, value: string) =>
  after(element, 'vn-search', () => {
    const box = facet(element, facetName);
    box.open = true;
    const label = [...box.querySelectorAll('label')].find((candidate) => textOf(candidate).startsWith(`${value} (`));
    label?.querySelector('input')?.click();
  });

/** Opens a document from a link of the element (a result or a relation), by its text. */
export const open = (element: VnLegalDocs, text: string) =>
  after(element, 'vn-document-open', () => {
    [...(element.shadowRoot?.querySelectorAll('a') ?? [])].find((link) => textOf(link) === text)?.click();
  });

/** Goes back (or forward) as the browser's buttons do, and waits for the element to show it. */
export async function goBack(element: VnLegalDocs, steps = 1): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.go(-steps);
  await popped;
  await element.updateComplete;
  await settled(element);
}

/** The open document's fields as label → text. */
export const metadata = (element: VnLegalDocs) =>
  Object.fromEntries([...(part(element, 'metadata')?.querySelectorAll('div') ?? [])].map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]));

export const activeElement = (element: VnLegalDocs) => element.shadowRoot?.activeElement ?? null;

/** The reference server's own answer, to compare what the element shows with. */
export async function serverSearch(query: string): Promise<LegalDocumentSearchResult> {
  return (await fetch(`${apiBase()}/api/v1/legal-documents?${query}`)).json() as Promise<LegalDocumentSearchResult>;
}

export async function serverDocument(id: string): Promise<LegalDocument> {
  return (await fetch(`${apiBase()}/api/v1/legal-documents/${id}`)).json() as Promise<LegalDocument>;
}

export interface HeldRequest {
  request: Request;
  release: () => void;
}

/**
 * Keeps the answers to the requests `matches` picks from reaching the page until released, so a
 * test can act while one is in flight; an aborted request is rejected as fetch rejects it.
 */
export function holdResponses(matches: (url: URL) => boolean): { held: HeldRequest[]; restore: () => void } {
  const realFetch = window.fetch.bind(window);
  const held: HeldRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (!matches(new URL(request.url))) return realFetch(request);
    return new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => {
        reject(new DOMException('The request was aborted', 'AbortError'));
      });
      held.push({ request, release: () => resolve(realFetch(request)) });
    });
  };
  return {
    held,
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
