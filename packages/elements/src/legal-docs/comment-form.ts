import { html, nothing, type TemplateResult } from 'lit';
import type { DraftCommentReceipt, DraftCommentSubmission } from '@vn-portal/schema';
import { formatPatterns } from '@vn-portal/schema/compact';
import { draftCommentLimits } from '@vn-portal/schema/vocabulary';
import { ApiProblemError, PortalError, randomToken } from '@vn-portal/sdk';
import { toNfc } from '@vn-portal/sdk/vietnamese';
import { announce } from '../shared/announcer.js';
import { honeypotField, honeypotOf } from '../shared/honeypot.js';
import type { Translator } from '../shared/localization.js';
import { explainOriginRefusal, isOriginRefusal } from '../shared/origin-refusal.js';
import { notAllowedYetText } from '../shared/origin-refusal-text.js';
import type { PortalElement } from '../shared/portal-element.js';
import { windowLabels } from './labels.js';

type Field = 'name' | 'email' | 'organization' | 'content' | 'consent';
/** Kept as a kind, so that the message follows a change of language; or the server's own words. */
type FieldProblem = 'missing' | 'invalid' | { message: string };
type SendProblem = 'closed' | 'rate-limited' | 'not-allowed' | 'failed';

export type SendComment = (documentId: string, body: DraftCommentSubmission, idempotencyKey: string) => Promise<DraftCommentReceipt>;

const fields: readonly Field[] = ['name', 'email', 'organization', 'content', 'consent'];

function fieldMessage(t: Translator, field: Field, problem: FieldProblem): string {
  if (typeof problem === 'object') return problem.message;
  if (problem === 'invalid') return t.msg('Vui lòng nhập địa chỉ thư điện tử, ví dụ ten@example.com.');
  return {
    name: t.msg('Vui lòng nhập họ và tên.'),
    email: t.msg('Vui lòng nhập địa chỉ thư điện tử.'),
    organization: '',
    content: t.msg('Vui lòng nhập nội dung góp ý.'),
    consent: t.msg('Vui lòng đánh dấu vào ô đồng ý.'),
  }[field];
}

function sendProblemOf(error: unknown): SendProblem {
  if (isOriginRefusal(error)) return 'not-allowed';
  const status = error instanceof ApiProblemError ? error.status : 0;
  return status === 409 ? 'closed' : status === 429 ? 'rate-limited' : 'failed';
}

const thanks = (t: Translator) => t.msg('Cảm ơn bạn, góp ý đã được tiếp nhận và sẽ được công khai sau khi kiểm duyệt.');

const sendMessages = (t: Translator): Record<SendProblem, string> => ({
  closed: windowLabels(t).closed,
  'rate-limited': t.msg('Có quá nhiều yêu cầu được gửi từ đây. Vui lòng chờ vài phút rồi thử lại.'),
  'not-allowed': notAllowedYetText(t),
  failed: t.msg('Chưa gửi được góp ý. Nội dung bạn đã viết vẫn được giữ lại: vui lòng thử lại.'),
});

/**
 * The public comment form of a draft (Cao Bằng Điều 5.8): name, email, optional organization,
 * comment and consent, checked before sending with the messages next to their fields and in a
 * summary that takes the focus. Comments wait for moderation; the email is never published.
 * A retry after a failure sends the same idempotency key, so the comment is taken once. The
 * `website` field is the bot check's honeypot: out of sight and of the tab order, so people leave it
 * empty and form-filling bots do not.
 */
export class DraftCommentForm {
  private documentId: string | undefined;
  private problems: Partial<Record<Field, FieldProblem>> = {};
  private failure: SendProblem | undefined;
  private sending = false;
  private receipt: DraftCommentReceipt | undefined;
  private idempotencyKey = randomToken();

  constructor(
    private readonly host: PortalElement,
    private readonly send: SendComment,
  ) {}

