import { msg, str } from '@lit/localize';
import { legalDocumentWithdrawalLimits, LegalDocumentWithdrawalInput, type AdminLegalDocumentQuery, type AdminLegalDocumentSummary } from '@vn-portal/schema';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { html, nothing } from 'lit';
import { mayCall } from '../access.js';
import type { ConsoleClient } from '../console-client.js';
import { AgencyChoice } from '../patterns/agency-choice.js';
import { Confirmation } from '../patterns/confirmation.js';
import { field, formValues } from '../patterns/fields.js';
import { formatInstant, inPageLanguage, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { Notice } from '../patterns/notice.js';
import { dataTable } from '../patterns/table.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

type PublicationState = NonNullable<AdminLegalDocumentQuery['state']>;
const pageSize = 50;

const stateLabels = (): [PublicationState, string][] => [
  ['unpublished', msg('Chưa đăng', { id: 'register-unpublished' })],
  ['published', msg('Đã đăng', { id: 'register-published' })],
  ['withdrawn', msg('Đã thu hồi', { id: 'register-withdrawn' })],
];

/** The filters of the list, as the API takes them: an absent one does not narrow it. */
interface Filters {
  state: PublicationState | '';
  late: boolean;
  englishOutdated: boolean;
  page: number;
}

/**
 * The register as the editorial board keeps it (Cao Bằng 01/2014 art. 8.1.c, 8.1.g; Bắc Giang
 * 36/2019 art. 16): each document's publication deadline and whether it was late, English older
 * than the Vietnamese, and the two ways a document leaves it: withdrawn with a reason (kept for
 * good), or discarded while it was never published.
 */
export class VnpRegisterScreen extends ConsoleScreen {
  static override properties = { filters: { state: true }, withdrawing: { state: true } };
  declare filters: Filters;
  /** The document whose withdrawal is being written. */
  declare withdrawing: AdminLegalDocumentSummary | undefined;

  readonly #agency = new AgencyChoice(this, () => this, () => msg('Mọi cơ quan', { id: 'register-every-agency' }));
  readonly #documents = load(this, () => [this.client, this.#agency.selected, this.filters] as const, ([client, agency, filters]) => registerPage(client, agency, filters));
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  constructor() {
    super();
    this.filters = { state: '', late: false, englishOutdated: false, page: 1 };
  }

  #filter(change: Partial<Filters>): void {
    this.filters = { ...this.filters, page: 1, ...change };
  }

  async #openWithdrawal(document: AdminLegalDocumentSummary): Promise<void> {
    this.#writes.clear();
    this.withdrawing = document;
    await focusAfterUpdate(this, 'form h2');
  }

  async #closeWithdrawal(): Promise<void> {
    const id = this.withdrawing?.id ?? '';
    this.withdrawing = undefined;
    this.#writes.clear();
    await focusAfterUpdate(this, `[data-withdraw="${id}"]`);
  }

  async #withdraw(event: SubmitEvent, document: AdminLegalDocumentSummary): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (client === undefined) return;
    const value = formValues(event.target as HTMLFormElement);
    const en = value('reason.en');
    const date = value('date');
    const body: LegalDocumentWithdrawalInput = { reason: { vi: value('reason.vi') ?? '', ...(en === undefined ? {} : { en }) }, ...(date === undefined ? {} : { date }) };
    if (!(await this.#writes.valid(LegalDocumentWithdrawalInput, body))) return;
    const question = msg(str`Thu hồi văn bản ${document.number}? Văn bản vẫn được lưu trong sổ và hiện là đã thu hồi, kèm lý do; không hoàn tác được.`, { id: 'register-withdraw-question' });
    if (!(await this.#confirm.ask(question, msg('Thu hồi', { id: 'register-withdraw' })))) return;
    const withdrawn = await this.#writes.run(() => client.withdrawLegalDocument({ id: document.id, body }));
    if (withdrawn === undefined) return;
    this.withdrawing = undefined;
    this.#notice.tell(msg(str`Đã thu hồi văn bản ${document.number}.`, { id: 'register-withdrawn-notice' }));
    await this.#documents.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  async #discard(document: AdminLegalDocumentSummary): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const question = msg(str`Xóa hẳn văn bản ${document.number}, chưa từng đăng? Không hoàn tác được.`, { id: 'register-discard-question' });
    if (!(await this.#confirm.ask(question, msg('Xóa', { id: 'register-discard' })))) return;
    const discarded = await this.#writes.run(() => client.deleteLegalDocument({ id: document.id }).then(() => true));
    if (discarded !== true) return;
    this.#notice.tell(msg(str`Đã xóa văn bản ${document.number}.`, { id: 'register-discarded-notice' }));
    await this.#documents.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  override render() {
    // Another agency's list starts on its first page.
    return html`<div class="toolbar" @change=${(event: Event) => ((event.target as HTMLElement).id === 'agency-choice' ? this.#filter({}) : undefined)}>
        ${this.#agency.render()}
        <div class="field">
          <label for="register-state">${msg('Tình trạng đăng', { id: 'register-state' })}</label>
          <select id="register-state" @change=${(event: Event) => this.#filter({ state: (event.target as HTMLSelectElement).value as PublicationState | '' })}>
            <option value="">${msg('Tất cả', { id: 'state-all' })}</option>
            ${stateLabels().map(([state, label]) => html`<option value=${state} ?selected=${state === this.filters.state}>${label}</option>`)}
          </select>
        </div>
        <label
          ><input type="checkbox" name="late" .checked=${this.filters.late} @change=${(event: Event) => this.#filter({ late: (event.target as HTMLInputElement).checked })} />
          ${msg('Chỉ văn bản đăng muộn', { id: 'register-late-only' })}</label
        >
        <label
          ><input
            type="checkbox"
            name="englishOutdated"
            .checked=${this.filters.englishOutdated}
            @change=${(event: Event) => this.#filter({ englishOutdated: (event.target as HTMLInputElement).checked })}
          />
          ${msg('Chỉ văn bản có bản tiếng Anh cũ hơn', { id: 'register-outdated-only' })}</label
        >
      </div>
      ${this.#notice.render()} ${this.#writes.renderProblem()}
      ${renderLoaded(this.#documents, {
        isEmpty: (list) => list.items.length === 0,
        empty: msg('Không có văn bản nào khớp với bộ lọc.', { id: 'register-empty' }),
        complete: (list) => this.#renderList(list.items, list.total),
      })}
      ${this.withdrawing === undefined ? nothing : this.#renderWithdrawal(this.withdrawing)} ${this.#confirm.render()}`;
  }

  #renderList(documents: readonly AdminLegalDocumentSummary[], total: number) {
    const language = pageLanguage();
    const { page } = this.filters;
    const mayWithdraw = this.user !== undefined && mayCall(this.user, 'withdrawLegalDocument');
    const mayDiscard = this.user !== undefined && mayCall(this.user, 'deleteLegalDocument');
    const first = (page - 1) * pageSize + 1;
    return html`${dataTable(
        msg(str`Văn bản ${first}–${first + documents.length - 1} trong ${total}, mới ban hành trước`, { id: 'register-caption' }),
        [
          msg('Số hiệu', { id: 'register-number' }),
          msg('Trích yếu', { id: 'register-summary' }),
          msg('Ngày ban hành', { id: 'register-issued' }),
          msg('Hạn đăng', { id: 'register-due' }),
          msg('Đăng', { id: 'register-publication' }),
          msg('Tiếng Anh', { id: 'register-english' }),
          mayWithdraw || mayDiscard ? msg('Thao tác', { id: 'actions' }) : nothing,
        ],
        documents.map(
          (document) => html`<tr data-document=${document.id}>
            <td>${document.number}</td>
            <td>${inPageLanguage(document.summary)}</td>
            <td>${formatDate(document.issuedDate, language)}</td>
            <td>${formatDate(document.publication.dueDate, language)}${document.publication.late ? html` <span class="overdue">${msg('Muộn', { id: 'register-late' })}</span>` : nothing}</td>
            <td>${this.#renderPublication(document)}</td>
            <td>
              ${document.summary.en === undefined
                ? msg('Chưa có', { id: 'register-no-english' })
                : document.englishOutdated
                  ? html`<span class="overdue">${msg('Cũ hơn bản tiếng Việt', { id: 'register-english-outdated' })}</span>`
                  : msg('Cập nhật', { id: 'register-english-current' })}
            </td>
            ${mayWithdraw || mayDiscard ? html`<td>${this.#renderActions(document, mayWithdraw, mayDiscard)}</td>` : nothing}
          </tr>`,
        ),
      )}
      <div class="actions">
        ${page > 1 ? html`<button type="button" class="secondary" data-page="previous" @click=${() => (this.filters = { ...this.filters, page: page - 1 })}>${msg('Trang trước', { id: 'register-previous' })}</button>` : nothing}
        ${page * pageSize < total ? html`<button type="button" class="secondary" data-page="next" @click=${() => (this.filters = { ...this.filters, page: page + 1 })}>${msg('Trang sau', { id: 'register-next' })}</button>` : nothing}
      </div>`;
  }

  #renderPublication(document: AdminLegalDocumentSummary) {
    const { withdrawal, publication } = document;
    if (withdrawal !== undefined) {
      return html`${msg(str`Đã thu hồi ngày ${formatDate(withdrawal.date, pageLanguage())}`, { id: 'register-withdrawn-on' })}: ${inPageLanguage(withdrawal.reason)}`;
    }
    return publication.publishedAt === undefined ? msg('Chưa đăng', { id: 'register-unpublished' }) : formatInstant(publication.publishedAt);
  }

  #renderActions(document: AdminLegalDocumentSummary, mayWithdraw: boolean, mayDiscard: boolean) {
    if (document.withdrawal !== undefined) return nothing;
    if (document.publication.publishedAt === undefined) {
      return mayDiscard
        ? html`<button type="button" class="danger" data-discard=${document.id} aria-label=${msg(str`Xóa văn bản ${document.number}`, { id: 'register-discard-named' })} @click=${() => this.#discard(document)}>
            ${msg('Xóa', { id: 'register-discard' })}
          </button>`
        : nothing;
    }
    return mayWithdraw
      ? html`<button type="button" class="secondary" data-withdraw=${document.id} aria-label=${msg(str`Thu hồi văn bản ${document.number}`, { id: 'register-withdraw-named' })} @click=${() => this.#openWithdrawal(document)}>
          ${msg('Thu hồi', { id: 'register-withdraw' })}
        </button>`
      : nothing;
  }

  #renderWithdrawal(document: AdminLegalDocumentSummary) {
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#withdraw(event, document)}>
      <h2 tabindex="-1">${msg(str`Thu hồi văn bản ${document.number}`, { id: 'register-withdraw-named' })}</h2>
      ${field(this.#writes, { name: 'reason.vi', label: msg('Lý do thu hồi (tiếng Việt)', { id: 'register-reason-vi' }), limit: legalDocumentWithdrawalLimits.reason.vi })}
      ${field(this.#writes, { name: 'reason.en', label: msg('Lý do thu hồi (tiếng Anh, không bắt buộc)', { id: 'register-reason-en' }), limit: legalDocumentWithdrawalLimits.reason.en })}
      ${field(this.#writes, {
        name: 'date',
        label: msg('Ngày thu hồi', { id: 'register-withdrawal-date' }),
        hint: msg('Để trống: hôm nay.', { id: 'blank-is-today' }),
        limit: legalDocumentWithdrawalLimits.date,
        type: 'date',
      })}
      <div class="actions">
        <button type="submit" class="danger" ?disabled=${this.#writes.busy}>${msg('Thu hồi', { id: 'register-withdraw' })}</button>
        <button type="button" class="secondary" @click=${() => this.#closeWithdrawal()}>${msg('Hủy', { id: 'cancel' })}</button>
      </div>
    </form>`;
  }
}

/** One page of the register under the filters chosen (`''`: every agency the person covers). */
async function registerPage(client: ConsoleClient | undefined, agency: string | undefined, filters: Filters) {
  if (client === undefined || agency === undefined) return { items: [], total: 0 };
  return client.listLegalDocumentsForAdmin({
    page: filters.page,
    pageSize,
    ...(agency === '' ? {} : { agency }),
    ...(filters.state === '' ? {} : { state: filters.state }),
    ...(filters.late ? { late: 'true' } : {}),
    ...(filters.englishOutdated ? { englishOutdated: 'true' } : {}),
  });
}
