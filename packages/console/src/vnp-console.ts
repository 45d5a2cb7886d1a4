import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { AdminQuestion, CodedLabel, QuestionState, SessionUser } from '@vn-portal/schema';
import { ApiProblemError, type PortalClient } from '@vn-portal/sdk';
import type { SessionClient } from '@vn-portal/sdk/admin';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { inboxOrder, weekdaysOnly, type Urgency } from './inbox-order.js';
import { stateLabel, states } from './question-states.js';
import { progressNotices } from './questions/progress-notices.js';
import type { SessionCall, VnpQuestionDetail } from './questions/question-detail.js';

type Screen = { kind: 'loading' } | { kind: 'sign-in'; problem?: string } | { kind: 'inbox'; user: SessionUser };

const urgencyLabel = (urgency: Urgency): string =>
  ({
    overdue: msg('Quá hạn', { id: 'urgency-overdue' }),
    'due-soon': msg('Sắp đến hạn', { id: 'urgency-due-soon' }),
    'on-time': msg('Trong hạn', { id: 'urgency-on-time' }),
    closed: msg('Đã xong', { id: 'urgency-closed' }),
  })[urgency];

/** The console's screens: the Q&A inbox, and the draft comments' moderation. */
type Section = 'questions' | 'comments';

/**
 * The editorial console: signs a person in with their account (the session lives in an HttpOnly
 * cookie the page never sees), then shows the questions of their agencies, the pressing first.
 */
export class VnpConsole extends LitElement {
  static override properties = {
    client: { attribute: false },
    screen: { state: true },
    questions: { state: true },
    stateFilter: { state: true },
    opened: { state: true },
    section: { state: true },
    agencies: { state: true },
  };

