import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FacetCount, LegalDocumentFacets, LegalDocumentSearchQuery, LegalDocumentSearchResult, LegalDocumentSummary, LocalizedText } from '@vn-portal/schema';
import { searchQueryMax } from '@vn-portal/schema/vocabulary';
import { ApiProblemError } from '@vn-portal/sdk';
import { formatNumber, toNfc } from '@vn-portal/sdk/vietnamese';
import { announce, liveRegion } from '../shared/announcer.js';
import { apiRootOf } from '../shared/api.js';
import { resolveAgency, resolveApiBase } from '../shared/config.js';
import { DataController } from '../shared/data-controller.js';
import { setJsonLd } from '../shared/json-ld.js';
import { LazyPart } from '../shared/lazy-part.js';
import { localized, outdatedEnglishNote, pickText } from '../shared/localized-text.js';
import { str } from '../shared/localization.js';
import { PortalElement } from '../shared/portal-element.js';
import { baseWrapper, renderStates } from '../shared/states.js';
import { portalStyles } from '../shared/styles.js';
import { attachmentList, badge, commentPeriod, dateOf, docName, fact } from './document-parts.js';
import type { OpenDocument } from './document-view.js';
import { facetLabels, statusLabels, typeLabels } from './labels.js';
import { legalDocsApi } from './legal-docs-api.js';
import { legalDocsStyles } from './legal-docs.styles.js';
import type * as SearchReading from './search-reading.js';
import { facetNames, noFilters, readView, searchKey, writeView, type FacetName, type RegisterView } from './url-state.js';

export type LegalDocsMode = 'search' | 'latest' | 'drafts';

/** Where the focus goes once the view it waits for is on screen. */
type FocusTarget = 'title' | 'list' | 'count';

