import type { LegalDocumentSort } from '@vn-portal/schema';
import { searchQueryMax, vietnameseLegalDocumentStatuses, vietnameseLegalDocumentTypes } from '@vn-portal/schema/vocabulary';
import { toNfc } from '@vn-portal/sdk/vietnamese';

export const facetNames = ['type', 'issuer', 'field', 'year', 'status'] as const;
export type FacetName = (typeof facetNames)[number];

/** What the visitor is looking at: a search of the register, and the document open, if any. */
export interface RegisterView {
  q: string;
  filters: Record<FacetName, string[]>;
  sort: LegalDocumentSort | undefined;
  page: number;
  doc: string | undefined;
}

export const noFilters = (): Record<FacetName, string[]> => ({ type: [], issuer: [], field: [], year: [], status: [] });

const sorts: readonly string[] = ['relevance', 'issued-desc', 'issued-asc', 'effective-desc'];
const code = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Whether the API takes `value` for the facet: an edited or outdated link must not break the search. */
function accepts(facet: FacetName, value: string): boolean {
  if (facet === 'year') return /^\d{4}$/.test(value) && +value >= 1945 && +value <= 2100;
  const known = facet === 'type' ? vietnameseLegalDocumentTypes : facet === 'status' ? vietnameseLegalDocumentStatuses : undefined;
  return code.test(value) && (!known || Object.hasOwn(known, value));
}

/** The search parameters that are the search's, not the page's (the page resets when they change). */
export const searchKey = (view: RegisterView) => JSON.stringify([view.q, view.filters, view.sort, view.page]);

/** The view a URL's query holds under `prefix`; what no API would take is left out. */
export function readView(search: string, prefix: string): RegisterView {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(prefix + name) ?? '';
  const filters = noFilters();
  for (const facet of facetNames) filters[facet] = [...new Set(params.getAll(prefix + facet))].filter((value) => accepts(facet, value)).slice(0, 50);
  const page = Number(get('page'));
  const sort = get('sort');
  const doc = get('doc');
  return {
    q: toNfc(get('q')).trim().slice(0, searchQueryMax),
    filters,
    sort: sorts.includes(sort) ? (sort as LegalDocumentSort) : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : 1,
    doc: /^[\w-]{1,64}$/.test(doc) ? doc : undefined,
  };
}

/** `search` with the view written under `prefix`; the page's own parameters, and other widgets', stay. */
export function writeView(search: string, prefix: string, view: RegisterView): string {
  const params = new URLSearchParams(search);
  for (const name of ['q', ...facetNames, 'sort', 'page', 'doc']) params.delete(prefix + name);
  if (view.q) params.set(`${prefix}q`, view.q);
  for (const facet of facetNames) for (const value of view.filters[facet]) params.append(prefix + facet, value);
  if (view.sort) params.set(`${prefix}sort`, view.sort);
  if (view.page > 1) params.set(`${prefix}page`, String(view.page));
  if (view.doc) params.set(`${prefix}doc`, view.doc);
  const query = params.toString();
  return query ? `?${query}` : '';
}