  render(documentId: string): TemplateResult {
    const { t } = this.host;
    if (documentId !== this.documentId) {
      this.documentId = documentId;
      this.problems = {};
      this.failure = undefined;
      this.receipt = undefined;
    }
    if (this.receipt) {
      return html`<div class="notice" part="comment-receipt" tabindex="-1">
        ${thanks(t)}
      </div>`;
    }
    const problems = Object.entries(this.problems) as [Field, FieldProblem][];
    const invalid = (field: Field) => (this.problems[field] ? 'true' : 'false');
    const described = (field: Field) => (this.problems[field] ? `c-${field}-error` : nothing);
    const input = (field: 'name' | 'email' | 'organization', type: string, autocomplete: string) =>
      html`<input id="c-${field}" name=${field} type=${type} autocomplete=${autocomplete} maxlength=${draftCommentLimits[field].maxLength ?? nothing}
        ?required=${draftCommentLimits[field].required} aria-invalid=${invalid(field)} aria-describedby=${described(field)} />`;
    const error = (field: Field) => {
      const problem = this.problems[field];
      return problem ? html`<p class="problem" id="c-${field}-error">${fieldMessage(t, field, problem)}</p>` : nothing;
    };
    const labelled = (field: Field, label: string, control: TemplateResult) =>
      html`<div class="field"><label for="c-${field}">${label}</label>${error(field)}${control}</div>`;
    return html`<form part="comment-form" novalidate @submit=${(event: SubmitEvent) => this.submit(event, documentId)}>
      <h4>${t.msg('Gửi ý kiến góp ý')}</h4>
      <p class="muted">${t.msg('Góp ý được công khai sau khi kiểm duyệt; địa chỉ thư điện tử của bạn không bao giờ được công khai.')}</p>
      ${problems.length
        ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1">
            <p><strong>${t.msg('Vui lòng sửa các mục sau')}</strong></p>
            <ul>
              ${problems.map(([field, problem]) => html`<li>${fieldMessage(t, field, problem)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${labelled('name', t.msg('Họ và tên'), input('name', 'text', 'name'))}
      ${labelled('email', t.msg('Thư điện tử'), input('email', 'email', 'email'))}
      ${labelled('organization', t.msg('Cơ quan, tổ chức (không bắt buộc)'), input('organization', 'text', 'organization'))}
      ${labelled(
        'content',
        t.msg('Nội dung góp ý'),
        html`<textarea id="c-content" name="content" rows="6" maxlength=${draftCommentLimits.content.maxLength ?? nothing}
          ?required=${draftCommentLimits.content.required} aria-invalid=${invalid('content')}
          aria-describedby=${described('content')}></textarea>`,
      )}
      <div class="field">
        ${error('consent')}
        <label class="check"
          ><input id="c-consent" name="consent" type="checkbox" required aria-invalid=${invalid('consent')}
            aria-describedby=${described('consent')} />
          ${t.msg('Tôi đồng ý công khai họ tên (và cơ quan, tổ chức) của tôi kèm góp ý sau khi được kiểm duyệt.')}</label
        >
      </div>
      ${honeypotField()}
      <p class="problem" part="problem" role="alert">${this.failure ? sendMessages(t)[this.failure] : nothing}</p>
      <button type="submit" part="submit-button" aria-disabled=${this.sending ? 'true' : 'false'}>${this.sending ? t.msg('Đang gửi…') : t.msg('Gửi góp ý')}</button>
    </form>`;
  }

  private async submit(event: SubmitEvent, documentId: string): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry : '';
    };
    const text = (field: Field) => toNfc(value(field)).trim();
    const organization = text('organization');
    const body: DraftCommentSubmission = { name: text('name'), email: text('email'), content: text('content'), consent: true, ...(organization ? { organization } : {}), ...honeypotOf(event.currentTarget as HTMLFormElement) };
    const problems: typeof this.problems = {};
    if (!body.name) problems.name = 'missing';
    if (!body.email) problems.email = 'missing';
    else if (!formatPatterns.email.test(body.email)) problems.email = 'invalid';
    if (!body.content) problems.content = 'missing';
    if (!data.has('consent')) problems.consent = 'missing';
    this.problems = problems;
    this.failure = undefined;
    if (Object.keys(problems).length > 0) {
      await this.show('[part~="error-summary"]');
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      const receipt = await this.send(documentId, body, this.idempotencyKey);
      this.receipt = receipt;
      this.idempotencyKey = randomToken();
      this.host.emit('vn-comment', { documentId, receipt });
      announce(this.host.renderRoot, thanks(this.host.t));
      this.sending = false;
      await this.show('[part~="comment-receipt"]');
    } catch (error) {
      this.sending = false;
      for (const { path, message } of error instanceof ApiProblemError ? error.fieldErrors : []) {
        if ((fields as readonly string[]).includes(path)) this.problems[path as Field] = { message };
      }
      if (error instanceof PortalError) this.host.emit('vn-error', { error });
      explainOriginRefusal(this.host, error);
      if (Object.keys(this.problems).length > 0) await this.show('[part~="error-summary"]');
      else {
        this.failure = sendProblemOf(error);
        this.host.requestUpdate();
      }
    }
  }

  /** Renders, then moves the focus to what now says how it went. */
  private async show(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
