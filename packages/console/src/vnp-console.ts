import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { AdminQuestion, QuestionState, SessionUser } from '@vn-portal/schema';
import { ApiProblemError } from '@vn-portal/sdk';
import type { SessionClient } from '@vn-portal/sdk/admin';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { inboxOrder, weekdaysOnly, type Urgency } from './inbox-order.js';

type Screen = { kind: 'loading' } | { kind: 'sign-in'; problem?: string } | { kind: 'inbox'; user: SessionUser };

const states: readonly QuestionState[] = ['received', 'classified', 'forwarded', 'answered', 'published', 'rejected'];

const stateLabel = (state: QuestionState): string =>
  ({
    received: msg('Mới nhận', { id: 'state-received' }),
    classified: msg('Đã phân loại', { id: 'state-classified' }),
    forwarded: msg('Đã chuyển xử lý', { id: 'state-forwarded' }),
    answered: msg('Đã trả lời', { id: 'state-answered' }),
    published: msg('Đã công khai', { id: 'state-published' }),
    rejected: msg('Từ chối', { id: 'state-rejected' }),
  })[state];

const urgencyLabel = (urgency: Urgency): string =>
  ({
    overdue: msg('Quá hạn', { id: 'urgency-overdue' }),
    'due-soon': msg('Sắp đến hạn', { id: 'urgency-due-soon' }),
    'on-time': msg('Trong hạn', { id: 'urgency-on-time' }),
    closed: msg('Đã xong', { id: 'urgency-closed' }),
  })[urgency];

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
  };

  declare client: SessionClient | undefined;
  declare screen: Screen;
  declare questions: AdminQuestion[];
  declare stateFilter: QuestionState | '';
  /** The clock; tests set it to the demo data's day. */
  now: () => Date = () => new Date();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.screen = { kind: 'loading' };
    this.questions = [];
    this.stateFilter = '';
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
    .due-soon {
      color: #7a4100;
      font-weight: 700;
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
  }

  async #loadQuestions(): Promise<void> {
    if (this.client === undefined) return;
    const list = await this.client.listQuestions({ pageSize: 100, ...(this.stateFilter === '' ? {} : { state: this.stateFilter }) });
    this.questions = list.items;
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
        return this.#renderInbox(this.screen.user);
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

  #renderInbox(user: SessionUser) {
    const language = document.documentElement.lang === 'en' ? 'en' : 'vi';
    const rows = inboxOrder(this.questions, this.now(), weekdaysOnly);
    return html`<header>
        <p>${msg(str`Đang đăng nhập: ${user.name}`, { id: 'signed-in-as' })}</p>
        <button type="button" @click=${() => this.#signOut()}>${msg('Đăng xuất', { id: 'sign-out' })}</button>
      </header>
      <main>
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
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ question, urgency }) =>
                html`<tr>
                  <td><span class=${urgency}>${urgencyLabel(urgency)}</span><br />${formatDate(question.dueDate, language)}</td>
                  <td>${question.title}</td>
                  <td>${stateLabel(question.state)}</td>
                  <td>${question.trackingCode}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </main>`;
  }
}
