import { msg, str } from '@lit/localize';
import { pollInputLimits, PollInput, type AdminPoll, type Poll, type PollResults, type PollResultsVisibility } from '@vn-portal/schema';
import { html, nothing } from 'lit';
import { mayCall } from '../access.js';
import type { ConsoleClient } from '../console-client.js';
import { AgencyChoice } from '../patterns/agency-choice.js';
import { Confirmation } from '../patterns/confirmation.js';
import { choice, field, formValues, instantOfLocal } from '../patterns/fields.js';
import { formatInstant, inPageLanguage, pageLanguage } from '../patterns/language.js';
import { load, renderLoaded } from '../patterns/loading.js';
import { dataTable } from '../patterns/table.js';
import { Notice } from '../patterns/notice.js';
import { Writes } from '../patterns/writes.js';
import { ConsoleScreen, focusAfterUpdate } from './screen.js';

const inputOf = ({ id: _id, state: _state, refusedByCap: _refused, ...input }: AdminPoll): PollInput => input;

const stateLabel = (state: Poll['state']): string =>
  ({
    upcoming: msg('Chưa mở', { id: 'poll-upcoming' }),
    open: msg('Đang mở', { id: 'poll-open' }),
    closed: msg('Đã đóng', { id: 'poll-closed' }),
  })[state];

const visibilityLabels = (): [PollResultsVisibility, string][] => [
  ['always', msg('Luôn công khai kết quả', { id: 'results-always' })],
  ['after-vote', msg('Sau khi người dân bình chọn', { id: 'results-after-vote' })],
  ['after-close', msg('Sau khi đóng', { id: 'results-after-close' })],
  ['never', msg('Không công khai', { id: 'results-never' })],
];

/** The agency's polls, newest first; one poll's counts (and the votes the per-address cap refused); closed early, or a new one. */
export class VnpPollsScreen extends ConsoleScreen {
  static override properties = { creating: { state: true }, shown: { state: true } };
  declare creating: boolean;
  /** The poll whose results are shown, chosen in the list; the newest when none is. */
  declare shown: string | undefined;

  readonly #agency = new AgencyChoice(this, () => this);
  readonly #poll = load(this, () => [this.client, this.#agency.selected, this.shown] as const, ([client, agency, shown]) => pollsOf(client, agency, shown));
  readonly #writes = new Writes(this);
  readonly #notice = new Notice(this);
  readonly #confirm = new Confirmation(this);

  constructor() {
    super();
    this.creating = false;
  }