/**
 * The register of legal documents (Cao Bằng Điều 5.6): one search box, diacritic-insensitive and
 * aware of document numbers ("quyet dinh", "10/2024", "QĐ-UBND"), facets with counts, sort and
 * pages, the count announced; each result with its number, type, summary, date of issue, issuer,
 * validity and attachments. A document opens inside the element with every field the national
 * register shows, its related documents (which open in turn), attachments, a citation to copy,
 * and schema.org `Legislation` JSON-LD in the light DOM. The search and the open document live in
 * the page's URL (parameters named `url-prefix` + `q`, `type`, …, `doc`), so links can be shared
 * and Back and Forward work; `sync-url="off"` keeps them inside the element.
 *
 * `mode="latest"` lists the newest documents (`page-size` of them, 5 by default), for a sidebar;
 * `mode="drafts"` searches the drafts open for public comment, with their comment period and a
 * moderated comment form. `agency` limits the register to one agency's documents; `type`,
 * `issuer`, `field`, `year` and `status` (space-separated values) limit it further, and their
 * facets offer only those values.
 *
 * @summary Search, read and cite the register of legal documents; comment on drafts.
 *
 * @fires {CustomEvent<VnSearchDetail>} vn-search - Bubbles, composed, not cancelable. The visitor searched, filtered, sorted or turned a page; `detail.query` is the API query.
 * @fires {CustomEvent<VnDocumentOpenDetail>} vn-document-open - Bubbles, composed, not cancelable. The visitor opened a document; `detail.id` is its id.
 * @fires {CustomEvent<VnCommentDetail>} vn-comment - Bubbles, composed, not cancelable. The portal took a comment on a draft; `detail` has `documentId` and the `receipt`.
 * @fires {CustomEvent<VnCopyDetail>} vn-copy - Bubbles, composed, not cancelable. The citation was copied; `detail` has its `text` and `html`.
 * @fires {CustomEvent<VnErrorDetail>} vn-error - Bubbles, composed, not cancelable. Loading or sending failed; `detail.error` is the SDK's `PortalError`.
 *
 * @csspart base - The wrapper.
 * @csspart search - The search form.
 * @csspart filters - The facets.
 * @csspart facet - One facet (a disclosure with its checkboxes).
 * @csspart active-filters - The filters in use, each a button that removes it.
 * @csspart count - How many documents were found.
 * @csspart sort - The sort order select.
 * @csspart results - The list of documents.
 * @csspart reading - How the search was read: the document number recognised in it ("Tìm văn bản số 42/2022/NĐ-CP").
 * @csspart closest-notice - Said when no document has every word and the closest are shown.
 * @csspart did-you-mean - The search with its typos corrected, as a link.
 * @csspart result - One document in the list.
 * @csspart outdated-english - Said after English text older than the Vietnamese (possibly outdated), in English only.
 * @csspart badge - A validity or comment-period badge.
 * @csspart attachments - A document's attached files.
 * @csspart pagination - The page links.
 * @csspart feed-link - The link to the register's Atom feed (of the element's agency), below the list.
 * @csspart back-link - The line with the link from a document back to the list.
 * @csspart document - The open document.
 * @csspart title - The open document's heading.
 * @csspart metadata - The open document's fields, a withdrawn document's day and reason of withdrawal first.
 * @csspart relations - The open document's related documents.
 * @csspart citation - The citation and its copy button.
 * @csspart copy-button - The "Copy citation" button.
 * @csspart comments - A draft's published comments.
 * @csspart comment-form - A draft's comment form.
 * @csspart error-summary - What to correct in the comment form.
 * @csspart problem - Why a comment could not be sent.
 * @csspart submit-button - The button that sends a comment.
 * @csspart comment-receipt - The thanks shown once a comment was taken.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when nothing is found.
 * @csspart error - The error message, with its retry button.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --vn-color-text - Text colour.
 * @cssproperty --vn-color-accent - Links, buttons, inputs and focus rings.
 * @cssproperty --vn-color-muted - Secondary text (dates, counts, issuers).
 * @cssproperty --vn-color-danger - Validation messages, and the badge of expired documents.
 * @cssproperty --vn-color-success - The badge of documents in force and open comment periods.
 * @cssproperty --vn-color-warning - The badge of documents partly expired or suspended.
 * @cssproperty --vn-color-border - Borders of results, facets and badges.
 * @cssproperty --vn-color-surface - Background of results and notices.
 * @cssproperty --vn-color-highlight - Background of the searched words marked in summaries.
 * @cssproperty --vn-color-skeleton - Loading placeholder.
 * @cssproperty --vn-radius - Corner radius.
 * @cssproperty --vn-gap - Space between results.
 * @cssproperty --vn-line-height - Line height.
 * @cssproperty --vn-legal-docs-filters-width - Width of the facets column on wide layouts (15rem).
 */
export class VnLegalDocs extends PortalElement {
  static override styles = [portalStyles, legalDocsStyles];
  static override properties = {
    mode: { reflect: true },
    type: {},
    issuer: {},
    field: {},
    year: {},
    status: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url' },
    urlPrefix: { attribute: 'url-prefix' },
  };

  /** `search` (the register), `latest` (the newest documents, compact) or `drafts` (drafts for comment). */
  declare mode: LegalDocsMode;
  /** Only documents of these types (`decision law`…). */
  declare type: string | undefined;
  /** Only documents of these issuers (codes). */
  declare issuer: string | undefined;
  /** Only documents of these fields (codes). */
  declare field: string | undefined;
  /** Only documents issued in these years. */
  declare year: string | undefined;
  /** Only documents of these validities (`in-force`…). */
  declare status: string | undefined;
  /** Documents per page (20; at most 100); in `latest` mode, how many are listed (5; at most 50). */
  declare pageSize: number | undefined;
  /** `off` keeps the search and the open document out of the page's URL. */
  declare syncUrl: string | undefined;
  /**
   * Prefix of the URL parameters, so that widgets on one page keep apart: `vb-` by default, `dt-`
   * in `drafts` mode, `vbm-` in `latest` mode.
   */
  declare urlPrefix: string | undefined;

