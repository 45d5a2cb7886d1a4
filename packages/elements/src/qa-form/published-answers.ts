import { html, nothing, type TemplateResult } from 'lit';
import type { PublishedAnswerList, QaFormConfig } from '@vn-portal/schema';
import { formatNumber } from '@vn-portal/sdk/vietnamese';
import { DataController } from '../shared/data-controller.js';
import { localized } from '../shared/localized-text.js';
import { str } from '../shared/localization.js';
import { renderStates } from '../shared/states.js';
import { publishedAnswer } from './answer-view.js';
import { qaApi } from './qa-api.js';
import type { QaFormContext } from './form-context.js';
import type { VnQaForm } from './qa-form.js';

/**
 * The searchable, paginated list of published answers. The element makes it, and so loads the
 * list, when the list is first shown (this module is fetched then): a page may open on the ask
 * form and never look at answers.
 */
export class AnswerBrowser {
  private q = '';
  private page = 1;
  /** The query of the latest request, so a search typed during a load is not answered by the old one. */
  private requested = '';
  readonly list: DataController<PublishedAnswerList>;

  private readonly host: VnQaForm;

  constructor(private readonly context: QaFormContext) {
    const host = (this.host = context.host);
    this.list = new DataController(host, ({ transport, agency, signal }) => {
      this.requested = this.queryKey();
      return qaApi(transport).searchAnswers({ ...(this.q ? { q: this.q } : {}), page: this.page, pageSize: host.pageSize, agency }, { signal });
    });
  }

  private queryKey = () => `${this.q}\n${this.page}`;

  render(config: QaFormConfig): TemplateResult {
    const { locale } = this.context;
    return html`<form role="search" part="search-form" class="row" @submit=${this.search}>
        <label for="qa-search">${this.context.t.msg('Tìm trong các câu trả lời đã đăng')}</label>
        <input id="qa-search" name="q" type="search" .value=${this.q} />
        <button type="submit" part="search-button">${this.context.t.msg('Tìm kiếm')}</button>
      </form>
      <div aria-busy=${this.list.loading ? 'true' : 'false'}>
        ${renderStates(this.context.t, this.list, {
          skeleton: () => html`<div></div><div></div>`,
          isEmpty: (list) => list.items.length === 0,
          empty: () => (this.q ? this.context.t.msg('Không có câu trả lời nào phù hợp với nội dung tìm kiếm.') : this.context.t.msg('Chưa có câu trả lời nào được đăng.')),
          ready: (list) => html`<p part="result-count" id="qa-result-count" tabindex="-1">${this.countText(list.total)}</p>
            <ol class="answers" part="answers">
              ${list.items.map((item) => html`<li part="answer">${publishedAnswer(this.context, item, true)}</li>`)}
            </ol>
            ${this.pagination(list)} ${config.disclaimer ? html`<p class="muted">${localized(config.disclaimer, locale)}</p>` : nothing}`,
        })}
      </div>`;
  }

  private countText(total: number): string {
    return this.context.t.msg(str`Số câu trả lời tìm thấy: ${formatNumber(total, this.context.locale)}`);
  }

  private pagination({ total, page, pageSize }: PublishedAnswerList) {
    const pages = Math.ceil(total / pageSize);
    if (pages <= 1) return nothing;
    const button = (to: number, label: string) => html`<button type="button" part="page-button" @click=${() => this.load(this.q, to, true)}>${label}</button>`;
    return html`<nav class="row" part="pagination" aria-label=${this.context.t.msg('Các trang câu trả lời')}>
      ${page > 1 ? button(page - 1, this.context.t.msg('Trang trước')) : nothing}
      <span>${this.context.t.msg(str`Trang ${page}/${pages}`)}</span>
      ${page < pages ? button(page + 1, this.context.t.msg('Trang sau')) : nothing}
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
    else this.context.say(list.total === 0 ? this.context.t.msg('Không có câu trả lời nào phù hợp với nội dung tìm kiếm.') : this.countText(list.total));
  }
}