  async #close(poll: AdminPoll): Promise<void> {
    const client = this.client;
    if (client === undefined) return;
    if (!(await this.#confirm.ask(msg('Đóng cuộc bình chọn ngay bây giờ? Người dân sẽ không bình chọn được nữa.', { id: 'poll-close-question' }), msg('Đóng bình chọn', { id: 'poll-close' })))) return;
    const before = inputOf(poll);
    const { closesAt: _closesAt, ...rest } = before;
    const body: PollInput = { ...rest, closesAt: new Date().toISOString() };
    const closed = await this.#writes.run(() => client.updatePoll({ id: poll.id, body }), { schema: PollInput, value: body });
    if (closed === undefined) return;
    this.#notice.tell(msg('Đã đóng cuộc bình chọn.', { id: 'poll-closed-notice' }), () => client.updatePoll({ id: poll.id, body: before }).then(() => this.#poll.run()));
    await this.#poll.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const agency = this.#agency.selected;
    if (client === undefined || agency === undefined) return;
    const value = formValues(event.target as HTMLFormElement);
    const lines = (name: string) => (value(name) ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    const labels = lines('options');
    // The English options follow the Vietnamese ones line by line; a missing line leaves that option in Vietnamese only.
    const labelsEn = lines('options.en');
    const questionEn = value('question.en');
    const kind = value('kind') === 'multiple' ? 'multiple' : 'single';
    const closesAt = instantOfLocal(value('closesAt'));
    const body: PollInput = {
      agency,
      question: { vi: value('question.vi') ?? '', ...(questionEn === undefined ? {} : { en: questionEn }) },
      kind,
      maxChoices: kind === 'single' ? 1 : labels.length,
      options: labels.map((label, index) => {
        const en = labelsEn[index];
        return { id: `option-${String(index + 1)}`, label: { vi: label, ...(en === undefined ? {} : { en }) } };
      }),
      resultsVisibility: (value('resultsVisibility') ?? 'always') as PollResultsVisibility,
      ...(closesAt === undefined ? {} : { closesAt }),
    };
    const created = await this.#writes.run(() => client.createPoll({ body }), { schema: PollInput, value: body });
    if (created === undefined) return;
    this.creating = false;
    this.shown = created.id;
    this.#notice.tell(msg('Đã tạo cuộc bình chọn.', { id: 'poll-created' }));
    await this.#poll.run();
    await focusAfterUpdate(this, '[role="status"]');
  }

  override render() {
    const mayWrite = this.user !== undefined && mayCall(this.user, 'createPoll');
    return html`<div class="toolbar">
        ${this.#agency.render()}
        ${mayWrite && !this.creating
          ? html`<button type="button" data-add @click=${() => ((this.creating = true), void focusAfterUpdate(this, 'form h2'))}>${msg('Tạo cuộc bình chọn', { id: 'poll-new' })}</button>`
          : nothing}
      </div>
      ${this.#notice.render()} ${this.#writes.renderProblem()}
      ${this.creating
        ? this.#renderForm()
        : renderLoaded(this.#poll, {
            isEmpty: (current) => current === null,
            empty: msg('Cơ quan này chưa có cuộc bình chọn nào.', { id: 'polls-empty' }),
            complete: (current) => (current === null ? html`` : html`${this.#renderList(current.list, current.poll.id)} ${this.#renderPoll(current.poll, current.results, mayWrite)}`),
          })}
      ${this.#confirm.render()}`;
  }

  async #show(id: string): Promise<void> {
    this.shown = id;
    await this.#poll.taskComplete;
    await focusAfterUpdate(this, '#poll-question');
  }

  #renderList(polls: readonly Poll[], shown: string) {
    return dataTable(
      msg(str`Các cuộc bình chọn của ${this.#agency.nameOf(this.#agency.selected)}, mới nhất trước`, { id: 'polls-caption' }),
      [msg('Câu hỏi', { id: 'poll-question-label' }), msg('Trạng thái', { id: 'state' }), msg('Đóng lúc', { id: 'poll-closes-column' }), msg('Thao tác', { id: 'actions' })],
      polls.map(
        (poll) => html`<tr>
          <th scope="row">${inPageLanguage(poll.question)}</th>
          <td>${stateLabel(poll.state)}</td>
          <td>${poll.closesAt === undefined ? '' : formatInstant(poll.closesAt)}</td>
          <td>
            ${poll.id === shown
              ? html`<span>${msg('Đang xem', { id: 'poll-shown' })}</span>`
              : html`<button type="button" class="secondary" data-show=${poll.id} aria-label=${msg(str`Xem kết quả: ${inPageLanguage(poll.question)}`, { id: 'poll-show-named' })} @click=${() => this.#show(poll.id)}>
                  ${msg('Xem kết quả', { id: 'poll-show' })}
                </button>`}
          </td>
        </tr>`,
      ),
    );
  }