  private view: RegisterView = { q: '', filters: noFilters(), sort: undefined, page: 1, doc: undefined };
  private typing: ReturnType<typeof setTimeout> | undefined;
  private announcePending = false;
  private focusPending: FocusTarget | undefined;
  /** The document last opened from the list, whose link takes the focus back. */
  private openedFromList: string | undefined;

  // The latest documents too are a search (newest first, one page): unlike the API's list of the
  // latest, it keeps to the scope of `type`, `field`, `status`…
  private readonly results = new DataController<LegalDocumentSearchResult>(this, ({ transport, agency, signal }) => {
    // The notices and the marking of words are fetched alongside the first results that need them.
    if (this.view.q) this.searchReading.prefetch();
    return legalDocsApi(transport).searchLegalDocuments(this.query(agency), { signal });
  });

  private readonly searchReading = new LazyPart<typeof SearchReading>(this, () => import('./search-reading.js'));

  private readonly detail = new DataController<OpenDocument | null>(this, async ({ transport, signal }) => {
    const id = this.view.doc;
    if (id === undefined) return null;
    // The view's code is fetched alongside its first document.
    this.documentView.prefetch();
    const documents = legalDocsApi(transport);
    const [document, comments] = await Promise.all([
      documents.getLegalDocument({ id }, { signal }),
      this.mode === 'drafts' ? documents.listDraftComments({ id }, { signal }) : undefined,
    ]);
    return { document, comments };
  });

  private readonly documentView = new LazyPart(this, () =>
    import('./document-view.js').then(
      ({ DocumentView }) =>
        new DocumentView(this, {
          documentLink: (id, content) => this.link({ doc: id }, 'title', content),
          shareUrl: () => (this.syncing ? new URL(this.hrefFor({}), location.href).href : undefined),
        }),
    ),
  );

  constructor() {
    super();
    this.mode = 'search';
  }

  private get paramPrefix(): string {
    return this.urlPrefix ?? (this.mode === 'drafts' ? 'dt-' : this.mode === 'latest' ? 'vbm-' : 'vb-');
  }

