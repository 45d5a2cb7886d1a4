/**
 * What the forms show in reply to the visitor — the problems found, the offer to convert legacy
 * text, the receipt, a question's status, why a request failed — loaded with `import()` when the
 * visitor first uses a form, with the request schemas (zod) and the legacy-encoding tables: a page
 * that only shows answers never downloads any of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QaFormConfig, QuestionReceipt, QuestionState, QuestionStatus } from '@vn-portal/schema';
import { ApiProblemError, type PortalError } from '@vn-portal/sdk';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { localized } from '../shared/localized-text.js';
import { vietnameseQuestionStates } from '@vn-portal/schema/vocabulary';
import { str, type Translator } from '../shared/localization.js';
import { isOriginRefusal } from '../shared/origin-refusal.js';
import { notAllowedYetText } from '../shared/origin-refusal-text.js';
import { answerBody } from './answer-view.js';
import type { QaFormContext } from './form-context.js';

export { checkQuestion, checkStatusRequest, legacyReading, problemText, serverProblems } from './question-checks.js';

/** What went wrong, for the visitor: what to do about it, not the status code. */
function failureText(t: Translator, failure: PortalError): string {
  if (isOriginRefusal(failure)) return notAllowedYetText(t);
  if (failure instanceof ApiProblemError) {
    if (failure.status === 429) return t.msg('Có quá nhiều yêu cầu được gửi từ đây. Vui lòng chờ vài phút rồi thử lại.');
    if (failure.status < 500) return t.msg('Cổng thông tin không chấp nhận yêu cầu. Vui lòng tải lại trang và thử lại.');
    return t.msg('Cổng thông tin tạm thời không phản hồi.');
  }
  return t.msg('Không kết nối được với cổng thông tin. Hãy kiểm tra kết nối mạng và thử lại.');
}

export function submitFailureText(t: Translator, failure: PortalError): string {
  if (failure instanceof ApiProblemError && failure.code === 'idempotency-conflict') {
    return t.msg('Một phiên bản trước của câu hỏi này đã đến Cổng thông tin trước khi trang được tải lại. Hãy gửi lại để gửi phiên bản này thành một câu hỏi riêng.');
  }
  return t.msg(str`Câu hỏi chưa được gửi. ${failureText(t, failure)} Nội dung bạn nhập vẫn được giữ nguyên.`);
}

export function lookupFailureText(t: Translator, failure: PortalError): string {
  // An unknown code and a wrong contact answer alike (404): nothing to learn by guessing.
  return failure instanceof ApiProblemError && failure.status === 404
    ? t.msg('Không tìm thấy câu hỏi với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.')
    : failureText(t, failure);
}

/** Said when pasted text seems to be in an old Vietnamese encoding, as the offer below the field appears. */
export const legacyFoundText = (t: Translator) => t.msg('Văn bản vừa dán có vẻ dùng bảng mã tiếng Việt cũ: bản chuyển sang Unicode được đề xuất bên dưới ô nhập.');

/** Said once the converted text has taken the pasted one's place. */
export const legacyConvertedText = (t: Translator) => t.msg('Văn bản đã được chuyển sang Unicode.');

export function renderLegacyOffer(t: Translator, id: string, { encoding, converted }: { encoding: string; converted: string }, use: () => void, keep: () => void): TemplateResult {
  const preview = converted.length > 200 ? `${converted.slice(0, 200)}…` : converted;
  return html`<div class="legacy" part="legacy-notice" id=${id}>
    <p>${t.msg(str`Đoạn văn bản này có vẻ dùng bảng mã cũ ${encoding}. Chuyển sang Unicode, nội dung là:`)}</p>
    <p class="converted" lang="vi">${preview}</p>
    <div class="row">
      <button type="button" part="convert-button" @click=${use}>${t.msg('Dùng văn bản đã chuyển đổi')}</button>
      <button type="button" @click=${keep}>${t.msg('Giữ nguyên')}</button>
    </div>
  </div>`;
}

export interface ReceiptActions {
  /** The receipt is that of a version sent before the visitor's last changes. */
  earlierVersion: boolean;
  /** Opens the tracking view with this code; undefined when the element shows no tracking view. */
  track: (() => void) | undefined;
  askAnother: () => void;
}

/** Puts the tracking code on the clipboard, and says whether it worked. */
async function copyCode(context: QaFormContext, code: string): Promise<void> {
  const { t } = context;
  try {
    await navigator.clipboard.writeText(code);
    context.say(t.msg('Đã sao chép mã tra cứu.'));
  } catch {
    context.say(t.msg('Không sao chép được mã. Vui lòng chọn mã và tự sao chép.'));
  }
}