  #renderPoll(poll: AdminPoll, results: PollResults, mayWrite: boolean) {
    const number = new Intl.NumberFormat(pageLanguage() === 'en' ? 'en' : 'vi-VN');
    const counts = new Map(results.options.map((option) => [option.id, option]));
    return html`<section aria-labelledby="poll-question">
      <h2 id="poll-question" tabindex="-1">${inPageLanguage(poll.question)}</h2>
      <p>
        ${stateLabel(poll.state)}${poll.closesAt === undefined ? nothing : html` · ${msg(str`Đóng lúc ${formatInstant(poll.closesAt)}`, { id: 'poll-closes-at' })}`}
      </p>
      ${results.visible
        ? dataTable(
          msg(str`Kết quả: ${number.format(results.total)} người bình chọn`, { id: 'poll-results-caption' }),
          [msg('Phương án', { id: 'poll-option' }), msg('Số phiếu', { id: 'poll-count' }), msg('Tỷ lệ', { id: 'poll-percent' })],
          poll.options.map(
              (option) => html`<tr>
                <th scope="row">${inPageLanguage(option.label)}</th>
                <td>${number.format(counts.get(option.id)?.count ?? 0)}</td>
                <td>${number.format(counts.get(option.id)?.percent ?? 0)} %</td>
              </tr>`,
          ),
        )
        : html`<p>${msg('Kết quả đang ẩn theo cách công khai đã chọn cho cuộc bình chọn này.', { id: 'poll-results-hidden' })}</p>`}
      <p data-refused>${msg(str`Phiếu bị từ chối vì vượt giới hạn mỗi địa chỉ mỗi ngày: ${number.format(poll.refusedByCap)}`, { id: 'poll-refused-by-cap' })}</p>
      ${mayWrite && poll.state !== 'closed' ? html`<button type="button" class="danger" data-close @click=${() => this.#close(poll)}>${msg('Đóng bình chọn', { id: 'poll-close' })}</button>` : nothing}
    </section>`;
  }

  /** Options, one a line; an error of any option (`options.2.label.en`) is shown beside the Vietnamese ones, which it numbers. */
  #renderOptions(name: 'options' | 'options.en', id: string, label: string) {
    const error = name === 'options' ? this.#writes.fieldError('options') : undefined;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea id=${id} name=${name} rows="4" ?required=${name === 'options'} aria-invalid=${error === undefined ? 'false' : 'true'} aria-describedby="${id}-error"></textarea>
      <span class="field-error" id="${id}-error">${error ?? nothing}</span>
    </div>`;
  }

  #renderForm() {
    return html`<form novalidate @submit=${(event: SubmitEvent) => this.#create(event)}>
      <h2 tabindex="-1">${msg('Tạo cuộc bình chọn', { id: 'poll-new' })}</h2>
      ${field(this.#writes, { name: 'question.vi', label: msg('Câu hỏi', { id: 'poll-question-label' }), limit: pollInputLimits.question.vi })}
      ${field(this.#writes, { name: 'question.en', label: msg('Câu hỏi (tiếng Anh, không bắt buộc)', { id: 'poll-question-en' }), limit: pollInputLimits.question.en })}
      ${this.#renderOptions('options', 'poll-options', msg('Các phương án, mỗi dòng một phương án', { id: 'poll-options-label' }))}
      ${this.#renderOptions('options.en', 'poll-options-en', msg('Các phương án bằng tiếng Anh, cùng thứ tự, mỗi dòng một phương án (không bắt buộc)', { id: 'poll-options-en' }))}
      ${choice(this.#writes, 'kind', msg('Cách chọn', { id: 'poll-kind' }), [
        ['single', msg('Chọn một', { id: 'poll-single' })],
        ['multiple', msg('Chọn nhiều', { id: 'poll-multiple' })],
      ])}
      ${choice(this.#writes, 'resultsVisibility', msg('Công khai kết quả', { id: 'poll-visibility' }), visibilityLabels())}
      ${field(this.#writes, { name: 'closesAt', label: msg('Đóng lúc (không bắt buộc)', { id: 'poll-closes-label' }), limit: pollInputLimits.closesAt, type: 'datetime-local' })}
      <div class="actions">
        <button type="submit" ?disabled=${this.#writes.busy}>${msg('Tạo', { id: 'create' })}</button>
        <button type="button" class="secondary" @click=${() => ((this.creating = false), void focusAfterUpdate(this, '[data-add]'))}>${msg('Hủy', { id: 'cancel' })}</button>
      </div>
    </form>`;
  }
}

/**
 * The agency's polls, newest first (a page of them: an agency runs a few a year), and the chosen
 * one as administrators see it, with its counts; the newest when none is chosen.
 */
async function pollsOf(client: ConsoleClient | undefined, agency: string | undefined, shown: string | undefined): Promise<{ list: Poll[]; poll: AdminPoll; results: PollResults } | null> {
  if (client === undefined || agency === undefined) return null;
  const { items } = await client.listPollsForAdmin({ agency, pageSize: 100 });
  const id = items.find((poll) => poll.id === shown)?.id ?? items[0]?.id;
  if (id === undefined) return null;
  const [poll, results] = await Promise.all([client.getPollForAdmin({ id }), client.getPollResults({ id })]);
  return { list: items, poll, results };
}
