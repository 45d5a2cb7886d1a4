import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { AdminQuestion, CodedLabel, QuestionState, SessionUser, Language } from '@vn-portal/schema';
import { ApiProblemError } from '@vn-portal/sdk';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ConsoleClient } from './console-client.js';
import { inboxOrder, weekdaysOnly, type Urgency } from './inbox-order.js';
import { sessionEndedEvent } from './patterns/writes.js';
import { consoleStyles } from './patterns/styles.js';
import { stateLabel, states } from './question-states.js';
import { progressNotices } from './questions/progress-notices.js';
import type { SessionCall, VnpQuestionDetail } from './questions/question-detail.js';
import { viewOfHash, viewsFor, viewTitle, type ViewId } from './views.js';

type Screen = { kind: 'loading' } | { kind: 'sign-in'; problem?: string } | { kind: 'signed-in'; user: SessionUser };

const urgencyLabel = (urgency: Urgency): string =>
  ({
    overdue: msg('Quá hạn', { id: 'urgency-overdue' }),
    'due-soon': msg('Sắp đến hạn', { id: 'urgency-due-soon' }),
    'on-time': msg('Trong hạn', { id: 'urgency-on-time' }),
    closed: msg('Đã xong', { id: 'urgency-closed' }),
  })[urgency];

/**
 * The editorial console: signs a person in with their account (the session lives in an HttpOnly
 * cookie the page never sees), then shows the screens their role and agencies allow, one at a
 * time, each at its own URL fragment (`#polls`), the Q&A inbox first.
 */
export class VnpConsole extends LitElement {
  static override properties = {
    client: { attribute: false },
    screen: { state: true },
    questions: { state: true },
    stateFilter: { state: true },
    opened: { state: true },
    agencies: { state: true },
    view: {},
  };

  declare client: ConsoleClient | undefined;
  declare screen: Screen;
  declare questions: AdminQuestion[];
  declare stateFilter: QuestionState | '';
  /** The question being read and answered, if any. */
  declare opened: AdminQuestion | undefined;
  /** The agencies a question may be assigned to: the portal's registered agencies. */
  declare agencies: CodedLabel[];
  /** The screen shown; the URL's fragment chooses it when it names one. */
  declare view: ViewId;
  /** The clock; tests set it to the demo data's day. */
  now: () => Date = () => new Date();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.screen = { kind: 'loading' };
    this.questions = [];
    this.stateFilter = '';
    this.agencies = [];
    this.view = 'qa';
    this.addEventListener(sessionEndedEvent, () => this.#endSession());
  }

  static override styles = [
    consoleStyles,
    css`
      :host {
        max-width: 72rem;
        margin: 0 auto;
        padding: 1rem;
      }
      form.sign-in {
        display: grid;
        gap: 0.75rem;
        max-width: 22rem;
      }
      form.sign-in label {
        display: grid;
        gap: 0.25rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        justify-content: space-between;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        padding: 0;
        border-bottom: 1px solid #c4c4c4;
      }
      nav a {
        display: inline-block;
        padding: 0.5rem 0.25rem;
        color: #0b4f9c;
      }
      nav a[aria-current='page'] {
        color: #1a1a1a;
        font-weight: 700;
        text-decoration: none;
        border-bottom: 3px solid #0b4f9c;
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
        padding: 0.5rem;
      }
      .content {
        white-space: pre-wrap;
      }
      .due-soon {
        color: #7a4100;
        font-weight: 700;
      }
      .progress {
        font-style: italic;
      }
      fieldset {
        display: grid;
        gap: 0.5rem;
        border-color: #767676;
        border-radius: 4px;
      }
      article.comment {
        border-bottom: 1px solid #c4c4c4;
        padding-block: 0.5rem;
      }
      article.comment h3 {
        font-size: 1rem;
      }
      form.inline {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      a {
        color: #0b4f9c;
      }
    `,
  ];

  readonly #followHash = () => void this.#show(viewOfHash(location.hash));
  #pageTitle = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pageTitle = document.title;
    window.addEventListener('hashchange', this.#followHash);
    void this.#resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#followHash);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stateFilter') && this.screen.kind === 'signed-in' && this.view === 'qa') void this.#loadQuestions();
  }

