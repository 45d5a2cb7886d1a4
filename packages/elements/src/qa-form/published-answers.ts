import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, CitedDocument, PublishedAnswer, PublishedAnswerList, QaFormConfig } from '@vn-portal/schema';
import { formatDate, formatNumber } from '@vn-portal/sdk/vietnamese';
import { DataController } from '../shared/data-controller.js';
import { localized } from '../shared/localized-text.js';
import { inLocale, msg, str } from '../shared/localization.js';
import { renderStates } from '../shared/states.js';
import { qaApi } from './qa-api.js';
import type { QaFormContext } from './form-context.js';
import type { VnQaForm } from './qa-form.js';

/** What rendering an answer needs from the element. */
type AnswerHost = Pick<QaFormContext, 'richText' | 'locale' | 'legalDocsUrl'>;

function citedDocument(host: AnswerHost, document: CitedDocument) {
  const { documentId } = document;
  const number =
    host.legalDocsUrl && documentId
      ? html`<a href=${host.legalDocsUrl.replace('{id}', encodeURIComponent(documentId))}>${document.number}</a>`
      : html`<strong>${document.number}</strong>`;
  return html`<li>${number}: ${localized(document.summary, host.locale)} (${localized(document.issuer, host.locale)},
    <time datetime=${document.issuedDate}>${formatDate(document.issuedDate, host.locale)}</time>)</li>`;
}

/** An answer as the board gave it: the agency, the date, the sanitized text and the documents it cites. */
export function answerBody(host: AnswerHost, answer: Answer): TemplateResult {
  const { locale } = host;
  return html`<p class="meta">${msg('Cơ quan trả lời:')} ${localized(answer.agency.name, locale)},
      <time datetime=${answer.answeredAt}>${formatDate(answer.answeredAt, locale)}</time></p>
    ${host.richText.render(answer.content, locale, 'answer-content')}
    ${answer.citedDocuments.length > 0
      ? html`<p class="cited">${msg('Văn bản được trích dẫn:')}</p>
          <ul part="cited-documents">${answer.citedDocuments.map((document) => citedDocument(host, document))}</ul>`
      : nothing}`;
}

/** A published question, its answer behind a disclosure. No personal data: the API sends none. */
export function publishedAnswer(host: AnswerHost, item: PublishedAnswer, heading: boolean): TemplateResult {
  const title = localized(item.title, host.locale);
  return html`${heading ? html`<h3>${title}</h3>` : nothing}
    <details part="answer-details">
      <summary>${heading ? html`${msg('Xem câu hỏi và trả lời')}<span class="visually-hidden">: ${title}</span>` : title}</summary>
      <p class="question">${localized(item.question, host.locale)}</p>
      ${answerBody(host, item.answer)}
    </details>`;
}

const noAnswers: PublishedAnswerList = { items: [], total: 0, page: 1, pageSize: 1 };

/**
 * The searchable, paginated list of published answers. Nothing is fetched until the list is first
 * shown: a page may open on the ask form and never look at answers.
 */
export class AnswerBrowser {
  private q = '';
  private page = 1;
  private wanted = false;
  /** The query of the latest request, so a search typed during a load is not answered by the old one. */
  private requested = '';
  readonly list: DataController<PublishedAnswerList>;

  private readonly host: VnQaForm;

  constructor(private readonly context: QaFormContext) {
    const host = (this.host = context.host);
    this.list = new DataController(
      host,
      ({ transport, agency, signal }) => {
        this.requested = this.queryKey();
        return qaApi(transport).searchAnswers({ ...(this.q ? { q: this.q } : {}), page: this.page, pageSize: host.pageSize, agency }, { signal });
      },
      () => (this.wanted ? undefined : noAnswers),
    );
  }

  private queryKey = () => `${this.q}\n${this.page}`;

  /** Called when the list is shown: the first time, it loads. */
  show(): void {
    this.wanted = true;
  }

  render(config: QaFormConfig): TemplateResult {
    const { locale } = this.context;
    return html`<form role="search" part="search-form" class="row" @submit=${this.search}>
        <label for="qa-search">${msg('Tìm trong các câu trả lời đã đăng')}</label>
        <input id="qa-search" name="q" type="search" .value=${this.q} />
        <button type="submit" part="search-button">${msg('Tìm kiếm')}</button>
      </form>
      <div aria-busy=${this.list.loading ? 'true' : 'false'}>
        ${renderStates(this.list, {
          skeleton: () => html`<div></div><div></div>`,
          isEmpty: (list) => list.items.length === 0,
          empty: () => (this.q ? msg('Không có câu trả lời nào phù hợp với nội dung tìm kiếm.') : msg('Chưa có câu trả lời nào được đăng.')),
          ready: (list) => html`<p part="result-count" id="qa-result-count" tabindex="-1">${this.countText(list.total)}</p>
            <ol class="answers" part="answers">
              ${list.items.map((item) => html`<li part="answer">${publishedAnswer(this.context, item, true)}</li>`)}
            </ol>
            ${this.pagination(list)} ${config.disclaimer ? html`<p class="muted">${localized(config.disclaimer, locale)}</p>` : nothing}`,
        })}
      </div>`;
  }

  private countText(total: number): string {
    return msg(str`Số câu trả lời tìm thấy: ${formatNumber(total, this.context.locale)}`);
  }

  private pagination({ total, page, pageSize }: PublishedAnswerList) {
    const pages = Math.ceil(total / pageSize);
    if (pages <= 1) return nothing;
    const button = (to: number, label: string) => html`<button type="button" part="page-button" @click=${() => this.load(this.q, to, true)}>${label}</button>`;
    return html`<nav class="row" part="pagination" aria-label=${msg('Các trang câu trả lời')}>
      ${page > 1 ? button(page - 1, msg('Trang trước')) : nothing}
      <span>${msg(str`Trang ${page}/${pages}`)}</span>
      ${page < pages ? button(page + 1, msg('Trang sau')) : nothing}
    </nav>`;
  }

  private readonly search = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    void this.load(input.value.normalize('NFC').trim(), 1, false);
  };

  /**
   * Loads a page of results. After a search the count is announced and the focus stays in the
   * search box; after a page change the focus moves to the count, as the button may be gone.
   */
  private async load(q: string, page: number, focusCount: boolean): Promise<void> {
    this.q = q;
    this.page = page;
    do await this.list.reload();
    while (!this.list.error && this.requested !== this.queryKey());
    await this.host.updateComplete;
    const list = this.list.data;
    if (this.list.error || !list) return;
    if (focusCount) this.host.renderRoot.querySelector<HTMLElement>('#qa-result-count')?.focus();
    else this.context.say(inLocale(this.context.locale, () => (list.total === 0 ? msg('Không có câu trả lời nào phù hợp với nội dung tìm kiếm.') : this.countText(list.total))));
  }
}
