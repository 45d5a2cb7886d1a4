import { msg, str } from '@lit/localize';
import type { CitedDocument, LegalDocumentSummary, Language } from '@vn-portal/schema';
import { foldVietnamese, formatDate, readLegalCitation } from '@vn-portal/sdk/vietnamese';
import { html, LitElement, nothing } from 'lit';
import type { SessionCall } from './question-detail.js';

/** How many register matches are offered for a number typed. */
const offered = 8;

/** A register entry as an answer cites it (Cao Bằng Điều 9: number, summary, date and issuer). */
export const citationOf = (document: LegalDocumentSummary): CitedDocument => ({
  number: document.number,
  summary: document.summary,
  issuedDate: document.issuedDate,
  issuer: document.issuer.name,
  documentId: document.id,
});

/**
 * The documents an answer cites, picked by number: the officer types "42/2022" (or "NĐ 42/2022",
 * or pastes a citation), the register's matches are offered, the one whose number holds what was
 * typed first, and each pick is kept with the register's own metadata and id (shown publicly as a
 * link to the register). Renders into the page's tree, styled by the console.
 */
export class VnpCitationPicker extends LitElement {
  static override properties = {
    call: { attribute: false },
    language: {},
    chosen: { state: true },
    found: { state: true },
    announcement: { state: true },
  };

  /** The console's calls, the register's search among them. */
  declare call: SessionCall | undefined;
  declare language: Language;
  declare chosen: CitedDocument[];
  declare found: LegalDocumentSummary[] | undefined;
  declare announcement: string;

  constructor() {
    super();
    this.language = 'vi';
    this.chosen = [];
    this.announcement = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  async #search(): Promise<void> {
    const typed = this.querySelector<HTMLInputElement>('input[name="citation"]')?.value.trim() ?? '';
    if (typed === '' || this.call === undefined) return;
    const found = await this.call((client) => client.searchLegalDocuments({ q: typed, pageSize: offered }));
    if (found === undefined) return;
    const { items } = found;
    const { number } = readLegalCitation(typed);
    const named = number === undefined ? undefined : foldVietnamese(number);
    const holdsNumber = (document: LegalDocumentSummary) => named !== undefined && foldVietnamese(document.number).includes(named);
    this.found = items.filter((document) => !this.chosen.some((cited) => cited.documentId === document.id)).sort((a, b) => Number(holdsNumber(b)) - Number(holdsNumber(a)));
    this.announcement = msg(str`${this.found.length} văn bản phù hợp`, { id: 'citation-matches' });
  }

  #choose(document: LegalDocumentSummary): void {
    this.chosen = [...this.chosen, citationOf(document)];
    this.found = undefined;
    this.announcement = msg(str`Đã chọn ${document.number}`, { id: 'citation-chosen' });
    const field = this.querySelector<HTMLInputElement>('input[name="citation"]');
    if (field !== null) {
      field.value = '';
      field.focus();
    }
  }

  #remove(cited: CitedDocument): void {
    this.chosen = this.chosen.filter((other) => other !== cited);
    this.announcement = msg(str`Đã bỏ ${cited.number}`, { id: 'citation-removed' });
    this.querySelector<HTMLInputElement>('input[name="citation"]')?.focus();
  }

  override render() {
    const summary = (text: { vi: string; en?: string | undefined }) => (this.language === 'en' ? (text.en ?? text.vi) : text.vi);
    return html`<fieldset class="citations">
      <legend>${msg('Văn bản trích dẫn', { id: 'citations' })}</legend>
      ${this.chosen.length === 0
        ? nothing
        : html`<ul class="chosen">
            ${this.chosen.map(
              (cited) => html`<li>
                <strong>${cited.number}</strong>: ${summary(cited.summary)} (${formatDate(cited.issuedDate, this.language)})
                <button type="button" data-remove=${cited.number} @click=${() => this.#remove(cited)}>
                  ${msg('Bỏ', { id: 'citation-remove' })}<span class="visually-hidden"> ${cited.number}</span>
                </button>
              </li>`,
            )}
          </ul>`}
      <label
        >${msg('Số hiệu văn bản (ví dụ 42/2022)', { id: 'citation-number' })}
        <input
          name="citation"
          autocomplete="off"
          spellcheck="false"
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void this.#search();
          }}
        />
      </label>
      <button type="button" name="find-citation" @click=${() => this.#search()}>${msg('Tìm trong cơ sở dữ liệu văn bản', { id: 'citation-find' })}</button>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.found === undefined
        ? nothing
        : this.found.length === 0
          ? html`<p>${msg('Không có văn bản nào có số hiệu này.', { id: 'citation-none' })}</p>`
          : html`<ul class="matches">
              ${this.found.map(
                (document) => html`<li>
                  <button type="button" data-choose=${document.number} @click=${() => this.#choose(document)}>
                    ${msg('Chọn', { id: 'citation-choose' })} <strong>${document.number}</strong>
                  </button>
                  ${summary(document.summary)} (${summary(document.issuer.name)}, ${formatDate(document.issuedDate, this.language)})
                </li>`,
              )}
            </ul>`}
    </fieldset>`;
  }
}
