import { msg, str } from '@lit/localize';
import type { AdminQuestion, Asker, CodedLabel, QuestionState, SessionUser, Language } from '@vn-portal/schema';
import { ApiProblemError } from '@vn-portal/sdk';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { html, LitElement, nothing } from 'lit';
import type { ConsoleClient } from '../console-client.js';
import { stateLabel } from '../question-states.js';
import { askerFields } from './asker-fields.js';
import type { VnpCitationPicker } from './citation-picker.js';
import { progressNotices } from './progress-notices.js';
import type { VnpRichTextEditor } from './rich-text-editor.js';

/** Runs a call with the console's session, leading back to sign-in when it ended. */
export type SessionCall = <T>(work: (client: ConsoleClient) => Promise<T>) => Promise<T | undefined>;

const openStates = new Set<QuestionState>(['received', 'classified', 'forwarded']);
const answerableStates = new Set<QuestionState>(['classified', 'forwarded']);

/**
 * A date typed as Vietnamese write them, `30/04/2025` (day first), as `YYYY-MM-DD`; undefined when
 * not a day of the calendar. A text field rather than a date picker, whose order follows the
 * browser's language, not the officer's.
 */
export function typedDate(text: string): string | undefined {
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (parts === null) return undefined;
  const [, day = '', month = '', year = ''] = parts;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * One question as an officer handles it: read it, see who asked (on request, logged), assign it
 * to an agency, post a progress notice with a new deadline, answer it (rich text, cited documents,
 * who answers) or reject it. Renders into the console's tree, styled by it.
 */
export class VnpQuestionDetail extends LitElement {
  static override properties = {
    question: { attribute: false },
    user: { attribute: false },
    agencies: { attribute: false },
    call: { attribute: false },
    language: {},
    asker: { state: true },
    problem: { state: true },
  };

  declare question: AdminQuestion;
  declare user: SessionUser;
  /** The agencies a question may go to: the portal's registered agencies. */
  declare agencies: readonly CodedLabel[];
  declare call: SessionCall;
  declare language: Language;
  /** The asker, once the officer asked to see them. */
  declare asker: Asker | undefined;
  /** Why the last step was refused. */
  declare problem: string | undefined;

  constructor() {
    super();
    this.agencies = [];
    this.language = 'vi';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #text(value: { vi: string; en?: string | undefined }): string {
    return this.language === 'en' ? (value.en ?? value.vi) : value.vi;
  }

  /** Sends one workflow step; the updated question replaces this one and the result is announced. */
  async #step(body: Parameters<ConsoleClient['transitionQuestion']>[0]['body'], focus: string): Promise<void> {
    try {
      const updated = await this.call((client) => client.transitionQuestion({ id: this.question.id, body }));
      if (updated === undefined) return;
      this.question = updated;
      this.problem = undefined;
      this.dispatchEvent(new CustomEvent('question-changed', { detail: updated, bubbles: true }));
      await this.updateComplete;
      this.querySelector<HTMLElement>(focus)?.focus();
    } catch (error) {
      if (!(error instanceof ApiProblemError)) throw error;
      this.problem =
        error.status === 403
          ? msg('Không được phép: chỉ Ban biên tập chuyển câu hỏi sang cơ quan ngoài phạm vi của bạn.', { id: 'step-forbidden' })
          : msg('Không lưu được: câu hỏi đã đổi trạng thái hoặc nội dung chưa hợp lệ.', { id: 'decision-refused' });
      await this.updateComplete;
      this.querySelector<HTMLElement>('.problem')?.focus();
    }
  }

  async #readAsker(): Promise<void> {
    const reading = await this.call((client) => client.readAsker({ id: this.question.id }));
    if (reading === undefined) return;
    this.asker = reading.asker;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#asker-heading')?.focus();
  }

  #assign(event: SubmitEvent): void {
    event.preventDefault();
    const agency = (event.target as HTMLFormElement).querySelector('select')?.value ?? '';
    if (agency === '') return;
    // A question not yet classified is classified under its topic and given the agency in one step.
    const body =
      this.question.state === 'received' ? { action: 'classify' as const, topic: this.question.topic.code, agency } : { action: 'forward' as const, agency };
    void this.#step(body, '#question-state');
  }

  #notifyProgress(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const newDueDate = typedDate(form.querySelector<HTMLInputElement>('input[name="new-due-date"]')?.value ?? '');
    const reason = form.querySelector('textarea')?.value.trim() ?? '';
    if (newDueDate === undefined || newDueDate <= this.question.dueDate) {
      this.problem = msg('Hạn mới phải là một ngày (ngày/tháng/năm) sau hạn hiện tại.', { id: 'new-due-date-invalid' });
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.problem')?.focus());
      return;
    }
    if (reason === '') return;
    void this.#step({ action: 'notify-progress', newDueDate, note: { vi: reason } }, '#progress-heading');
  }

  #answer(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const editor = form.querySelector<VnpRichTextEditor>('vnp-rich-text-editor');
    const picker = form.querySelector<VnpCitationPicker>('vnp-citation-picker');
    const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value.trim() ?? '';
    const content = editor?.value ?? '';
    if (content === '') {
      this.problem = msg('Hãy viết nội dung trả lời.', { id: 'answer-empty' });
      return;
    }
    void this.#step(
      { action: 'answer', content: { vi: content }, answeredBy: { name: field('answered-by'), position: field('answered-by-position') }, citedDocuments: picker?.chosen ?? [] },
      '#answer-heading',
    );
  }

  #reject(event: SubmitEvent): void {
    event.preventDefault();
    const reason = (event.target as HTMLFormElement).querySelector('textarea')?.value.trim() ?? '';
    if (reason !== '') void this.#step({ action: 'reject', reason: { vi: reason } }, '#rejection-heading');
  }

  override render() {
    const question = this.question;
    const open = openStates.has(question.state);
    // A scoped officer forwards among their own agencies only; the board, anywhere.
    const targets = this.user.agencies.length === 0 ? this.agencies : this.agencies.filter((agency) => this.user.agencies.includes(agency.code));
    const notices = progressNotices(question);
    return html`<h2 tabindex="-1">${question.title}</h2>
      <p id="question-state" tabindex="-1">
        ${msg(str`Mã theo dõi ${question.trackingCode} · ${stateLabel(question.state)}`, { id: 'question-meta' })}
        ${question.agency === undefined ? nothing : html` · ${this.#text(question.agency.name)}`}
      </p>
      <p>${msg(str`Hạn trả lời: ${formatDate(question.dueDate, this.language)}`, { id: 'due-on' })}</p>
      <p class="content">${question.content}</p>
      <p class="problem" role="alert" tabindex="-1">${this.problem ?? nothing}</p>

      <section aria-labelledby="asker-heading">
        <h3 id="asker-heading" tabindex="-1">${msg('Người hỏi', { id: 'asker' })}</h3>
        ${this.asker !== undefined
          ? html`<dl class="asker">${askerFields(this.asker).map(([label, value]) => (value === undefined ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}</dl>`
          : question.askerHeld
            ? html`<p>${msg('Thông tin cá nhân của người hỏi chỉ hiện khi bạn yêu cầu; mỗi lần xem được ghi vào nhật ký kèm tên bạn.', { id: 'asker-notice' })}</p>
                <button type="button" name="read-asker" @click=${() => this.#readAsker()}>${msg('Xem thông tin người hỏi', { id: 'asker-read' })}</button>`
            : html`<p>${msg('Thông tin cá nhân của người hỏi đã được xóa.', { id: 'asker-erased' })}</p>`}
      </section>

      ${notices.length === 0
        ? nothing
        : html`<section aria-labelledby="progress-heading">
            <h3 id="progress-heading" tabindex="-1">${msg('Thông báo tiến độ', { id: 'progress-notices' })}</h3>
            <ul>
              ${notices.map(
                (notice) => html`<li>${formatDate(notice.at, this.language)}: ${msg(str`hạn mới ${formatDate(notice.newDueDate, this.language)}`, { id: 'progress-new-due' })} — ${this.#text(notice.note)}</li>`,
              )}
            </ul>
          </section>`}
      ${open && targets.length > 0
        ? html`<form class="inline" @submit=${(event: SubmitEvent) => this.#assign(event)}>
            <label
              >${msg('Chuyển cho cơ quan', { id: 'assign-agency' })}
              <select name="agency">
                ${targets.map((agency) => html`<option value=${agency.code} ?selected=${agency.code === question.agency?.code}>${this.#text(agency.name)}</option>`)}
              </select>
            </label>
            <button type="submit">${msg('Chuyển', { id: 'assign' })}</button>
          </form>`
        : nothing}
      ${open
        ? html`<form @submit=${(event: SubmitEvent) => this.#notifyProgress(event)}>
            <h3>${msg('Gửi thông báo tiến độ', { id: 'progress-notice-form' })}</h3>
            <p>${msg('Khi chưa thể trả lời đúng hạn, báo người hỏi hạn mới và lý do (Điều 9.4).', { id: 'progress-notice-help' })}</p>
            <label>${msg('Hạn trả lời mới', { id: 'new-due-date' })}<input name="new-due-date" required inputmode="numeric" autocomplete="off" placeholder="30/04/2025" aria-describedby="new-due-date-format" /></label>
            <p id="new-due-date-format" class="hint">${msg('Ngày/tháng/năm, sau hạn hiện tại.', { id: 'new-due-date-format' })}</p>
            <label>${msg('Lý do chậm trả lời', { id: 'progress-reason' })}<textarea name="progress-reason" rows="2" required></textarea></label>
            <button type="submit">${msg('Gửi thông báo tiến độ', { id: 'progress-notice-send' })}</button>
          </form>`
        : nothing}
      ${answerableStates.has(question.state)
        ? html`<form @submit=${(event: SubmitEvent) => this.#answer(event)}>
            <h3>${msg('Trả lời', { id: 'answer-form' })}</h3>
            <vnp-rich-text-editor .label=${msg('Nội dung trả lời', { id: 'answer-text' })}></vnp-rich-text-editor>
            <vnp-citation-picker .call=${this.call} .language=${this.language}></vnp-citation-picker>
            <fieldset>
              <legend>${msg('Người trả lời (thủ trưởng cơ quan hoặc người được ủy quyền)', { id: 'answered-by' })}</legend>
              <label>${msg('Họ và tên', { id: 'answered-by-name' })}<input name="answered-by" required autocomplete="name" .value=${this.user.name} /></label>
              <label>${msg('Chức vụ', { id: 'answered-by-position' })}<input name="answered-by-position" required autocomplete="organization-title" /></label>
            </fieldset>
            <button type="submit" name="send-answer">${msg('Gửi trả lời', { id: 'send-answer' })}</button>
          </form>`
        : nothing}
      ${open
        ? html`<form @submit=${(event: SubmitEvent) => this.#reject(event)}>
            <label>${msg('Lý do từ chối', { id: 'reject-reason' })}<textarea name="reason" rows="3" required></textarea></label>
            <button type="submit">${msg('Từ chối câu hỏi', { id: 'reject' })}</button>
          </form>`
        : nothing}
      ${question.answer === undefined
        ? nothing
        : html`<h3 id="answer-heading" tabindex="-1">${msg('Câu trả lời', { id: 'answer' })}</h3>
            <div class="answer" .innerHTML=${question.answer.content.vi}></div>
            ${question.answer.answeredBy === undefined
              ? nothing
              : html`<p>${msg(str`Người trả lời: ${question.answer.answeredBy.name}, ${question.answer.answeredBy.position}`, { id: 'answered-by-line' })}</p>`}
            ${question.answer.citedDocuments.length === 0
              ? nothing
              : html`<ul class="cited">
                  ${question.answer.citedDocuments.map((cited) => html`<li><strong>${cited.number}</strong>: ${this.#text(cited.summary)}</li>`)}
                </ul>`}`}
      ${question.rejectionReason === undefined
        ? nothing
        : html`<h3 id="rejection-heading" tabindex="-1">${msg('Lý do từ chối', { id: 'reject-reason' })}</h3><p>${question.rejectionReason.vi}</p>`}`;
  }
}