  private get syncing(): boolean {
    return this.syncUrl !== 'off';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.syncing) return;
    this.view = readView(location.search, this.paramPrefix);
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.typing);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (['mode', 'pageSize', ...facetNames] as const).some((name) => changed.has(name))) void this.results.restart();
  }

  protected override render(): TemplateResult {
    const open = this.view.doc !== undefined;
    return baseWrapper(open ? this.detail : this.results, html`${open ? this.renderDetail() : this.renderList()}${liveRegion()}`, LazyPart.busy(this));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const detail = this.view.doc === undefined ? undefined : this.detail.data?.document;
    setJsonLd(this, detail && this.documentView.value?.legislation(detail));
    if (this.announcePending && !this.results.loading) {
      this.announcePending = false;
      const total = this.results.data?.total;
      if (total !== undefined && !this.results.error) announce(this.renderRoot, this.countText(total));
    }
    const target = this.focusPending && this.focusTarget(this.focusPending);
    if (target) {
      this.focusPending = undefined;
      target.focus();
    }
  }

  private focusTarget(target: FocusTarget): HTMLElement | null | undefined {
    const root = this.renderRoot;
    if (target === 'title') return this.detail.data ? root.querySelector<HTMLElement>('[part~="title"]') : undefined;
    // Not before the list is on screen, its code included.
    if (this.results.loading || !this.results.data || LazyPart.busy(this)) return undefined;
    const link = target === 'list' && this.openedFromList ? root.querySelector<HTMLElement>(`a[data-doc="${this.openedFromList}"]`) : null;
    return link ?? root.querySelector<HTMLElement>('[part~="count"]') ?? root.querySelector<HTMLElement>('[part~="base"]');
  }

  // ——— State and URL ———

  private size(fallback: number, max: number): number {
    return Math.min(Math.max(Math.trunc(this.pageSize ?? fallback) || fallback, 1), max);
  }

  private scopeOf(facet: FacetName): string[] {
    return (this[facet] ?? '').split(/[\s,]+/).filter(Boolean);
  }

  /** The values a facet filters by: the visitor's choice within the scope, else the whole scope. */
  private filterOf(facet: FacetName): string[] {
    const scope = this.scopeOf(facet);
    const chosen = this.view.filters[facet].filter((value) => scope.length === 0 || scope.includes(value));
    return chosen.length > 0 ? chosen : scope;
  }

  private query(agency: string | undefined): LegalDocumentSearchQuery {
    const { q, sort, page } = this.view;
    const query: Record<string, unknown> = { agency, page, pageSize: this.mode === 'latest' ? this.size(5, 50) : this.size(20, 100) };
    if (this.mode === 'drafts') query.stage = 'draft';
    if (q) query.q = q;
    if (sort) query.sort = sort;
    for (const facet of facetNames) {
      const values = this.filterOf(facet);
      if (values.length > 0) query[facet] = values;
    }
    return query;
  }

  private hrefFor(changes: Partial<RegisterView>): string {
    return `${location.pathname}${writeView(location.search, this.paramPrefix, { ...this.view, ...changes })}${location.hash}`;
  }

  /** Moves to another view on the visitor's behalf: into the URL (a new history entry if `push`), then loads. */
  private go(changes: Partial<RegisterView>, push = true): void {
    const previous = this.view;
    const href = this.hrefFor(changes);
    this.view = { ...previous, ...changes };
    if (this.syncing && href !== `${location.pathname}${location.search}${location.hash}`) {
      // The page's own history state is kept: routers of the host page may keep theirs there.
      history[push ? 'pushState' : 'replaceState'](history.state, '', href);
    }
    this.apply(previous);
    const { doc } = this.view;
    if (doc !== undefined && doc !== previous.doc) this.emit('vn-document-open', { id: doc });
    if (searchKey(previous) !== searchKey(this.view)) {
      this.announcePending = true;
      this.emit('vn-search', { query: this.query(resolveAgency(this.agency)) });
    }
  }

  private apply(previous: RegisterView): void {
    clearTimeout(this.typing);
    if (searchKey(previous) !== searchKey(this.view)) void this.results.restart();
    if (previous.doc !== this.view.doc) {
      // Another document: its skeleton, not the last one's fields.
      this.detail.data = undefined;
      void this.detail.restart();
    }
    this.requestUpdate();
  }

  private readonly onPopState = (): void => {
    const previous = this.view;
    this.view = readView(location.search, this.paramPrefix);
    if (previous.doc !== this.view.doc) this.focusPending = this.view.doc === undefined ? 'list' : 'title';
    this.apply(previous);
  };

  /** Follows one of the element's links inside it, unless the visitor asked for a new tab or window. */
  private follow(event: MouseEvent, changes: Partial<RegisterView>, focus: FocusTarget): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.focusPending = focus;
    this.go(changes);
  }

  /** A link to another view of the element; `fromList` names the document whose link takes the focus back. */
  private link(changes: Partial<RegisterView>, focus: FocusTarget, content: unknown, fromList?: string) {
    return html`<a href=${this.hrefFor(changes)} data-doc=${fromList ?? nothing}
      @click=${(event: MouseEvent) => {
        if (fromList) this.openedFromList = fromList;
        this.follow(event, changes, focus);
      }}>${content}</a>`;
  }

  /**
   * The text of the search box: the search's, except while the visitor types in it, when what they
   * typed stays as typed (a search for "quyet " must not eat the space before the next word).
   */
  private shownQuery(): string {
    const box = this.renderRoot.querySelector<HTMLInputElement>('#q');
    return box && this.shadowRoot?.activeElement === box ? box.value : this.view.q;
  }

  private onInput(event: Event): void {
    const { value } = event.target as HTMLInputElement;
    clearTimeout(this.typing);
    // While the visitor types, one search after a pause, replacing the history entry, not adding one.
    this.typing = setTimeout(() => this.search(value, false), 300);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    this.search(input?.value ?? '', true);
  }

  private search(value: string, push: boolean): void {
    clearTimeout(this.typing);
    const q = toNfc(value).trim();
    if (q !== this.view.q) this.go({ q, page: 1 }, push);
  }

  private setFilters(filters: RegisterView['filters'], focus?: FocusTarget): void {
    this.focusPending = focus;
    this.go({ filters, page: 1 });
  }

  private toggle(facet: FacetName, value: string): void {
    const chosen = this.view.filters[facet];
    this.setFilters({ ...this.view.filters, [facet]: chosen.includes(value) ? chosen.filter((other) => other !== value) : [...chosen, value] });
  }

  // ——— The list ———

  private renderList(): TemplateResult {
    const latest = this.mode === 'latest';
    return html`${latest
      ? nothing
      : html`<form part="search" role="search" @submit=${(event: SubmitEvent) => this.onSubmit(event)}>
          <label for="q">${this.t.msg('Tìm kiếm văn bản')}</label>
          <p class="muted" id="q-hint">${this.t.msg('Từ khóa trong trích yếu (có dấu hoặc không dấu) hoặc số ký hiệu, ví dụ 10/2024/QĐ-UBND.')}</p>
          <div class="search-row">
            <input id="q" type="search" maxlength=${searchQueryMax} autocomplete="off" aria-describedby="q-hint" .value=${this.shownQuery()} @input=${(event: Event) => this.onInput(event)} />
            <button type="submit">${this.t.msg('Tìm kiếm')}</button>
          </div>
        </form>`}
    ${renderStates(this.t, this.results, {
      skeleton: () => html`<div></div><div></div><div></div>`,
      isEmpty: (listing) => latest && listing.items.length === 0,
      empty: () => this.t.msg('Chưa có văn bản nào được đăng tải.'),
      ready: (listing) => (latest ? this.renderLatest(listing.items) : this.renderSearch(listing)),
    })}
    ${this.renderFeedLink()}`;
  }

  /** The register's Atom feed (issued documents), of this element's agency when it has one: for visitors' feed readers. */
  private renderFeedLink() {
    const apiBase = resolveApiBase(this.apiBase);
    if (apiBase === undefined || this.mode === 'drafts') return nothing;
    const agency = resolveAgency(this.agency);
    const href = `${apiRootOf(apiBase)}/legal-documents/feed.atom${agency === undefined ? '' : `?agency=${encodeURIComponent(agency)}`}`;
    return html`<p class="feed"><a part="feed-link" href=${href} type="application/atom+xml">${this.t.msg('Theo dõi văn bản mới qua nguồn tin Atom')}</a></p>`;
  }

  private renderLatest(items: LegalDocumentSummary[]): TemplateResult {
    return html`<ul class="latest" part="results">
      ${items.map(
        (doc) => html`<li part="result">
          ${this.link({ doc: doc.id }, 'title', docName(this.t, doc), doc.id)}
          <span class="summary">${this.text(doc.summary)}</span>
          ${dateOf(doc.issuedDate, this.locale)}
        </li>`,
      )}
    </ul>`;
  }

  private renderSearch(result: LegalDocumentSearchResult): TemplateResult {
    const read = this.view.q !== '' || result.reading !== undefined || result.match === 'most' || result.didYouMean !== undefined;
    return read ? this.searchReading.render((reading) => this.renderResults(result, reading)) : this.renderResults(result, undefined);
  }

  /** The results, with how the search was read and its words marked when `reading` is there. */
  private renderResults(result: LegalDocumentSearchResult, reading: typeof SearchReading | undefined): TemplateResult {
    const { items, total, pageSize, facets } = result;
    const words = reading?.highlightedWords(this.view.q, result) ?? new Set<string>();
    const sort = this.view.sort ?? (this.view.q ? 'relevance' : 'issued-desc');
    const sorts: [string, string][] = [
      ['relevance', this.t.msg('Phù hợp nhất')],
      ['issued-desc', this.t.msg('Ban hành mới nhất')],
      ['effective-desc', this.t.msg('Có hiệu lực mới nhất')],
    ];
    return html`<div class="columns">
      ${this.renderFacets(facets)}
      <div>
        <div class="toolbar">
          <p class="count" part="count" tabindex="-1">${this.countText(total)}</p>
          <label
            >${this.t.msg('Sắp xếp theo')}
            <select part="sort" @change=${(event: Event) => this.go({ sort: (event.target as HTMLSelectElement).value as RegisterView['sort'], page: 1 })}>
              ${sorts.map(([value, label]) => html`<option value=${value} ?selected=${value === sort}>${label}</option>`)}
            </select></label
          >
        </div>
        ${this.renderActiveFilters(facets)} ${reading ? reading.readingNotices(this.t, result, (q) => this.link({ q, page: 1 }, 'count', q)) : nothing}
        ${total === 0
          ? this.renderNoResults()
          : html`<ul class="results" part="results">
                ${items.map((doc) => this.renderResult(doc, words, reading))}
              </ul>
              ${this.renderPages(total, pageSize)}`}
      </div>
    </div>`;
  }

  private renderFacets(facets: LegalDocumentFacets) {
    return html`<div class="filters" part="filters" role="group" aria-label=${this.t.msg('Bộ lọc')}>
      ${facetNames.map((facet) => {
        const scope = this.scopeOf(facet);
        const values = facets[facet].filter((entry) => scope.length === 0 || scope.includes(entry.value));
        if (values.length === 0 || scope.length === 1) return nothing;
        const name = facetLabels(this.t)[facet];
        const chosen = this.view.filters[facet];
        // Values stay in place when one of them is ticked (counts of a facet ignore its own filter),
        // so the checkbox under the focus keeps its meaning.
        return html`<details part="facet" ?open=${chosen.length > 0}>
          <summary>${name}</summary>
          <fieldset>
            <legend class="visually-hidden">${name}</legend>
            ${values.map(
              (entry) => html`<label class="check"
                ><input type="checkbox" .checked=${chosen.includes(entry.value)} @change=${() => this.toggle(facet, entry.value)} />
                <span>${this.valueLabel(facet, entry)} <span class="muted">(${formatNumber(entry.count, this.locale)})</span></span></label
              >`,
            )}
          </fieldset>
        </details>`;
      })}
    </div>`;
  }

  private valueLabel(facet: FacetName, entry: FacetCount): string | TemplateResult {
    const known = facet === 'type' ? typeLabels(this.t) : facet === 'status' ? statusLabels(this.t) : {};
    return (known as Record<string, string | undefined>)[entry.value] ?? (entry.label ? this.text(entry.label) : entry.value);
  }

  private renderActiveFilters(facets: LegalDocumentFacets) {
    const active = facetNames.flatMap((facet) => this.view.filters[facet].map((value) => [facet, value] as const));
    if (active.length === 0) return nothing;
    return html`<div class="active-filters" part="active-filters">
      ${active.map(
        ([facet, value]) => html`<button type="button" class="chip"
          @click=${() => this.setFilters({ ...this.view.filters, [facet]: this.view.filters[facet].filter((other) => other !== value) }, 'count')}>
          <span class="visually-hidden">${this.t.msg('Bỏ lọc:')} </span>${this.valueLabel(facet, facets[facet].find((entry) => entry.value === value) ?? { value, count: 0 })}
          <span aria-hidden="true">×</span>
        </button>`,
      )}
      <button type="button" @click=${() => this.setFilters(noFilters(), 'count')}>${this.t.msg('Bỏ tất cả bộ lọc')}</button>
    </div>`;
  }

  private renderNoResults() {
    const narrowed = this.view.q !== '' || facetNames.some((facet) => this.view.filters[facet].length > 0);
    return narrowed ? html`<p class="state" part="empty">${this.t.msg('Hãy thử bớt từ khóa hoặc bỏ bớt bộ lọc.')}</p>` : nothing;
  }

  private countText(total: number): string {
    if (total === 0) return this.t.msg('Không tìm thấy văn bản nào.');
    return total === 1 ? this.t.msg('Tìm thấy 1 văn bản.') : this.t.msg(str`Tìm thấy ${formatNumber(total, this.locale)} văn bản.`);
  }

  private renderResult(doc: LegalDocumentSummary, words: ReadonlySet<string>, reading: typeof SearchReading | undefined) {
    return html`<li part="result">
      <h3>${this.link({ doc: doc.id }, 'title', docName(this.t, doc), doc.id)}</h3>
      <p>${reading ? this.highlighted(doc.summary, words, reading) : this.text(doc.summary)}${outdatedEnglishNote(doc.languageUpdatedAt, this.t)}</p>
      <dl class="facts">
        ${fact(this.t, this.t.msg('Ngày ban hành'), dateOf(doc.issuedDate, this.locale))} ${fact(this.t, facetLabels(this.t).issuer, this.text(doc.issuer.name))}
        ${doc.draft ? fact(this.t, this.t.msg('Lấy ý kiến'), commentPeriod(this.t, doc.draft)) : fact(this.t, facetLabels(this.t).status, badge(this.t, doc.status))}
        ${doc.replacedBy ? fact(this.t, this.t.msg('Văn bản thay thế'), this.link({ doc: doc.replacedBy.documentId }, 'title', doc.replacedBy.number)) : nothing}
      </dl>
      ${attachmentList(this.t, doc.attachments)}
    </li>`;
  }

  private renderPages(total: number, pageSize: number) {
    const { page } = this.view;
    const last = Math.min(Math.ceil(total / pageSize), 10_000);
    if (last <= 1) return nothing;
    return html`<nav part="pagination" aria-label=${this.t.msg('Phân trang')}>
      ${page > 1 ? this.link({ page: page - 1 }, 'count', this.t.msg('Trang trước')) : nothing}
      <span>${this.t.msg(str`Trang ${formatNumber(page, this.locale)}/${formatNumber(last, this.locale)}`)}</span>
      ${page < last ? this.link({ page: page + 1 }, 'count', this.t.msg('Trang sau')) : nothing}
    </nav>`;
  }

  private text(value: LocalizedText) {
    return localized(value, this.locale);
  }

  /** Localized text with the searched words marked (see `localized`). */
  private highlighted(value: LocalizedText, words: ReadonlySet<string>, reading: typeof SearchReading) {
    const { text, fallback } = pickText(value, this.locale);
    const marked = reading.highlight(text, words);
    return fallback ? html`<span lang="vi">${marked}</span>` : marked;
  }

  // ——— The open document ———

  private renderDetail(): TemplateResult {
    const back = html`<p part="back-link">${this.link({ doc: undefined }, 'list', html`<span aria-hidden="true">← </span>${this.t.msg('Quay lại danh sách')}`)}</p>`;
    const { error, data } = this.detail;
    if (!data && error instanceof ApiProblemError && error.status === 404) {
      return html`${back}<p class="state" part="empty">${this.t.msg('Không có văn bản này trong cơ sở dữ liệu văn bản.')}</p>`;
    }
    return html`${back}
    ${renderStates(this.t, this.detail, {
      skeleton: () => html`<div></div><div></div>`,
      isEmpty: () => false,
      empty: () => '',
      ready: (detail) => (detail ? this.documentView.render((view) => view.render(detail)) : html``),
    })}`;
  }
}