export function renderReceipt(receipt: QuestionReceipt, config: QaFormConfig, context: QaFormContext, actions: ReceiptActions): TemplateResult {
  const { t } = context;
  const due = formatDate(receipt.dueDate, context.locale);
  return html`<section class="receipt" part="receipt" tabindex="-1" aria-labelledby="qa-receipt-heading">
    <h2 id="qa-receipt-heading">${t.msg('Câu hỏi của bạn đã được tiếp nhận')}</h2>
    ${actions.earlierVersion ? html`<p>${t.msg('Câu hỏi đã đến Cổng thông tin trước khi mất kết nối: những thay đổi sau đó chưa được gửi.')}</p>` : nothing}
    <p class="row">
      <span>${t.msg('Mã tra cứu:')} <strong part="tracking-code">${receipt.trackingCode}</strong></span>
      <button type="button" part="copy-button" @click=${() => void copyCode(context, receipt.trackingCode)}>${t.msg('Sao chép mã')}</button>
    </p>
    <p part="due-date">${t.msg(str`Hạn trả lời hoặc thông báo quá trình xử lý: ${due}, trong vòng ${config.answerWorkingDays} ngày làm việc.`)}</p>
    <h3>${t.msg('Các bước tiếp theo')}</h3>
    <ol>
      <li>${t.msg('Ban biên tập tiếp nhận và phân loại câu hỏi. Câu hỏi không thuộc phạm vi trả lời sẽ được thông báo ngay.')}</li>
      <li>${t.msg('Câu hỏi được chuyển đến cơ quan có thẩm quyền để trả lời.')}</li>
      <li>${t.msg('Câu trả lời về những vấn đề được quan tâm chung sẽ được đăng công khai, không kèm thông tin cá nhân của bạn.')}</li>
    </ol>
    <p>${t.msg('Vui lòng lưu lại mã tra cứu: với mã này và thư điện tử hoặc số điện thoại đã khai, bạn có thể theo dõi tình trạng câu hỏi.')}</p>
    <div class="row">
      ${actions.track ? html`<button type="button" part="track-this-button" @click=${actions.track}>${t.msg('Tra cứu câu hỏi này')}</button>` : nothing}
      <button type="button" part="ask-another-button" @click=${actions.askAnother}>${t.msg('Gửi câu hỏi khác')}</button>
    </div>
  </section>`;
}

const stateLabels = (t: Translator) => t.labels('questionState', vietnameseQuestionStates);

const openStates: readonly QuestionState[] = ['received', 'classified', 'forwarded'];

/** Where a question is: its state, the steps it went through, and the answer or the reason it was refused. */
export function renderStatus(status: QuestionStatus, host: Pick<QaFormContext, 'richText' | 'locale' | 't' | 'legalDocsUrl'>): TemplateResult {
  const { t } = host;
  const { locale } = host;
  const date = (at: string) => html`<time datetime=${at}>${formatDate(at, locale)}</time>`;
  return html`<section class="status" part="status" tabindex="-1" aria-labelledby="qa-status-heading">
    <h2 id="qa-status-heading">${status.title}</h2>
    <dl>
      <dt>${t.msg('Mã tra cứu')}</dt>
      <dd>${status.trackingCode}</dd>
      <dt>${t.msg('Lĩnh vực', { id: 'qa-topic' })}</dt>
      <dd>${localized(status.topic.name, locale)}</dd>
      <dt>${t.msg('Tình trạng')}</dt>
      <dd part="state">${stateLabels(t)[status.state]}</dd>
      ${openStates.includes(status.state) ? html`<dt>${t.msg('Hạn trả lời')}</dt><dd>${date(status.dueDate)}</dd>` : nothing}
    </dl>
    <h3>${t.msg('Quá trình xử lý')}</h3>
    <ol class="timeline" part="timeline">
      ${status.timeline.map(
        (entry) => html`<li part="timeline-entry">
          <strong>${entry.newDueDate ? t.msg('Thông báo tiến độ') : stateLabels(t)[entry.state]}</strong>, ${date(entry.at)}
          ${entry.newDueDate ? html`<br />${t.msg('Hạn trả lời mới:')} ${date(entry.newDueDate)}` : nothing}
          ${entry.agency ? html`<br />${t.msg('Cơ quan:')} ${localized(entry.agency.name, locale)}` : nothing}
          ${entry.note ? html`<br />${localized(entry.note, locale)}` : nothing}
        </li>`,
      )}
    </ol>
    ${status.rejectionReason
      ? html`<h3>${t.msg('Lý do không tiếp nhận')}</h3>
          <p part="rejection-reason">${localized(status.rejectionReason, locale)}</p>`
      : nothing}
    ${status.answer ? html`<h3>${t.msg('Nội dung trả lời')}</h3>${answerBody(host, status.answer)}` : nothing}
  </section>`;
}