  declare client: SessionClient | undefined;
  /** The public API, for the register (cited documents) and the agencies a question may go to. */
  declare portal: PortalClient | undefined;
  declare section: Section;
  declare agencies: CodedLabel[];
  declare screen: Screen;
  declare questions: AdminQuestion[];
  declare stateFilter: QuestionState | '';
  /** The question being read and answered, if any. */
  declare opened: AdminQuestion | undefined;
  /** The clock; tests set it to the demo data's day. */
  now: () => Date = () => new Date();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.screen = { kind: 'loading' };
    this.questions = [];
    this.stateFilter = '';
    this.section = 'questions';
    this.agencies = [];
  }

  static override styles = css`
    :host {
      display: block;
      font: 1rem/1.5 system-ui, sans-serif;
      color: #1a1a1a;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem;
    }
    form.sign-in {
      display: grid;
      gap: 0.75rem;
      max-width: 22rem;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    input,
    select,
    button {
      font: inherit;
      min-height: 2.75rem;
      padding: 0.25rem 0.75rem;
    }
    button {
      background: #0b4f9c;
      color: #fff;
      border: 1px solid #0b4f9c;
      border-radius: 4px;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #d9480f;
      outline-offset: 2px;
    }
    .problem {
      color: #a4000f;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 0.5rem;
      border-bottom: 1px solid #c4c4c4;
      vertical-align: top;
    }
    .overdue {
      color: #a4000f;
      font-weight: 700;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    textarea {
      font: inherit;
      padding: 0.5rem;
    }
    form {
      display: grid;
      gap: 0.5rem;
      margin-block: 1rem;
      max-width: 40rem;
    }
    .content {
      white-space: pre-wrap;
    }
    .due-soon {
      color: #7a4100;
      font-weight: 700;
    }
    .notice {
      font-style: italic;
    }
    nav {
      display: flex;
      gap: 0.5rem;
    }
    button.nav[aria-current='page'] {
      background: #fff;
      color: #0b4f9c;
      font-weight: 700;
    }
    fieldset {
      display: grid;
      gap: 0.5rem;
      border: 1px solid #767676;
      border-radius: 4px;
    }
    .editor {
      display: grid;
      gap: 0.25rem;
    }
    .editor-label {
      font-weight: 600;
    }
    [role='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    button.tool {
      background: #fff;
      color: #1a1a1a;
      border-color: #767676;
    }
    button.tool[aria-pressed='true'] {
      background: #1a1a1a;
      color: #fff;
    }
    .editable {
      min-height: 8rem;
      padding: 0.5rem;
      border: 1px solid #767676;
      border-radius: 4px;
    }
    article.comment {
      border-bottom: 1px solid #c4c4c4;
      padding-block: 0.5rem;
    }
    article.comment h3 {
      font-size: 1rem;
    }
    .actions,
    form.inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    a {
      color: #0b4f9c;
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#resume();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stateFilter') && this.screen.kind === 'inbox') void this.#loadQuestions();
  }

  async #resume(): Promise<void> {
    if (this.client === undefined) return;
    try {
      this.#enterInbox(await this.client.getSession());
    } catch (error) {
      if (!(error instanceof ApiProblemError && error.status === 401)) throw error;
      this.screen = { kind: 'sign-in' };
    }
  }

  #enterInbox(user: SessionUser): void {
    this.screen = { kind: 'inbox', user };
    void this.#loadQuestions().then(() => this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus()));
    void this.portal?.listAgencies().then(({ items }) => (this.agencies = items.map(({ code, name }) => ({ code, name }))));
  }

  #show(section: Section): void {
    this.section = section;
    this.opened = undefined;
    if (section === 'questions') void this.#loadQuestions().then(() => this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus()));
  }

  /** Runs a call; a session ended on the server (unused too long, signed out elsewhere) leads back to sign-in. */
  async #call<T>(work: (client: SessionClient) => Promise<T>): Promise<T | undefined> {
    if (this.client === undefined) return undefined;
    try {
      return await work(this.client);
    } catch (error) {
      if (!(error instanceof ApiProblemError && error.status === 401)) throw error;
      this.opened = undefined;
      this.screen = { kind: 'sign-in', problem: msg('Phiên làm việc đã kết thúc, vui lòng đăng nhập lại.', { id: 'session-ended' }) };
      return undefined;
    }
  }

  async #loadQuestions(): Promise<void> {
    const list = await this.#call((client) => client.listQuestions({ pageSize: 100, ...(this.stateFilter === '' ? {} : { state: this.stateFilter }) }));
    if (list !== undefined) this.questions = list.items;
  }

  async #signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
    try {
      const user = await this.client?.signIn({ body: { username: field('username').trim().toLowerCase(), password: field('password') } });
      if (user !== undefined) this.#enterInbox(user);
    } catch (error) {
      if (!(error instanceof ApiProblemError)) throw error;
      const problem =
        error.status === 429
          ? msg('Đăng nhập sai quá nhiều lần: tài khoản tạm khóa, vui lòng thử lại sau.', { id: 'sign-in-locked' })
          : msg('Tên đăng nhập hoặc mật khẩu không đúng.', { id: 'sign-in-wrong' });
      this.screen = { kind: 'sign-in', problem };
    }
  }

  async #open(id: string): Promise<void> {
    const question = await this.#call((client) => client.getQuestion({ id }));
    if (question === undefined) return;
    this.opened = question;
    await this.updateComplete;
    await this.renderRoot.querySelector<VnpQuestionDetail>('vnp-question-detail')?.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  async #close(): Promise<void> {
    const id = this.opened?.id;
    this.opened = undefined;
    await this.#loadQuestions();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`button[data-question="${id ?? ''}"]`)?.focus();
  }

  async #signOut(): Promise<void> {
    await this.client?.signOut();
    this.questions = [];
    this.screen = { kind: 'sign-in' };
  }

  override render() {
    switch (this.screen.kind) {
      case 'loading':
        return html`<p role="status">${msg('Đang tải…', { id: 'loading' })}</p>`;
      case 'sign-in':
        return this.#renderSignIn(this.screen.problem);
      case 'inbox':
        return html`${this.#renderHeader(this.screen.user)}
          <main>
            ${this.section === 'comments'
              ? html`<vnp-comment-moderation .call=${this.#sessionCall} .language=${this.#language()}></vnp-comment-moderation>`
              : this.opened === undefined
                ? this.#renderInbox()
                : this.#renderQuestion(this.screen.user, this.opened)}
          </main>`;
    }
  }

  #renderSignIn(problem: string | undefined) {
    return html`<main>
      <h1>${msg('Đăng nhập trang quản trị', { id: 'sign-in-title' })}</h1>
      <form class="sign-in" @submit=${(event: SubmitEvent) => this.#signIn(event)}>
        <label>${msg('Tên đăng nhập', { id: 'username' })}<input name="username" autocomplete="username" required autocapitalize="none" spellcheck="false" /></label>
        <label>${msg('Mật khẩu', { id: 'password' })}<input name="password" type="password" autocomplete="current-password" required /></label>
        <p class="problem" role="alert">${problem ?? nothing}</p>
        <button type="submit">${msg('Đăng nhập', { id: 'sign-in' })}</button>
      </form>
    </main>`;
  }

  readonly #sessionCall: SessionCall = (work) => this.#call(work);

  #language(): 'vi' | 'en' {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }

  #renderHeader(user: SessionUser) {
    const link = (section: Section, label: string) =>
      html`<button type="button" class="nav" name=${`nav-${section}`} aria-current=${this.section === section ? 'page' : 'false'} @click=${() => this.#show(section)}>${label}</button>`;
    return html`<header>
      <p>${msg(str`Đang đăng nhập: ${user.name}`, { id: 'signed-in-as' })}</p>
      <nav aria-label=${msg('Các mục quản trị', { id: 'sections' })}>
        ${link('questions', msg('Hỏi đáp', { id: 'nav-questions' }))} ${link('comments', msg('Góp ý dự thảo', { id: 'nav-comments' }))}
      </nav>
      <button type="button" name="sign-out" @click=${() => this.#signOut()}>${msg('Đăng xuất', { id: 'sign-out' })}</button>
    </header>`;
  }

  #renderInbox() {
    const language = this.#language();
    const rows = inboxOrder(this.questions, this.now(), weekdaysOnly);
    return html`<h1 tabindex="-1">${msg('Hỏi đáp: câu hỏi cần xử lý', { id: 'inbox-title' })}</h1>
        <label
          >${msg('Trạng thái', { id: 'state-filter' })}
          <select @change=${(event: Event) => (this.stateFilter = (event.target as HTMLSelectElement).value as QuestionState | '')}>
            <option value="" ?selected=${this.stateFilter === ''}>${msg('Tất cả', { id: 'state-all' })}</option>
            ${states.map((state) => html`<option value=${state} ?selected=${this.stateFilter === state}>${stateLabel(state)}</option>`)}
          </select>
        </label>
        <table>
          <caption>
            ${msg(str`${rows.length} câu hỏi, quá hạn và sắp đến hạn trước`, { id: 'inbox-caption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Hạn trả lời', { id: 'due-date' })}</th>
              <th scope="col">${msg('Câu hỏi', { id: 'question' })}</th>
              <th scope="col">${msg('Trạng thái', { id: 'state' })}</th>
              <th scope="col">${msg('Mã theo dõi', { id: 'tracking-code' })}</th>
              <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'actions' })}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ question, urgency }) =>
                html`<tr>
                  <td>
                    <span class=${urgency}>${urgencyLabel(urgency)}</span><br />${formatDate(question.dueDate, language)}
                    ${progressNotices(question).length > 0 ? html`<br /><span class="notice">${msg('Đã báo tiến độ, hạn mới', { id: 'inbox-progress-notice' })}</span>` : nothing}
                  </td>
                  <td>${question.title}</td>
                  <td>${stateLabel(question.state)}</td>
                  <td>${question.trackingCode}</td>
                  <td>
                    <button type="button" data-question=${question.id} aria-label=${msg(str`Mở câu hỏi ${question.trackingCode}`, { id: 'open-question-named' })} @click=${() => this.#open(question.id)}>
                      ${msg('Mở', { id: 'open-question' })}
                    </button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  }

  #renderQuestion(user: SessionUser, question: AdminQuestion) {
    return html`<button type="button" name="back" @click=${() => this.#close()}>${msg('Quay lại danh sách', { id: 'back-to-inbox' })}</button>
      <vnp-question-detail
        .question=${question}
        .user=${user}
        .agencies=${this.agencies}
        .portal=${this.portal}
        .call=${this.#sessionCall}
        .language=${this.#language()}
      ></vnp-question-detail>`;
  }
}