  async #resume(): Promise<void> {
    if (this.client === undefined) return;
    try {
      this.#enter(await this.client.getSession());
    } catch (error) {
      if (!(error instanceof ApiProblemError && error.status === 401)) throw error;
      this.screen = { kind: 'sign-in' };
    }
  }

  #enter(user: SessionUser): void {
    this.screen = { kind: 'signed-in', user };
    void this.#show(viewOfHash(location.hash) ?? this.view);
  }

  /**
   * Shows a view the person may see (else their first), names it in the window's title, and moves
   * focus to its heading so a screen reader announces where the officer arrived.
   */
  async #show(wanted: ViewId | undefined): Promise<void> {
    if (this.screen.kind !== 'signed-in') return;
    const allowed = viewsFor(this.screen.user);
    const view = wanted !== undefined && allowed.includes(wanted) ? wanted : (allowed[0] ?? 'qa');
    this.view = view;
    this.opened = undefined;
    document.title = `${viewTitle(view)} · ${this.#pageTitle}`;
    if (view === 'qa') await this.#loadQuestions();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  #endSession(): void {
    this.opened = undefined;
    this.screen = { kind: 'sign-in', problem: msg('Phiên làm việc đã kết thúc, vui lòng đăng nhập lại.', { id: 'session-ended' }) };
  }

  /** Runs a call; a session ended on the server (unused too long, signed out elsewhere) leads back to sign-in. */
  async #call<T>(work: (client: ConsoleClient) => Promise<T>): Promise<T | undefined> {
    if (this.client === undefined) return undefined;
    try {
      return await work(this.client);
    } catch (error) {
      if (!(error instanceof ApiProblemError && error.status === 401)) throw error;
      this.#endSession();
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
      if (user !== undefined) this.#enter(user);
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
    // The agencies a question may be assigned to, read once, when the first question is opened.
    if (this.agencies.length === 0) {
      const list = await this.#call((client) => client.listAgencies());
      this.agencies = list?.items.map(({ code, name }) => ({ code, name })) ?? [];
    }
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
      case 'signed-in':
        return this.#renderSignedIn(this.screen.user);
    }
  }

  #renderSignedIn(user: SessionUser) {
    const views = viewsFor(user);
    return html`<header>
        <p>${msg(str`Đang đăng nhập: ${user.name}`, { id: 'signed-in-as' })}</p>
        <button type="button" name="sign-out" @click=${() => this.#signOut()}>${msg('Đăng xuất', { id: 'sign-out' })}</button>
      </header>
      <nav aria-label=${msg('Các mục quản trị', { id: 'console-nav' })}>
        <ul>
          ${views.map((view) => html`<li><a href="#${view}" aria-current=${view === this.view ? 'page' : 'false'}>${viewTitle(view)}</a></li>`)}
        </ul>
      </nav>
      ${this.view === 'qa'
        ? this.opened === undefined
          ? this.#renderInbox()
          : this.#renderQuestion(user, this.opened)
        : this.view === 'draft-comments'
          ? html`<main><vnp-comment-moderation .call=${this.#sessionCall} .language=${this.#language()}></vnp-comment-moderation></main>`
          : html`<main>
            <h1 tabindex="-1">${viewTitle(this.view)}</h1>
            ${this.#renderScreen(this.view, user)}
          </main>`}`;
  }

  #renderScreen(view: Exclude<ViewId, 'qa' | 'draft-comments'>, user: SessionUser) {
    const client = this.client;
    switch (view) {
      case 'leaders':
        return html`<vnp-leaders-screen .client=${client} .user=${user}></vnp-leaders-screen>`;
      case 'agencies':
        return html`<vnp-agencies-screen .client=${client} .user=${user}></vnp-agencies-screen>`;
      case 'polls':
        return html`<vnp-polls-screen .client=${client} .user=${user}></vnp-polls-screen>`;
      case 'calendar':
        return html`<vnp-calendar-screen .client=${client} .user=${user}></vnp-calendar-screen>`;
      case 'origins':
        return html`<vnp-origins-screen .client=${client} .user=${user}></vnp-origins-screen>`;
      case 'personal-data':
        return html`<vnp-personal-data-screen .client=${client} .user=${user}></vnp-personal-data-screen>`;
      case 'api-keys':
        return html`<vnp-api-keys-screen .client=${client} .user=${user}></vnp-api-keys-screen>`;
      case 'backups':
        return html`<vnp-backups-screen .client=${client} .user=${user}></vnp-backups-screen>`;
      case 'register':
        return html`<vnp-register-screen .client=${client} .user=${user}></vnp-register-screen>`;
      case 'register-import':
        return html`<vnp-register-import-screen .client=${client} .user=${user}></vnp-register-import-screen>`;
      case 'activity-report':
        return html`<vnp-activity-report-screen .client=${client} .user=${user}></vnp-activity-report-screen>`;
      case 'audit-log':
        return html`<vnp-audit-log-screen .client=${client} .user=${user}></vnp-audit-log-screen>`;
      case 'qa-settings':
        return html`<vnp-qa-settings-screen .client=${client} .user=${user}></vnp-qa-settings-screen>`;
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

  #language(): Language {
    return document.documentElement.lang === 'en' ? 'en' : 'vi';
  }

  #renderInbox() {
    const language = this.#language();
    const rows = inboxOrder(this.questions, this.now(), weekdaysOnly);
    return html`<main>
        <h1 tabindex="-1">${msg('Hỏi đáp: câu hỏi cần xử lý', { id: 'inbox-title' })}</h1>
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
                    ${progressNotices(question).length > 0 ? html`<br /><span class="progress">${msg('Đã báo tiến độ, hạn mới', { id: 'inbox-progress-notice' })}</span>` : nothing}
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
        </table>
      </main>`;
  }

  #renderQuestion(user: SessionUser, question: AdminQuestion) {
    return html`<main>
      <button type="button" name="back" @click=${() => this.#close()}>${msg('Quay lại danh sách', { id: 'back-to-inbox' })}</button>
      <vnp-question-detail .question=${question} .user=${user} .agencies=${this.agencies} .call=${this.#sessionCall} .language=${this.#language()}></vnp-question-detail>
    </main>`;
  }
}
