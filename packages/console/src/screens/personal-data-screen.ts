import { msg, str } from '@lit/localize';
import {
  DataSubjectRequestInput,
  DataSubjectRequestKind,
  DataSubjectRequestState,
  DataSubjectRequestTransition,
  dataSubjectRequestInputLimits,
  dataSubjectRequestRefusalLimits,
  type DataSubjectRequest,
  type DataSubjectRequestDetail,
} from '@vn-portal/schema';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { html, nothing } from 'lit';
import { Confirmation } from '../patterns/confirmation.js';
import { choice, field, formValues } from '../patterns/fields.js';
import { formatInstant, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const kindLabel = (kind: DataSubjectRequestKind): string =>
  ({
    access: msg('Xem dữ liệu', { id: 'dsr-access' }),
    correction: msg('Sửa dữ liệu', { id: 'dsr-correction' }),
    deletion: msg('Xóa dữ liệu', { id: 'dsr-deletion' }),
    withdrawal: msg('Rút lại sự đồng ý', { id: 'dsr-withdrawal' }),
  })[kind];

const stateLabel = (state: DataSubjectRequestState): string =>
  ({
    received: msg('Mới nhận', { id: 'state-received' }),
    acknowledged: msg('Đã xác nhận', { id: 'dsr-acknowledged' }),
    completed: msg('Đã xong', { id: 'dsr-completed' }),
    refused: msg('Đã từ chối', { id: 'dsr-refused' }),
  })[state];

/** People's requests about their personal data (Law 91/2025/QH15): recorded, acknowledged, completed (erasing what a deletion asks) or refused. */
export class VnpPersonalDataScreen extends ConsoleScreen {
  static override properties = { stateFilter: { state: true }, opened: { state: true } };
  declare stateFilter: DataSubjectRequestState | '';
  declare opened: DataSubjectRequestDetail | undefined;

  readonly #requests = load(this, () => [this.client, this.stateFilter] as const, async ([client, state]) =>
    client === undefined ? [] : (await client.listDataSubjectRequests({ pageSize: 100, ...(state === '' ? {} : { state }) })).items,
  );
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  constructor() {
    super();
    this.stateFilter = '';
  }

  async #open(id: string): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const detail = await this.#writes.run(() => client.getDataSubjectRequest({ id }));
    if (detail === undefined) return;
    this.opened = detail;
    await focusAfterUpdate(this, 'h2');
  }

  async #back(): Promise<void> {
    const id = this.opened?.id ?? '';
    this.opened = undefined;
    this.#writes.clear();
    await this.#requests.run();
    await focusAfterUpdate(this, `[data-open="${id}"]`);
  }

  async #step(request: DataSubjectRequestDetail, body: DataSubjectRequestTransition, told: string): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    const done = await this.#writes.run(() => client.transitionDataSubjectRequest({ id: request.id, body }), { schema: DataSubjectRequestTransition, value: body });
    if (done === undefined) return;
    this.#notice.tell(told);
    this.opened = await client.getDataSubjectRequest({ id: request.id });
    await focusAfterUpdate(this, '[role="status"]');
  }

  async #complete(request: DataSubjectRequestDetail): Promise<void> {
    const erases = request.kind === 'deletion' || request.kind === 'withdrawal';
    const question = erases
      ? msg(str`Hoàn thành yêu cầu sẽ xóa vĩnh viễn dữ liệu cá nhân trong ${request.records.length} hồ sơ. Tiếp tục?`, { id: 'dsr-erase-question' })
      : msg('Đánh dấu yêu cầu đã hoàn thành?', { id: 'dsr-complete-question' });
    if (!(await this.#confirm.ask(question, erases ? msg('Xóa và hoàn thành', { id: 'dsr-erase' }) : msg('Hoàn thành', { id: 'dsr-complete' })))) return;
    await this.#step(request, { action: 'complete' }, msg('Đã hoàn thành yêu cầu.', { id: 'dsr-completed-notice' }));
  }

  async #refuse(event: SubmitEvent, request: DataSubjectRequestDetail): Promise<void> {
    event.preventDefault();
    await this.#step(request, { action: 'refuse', reason: formValues(event.target as HTMLFormElement)('reason') ?? '' }, msg('Đã từ chối yêu cầu.', { id: 'dsr-refused-notice' }));
  }

  async #record(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (client === undefined) return;
    const form = event.target as HTMLFormElement;
    const value = formValues(form);
    const note = value('note');
    const body: DataSubjectRequestInput = { kind: (value('kind') ?? 'access') as DataSubjectRequestKind, contact: value('contact') ?? '', ...(note === undefined ? {} : { note }) };
    const recorded = await this.#writes.run(() => client.createDataSubjectRequest({ body }), { schema: DataSubjectRequestInput, value: body });
    if (recorded === undefined) return;
    form.reset();
    this.#notice.tell(msg(str`Đã ghi nhận yêu cầu; hạn xác nhận ${formatDate(recorded.acknowledgeBy, pageLanguage())}.`, { id: 'dsr-recorded' }));
    await this.#requests.run();
  }

  override render() {
    return html`${this.#notice.render()} ${this.#writes.renderProblem()} ${this.opened === undefined ? this.#renderList() : this.#renderRequest(this.opened)} ${this.#confirm.render()}`;
  }

  #renderList() {
    const language = pageLanguage();
    return html`<div class="field">
        <label for="dsr-state">${msg('Trạng thái', { id: 'state' })}</label>
        <select id="dsr-state" @change=${(event: Event) => (this.stateFilter = (event.target as HTMLSelectElement).value as DataSubjectRequestState | '')}>
          <option value="">${msg('Tất cả', { id: 'state-all' })}</option>
          ${DataSubjectRequestState.options.map((state) => html`<option value=${state} ?selected=${state === this.stateFilter}>${stateLabel(state)}</option>`)}
        </select>
      </div>
      ${renderLoaded(this.#requests, {
        isEmpty: (requests) => requests.length === 0,
        empty: msg('Không có yêu cầu nào.', { id: 'dsr-empty' }),
        complete: (requests) => dataTable(
          msg('Yêu cầu về dữ liệu cá nhân', { id: 'dsr-caption' }),
          [msg('Loại', { id: 'kind' }), msg('Trạng thái', { id: 'state' }), msg('Hạn xác nhận', { id: 'dsr-acknowledge-by' }), msg('Hạn hoàn thành', { id: 'dsr-due-by' }), msg('Thao tác', { id: 'actions' })],
          requests.map(
              (request: DataSubjectRequest) => html`<tr>
                <td>${kindLabel(request.kind)}</td>
                <td>${stateLabel(request.state)}${request.overdue ? html` <span class="overdue">${msg('Quá hạn', { id: 'urgency-overdue' })}</span>` : nothing}</td>
                <td>${formatDate(request.acknowledgeBy, language)}</td>
                <td>${formatDate(request.dueBy, language)}</td>
                <td>
                  <button type="button" class="secondary" data-open=${request.id} aria-label=${msg(str`Mở yêu cầu nhận lúc ${formatInstant(request.receivedAt)}`, { id: 'dsr-open-named' })} @click=${() => this.#open(request.id)}>
                    ${msg('Mở', { id: 'open-question' })}
                  </button>
                </td>
              </tr>`,
          ),
        ),
      })}
      <form novalidate @submit=${(event: SubmitEvent) => this.#record(event)}>
        <h2>${msg('Ghi nhận yêu cầu nhận qua bưu điện hoặc tại bộ phận một cửa', { id: 'dsr-new' })}</h2>
        ${choice(this.#writes, 'kind', msg('Loại yêu cầu', { id: 'dsr-kind' }), DataSubjectRequestKind.options.map((kind) => [kind, kindLabel(kind)] as const))}
        ${field(this.#writes, { name: 'contact', label: msg('Thư điện tử hoặc số điện thoại người yêu cầu đã dùng', { id: 'dsr-contact' }), limit: dataSubjectRequestInputLimits.contact })}
        ${field(this.#writes, { name: 'note', label: msg('Ghi chú', { id: 'dsr-note' }), limit: dataSubjectRequestInputLimits.note })}
        <div class="actions"><button type="submit" ?disabled=${this.#writes.busy}>${msg('Ghi nhận', { id: 'dsr-record' })}</button></div>
      </form>`;
  }

  #renderRequest(request: DataSubjectRequestDetail) {
    const open = request.state === 'received' || request.state === 'acknowledged';
    return html`<button type="button" class="secondary" @click=${() => this.#back()}>${msg('Quay lại danh sách', { id: 'back-to-inbox' })}</button>
      <h2 tabindex="-1">${kindLabel(request.kind)} · ${stateLabel(request.state)}</h2>
      <p>${request.contact ?? msg('Liên hệ đã được xóa khi đóng yêu cầu.', { id: 'dsr-contact-erased' })}</p>
      ${request.outcome === undefined ? nothing : html`<p>${request.outcome}</p>`}
      <table>
        <caption>
          ${msg(str`${request.records.length} hồ sơ có dữ liệu của người này`, { id: 'dsr-records-caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Hồ sơ', { id: 'dsr-record-kind' })}</th>
            <th scope="col">${msg('Tham chiếu', { id: 'dsr-reference' })}</th>
            <th scope="col">${msg('Nhận lúc', { id: 'received-at' })}</th>
          </tr>
        </thead>
        <tbody>
          ${request.records.map(
            (record) => html`<tr>
              <td>${record.kind === 'question' ? msg('Câu hỏi', { id: 'question' }) : msg('Góp ý dự thảo', { id: 'dsr-draft-comment' })}</td>
              <td>${record.reference}</td>
              <td>${formatInstant(record.receivedAt)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${open
        ? html`<div class="actions">
              ${request.state === 'received'
                ? html`<button type="button" data-acknowledge @click=${() => this.#step(request, { action: 'acknowledge' }, msg('Đã xác nhận đã nhận yêu cầu.', { id: 'dsr-acknowledged-notice' }))}>
                    ${msg('Xác nhận đã nhận', { id: 'dsr-acknowledge' })}
                  </button>`
                : nothing}
              <button type="button" data-complete @click=${() => this.#complete(request)}>${msg('Hoàn thành', { id: 'dsr-complete' })}</button>
            </div>
            <form novalidate @submit=${(event: SubmitEvent) => this.#refuse(event, request)}>
              ${field(this.#writes, { name: 'reason', label: msg('Lý do từ chối (gửi cho người yêu cầu)', { id: 'dsr-refuse-reason' }), limit: dataSubjectRequestRefusalLimits.reason })}
              <div class="actions"><button type="submit" class="danger">${msg('Từ chối yêu cầu', { id: 'dsr-refuse' })}</button></div>
            </form>`
        : nothing}`;
  }
}
