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
import { msg, str, type PortalLocale } from '../shared/localization.js';
import { answerBody } from './published-answers.js';
import type { QaFormContext } from './form-context.js';

export { checkQuestion, checkStatusRequest, legacyReading, problemText, serverProblems } from './question-checks.js';

/** What went wrong, for the visitor: what to do about it, not the status code. */
function failureText(failure: PortalError): string {
  if (failure instanceof ApiProblemError) {
    if (failure.status === 429) return msg('Too many requests were sent from here. Wait a few minutes, then try again.');
    if (failure.status < 500) return msg('The portal did not accept the request. Reload the page and try again.');
    return msg('The portal could not answer right now.');
  }
  return msg('The portal could not be reached. Check your connection and try again.');
}

export function submitFailureText(failure: PortalError): string {
  if (failure instanceof ApiProblemError && failure.code === 'idempotency-conflict') {
    return msg('An earlier version of this question reached the portal before the page was reloaded. Send again to send this version as a separate question.');
  }
  return msg(str`Your question has not been sent. ${failureText(failure)} Your text is kept.`);
}

export function lookupFailureText(failure: PortalError): string {
  // An unknown code and a wrong contact answer alike (404): nothing to learn by guessing.
  return failure instanceof ApiProblemError && failure.status === 404
    ? msg('No question matches this tracking code and contact. Check both and try again.')
    : failureText(failure);
}

export function renderLegacyOffer(id: string, { encoding, converted }: { encoding: string; converted: string }, use: () => void, keep: () => void): TemplateResult {
  const preview = converted.length > 200 ? `${converted.slice(0, 200)}…` : converted;
  return html`<div class="legacy" part="legacy-notice" id=${id}>
    <p>${msg(str`This text seems to be in the old ${encoding} encoding. In Unicode it reads:`)}</p>
    <p class="converted" lang="vi">${preview}</p>
    <div class="row">
      <button type="button" part="convert-button" @click=${use}>${msg('Use the converted text')}</button>
      <button type="button" @click=${keep}>${msg('Keep my text')}</button>
    </div>
  </div>`;
}

export interface ReceiptActions {
  /** The receipt is that of a version sent before the visitor's last changes. */
  earlierVersion: boolean;
  copy: () => void;
  /** Opens the tracking view with this code; undefined when the element shows no tracking view. */
  track: (() => void) | undefined;
  askAnother: () => void;
}

export function renderReceipt(receipt: QuestionReceipt, config: QaFormConfig, locale: PortalLocale, actions: ReceiptActions): TemplateResult {
  const due = formatDate(receipt.dueDate, locale);
  return html`<section class="receipt" part="receipt" tabindex="-1" aria-labelledby="qa-receipt-heading">
    <h2 id="qa-receipt-heading">${msg('Your question has been received')}</h2>
    ${actions.earlierVersion ? html`<p>${msg('It had reached the portal before the connection failed: your later changes were not sent.')}</p>` : nothing}
    <p class="row">
      <span>${msg('Tracking code:')} <strong part="tracking-code">${receipt.trackingCode}</strong></span>
      <button type="button" part="copy-button" @click=${actions.copy}>${msg('Copy the code')}</button>
    </p>
    <p part="due-date">${msg(str`An answer, or a notice of how your question is being handled, is due by ${due}: within ${config.answerWorkingDays} working days.`)}</p>
    <h3>${msg('What happens next')}</h3>
    <ol>
      <li>${msg('The editorial board reads your question. If it is out of scope, you are told so at once.')}</li>
      <li>${msg('It forwards the question to the competent agency, which answers it.')}</li>
      <li>${msg('Answers of general interest are published, without your personal data.')}</li>
    </ol>
    <p>${msg('Keep the tracking code: with it and the email or phone you gave, you can follow your question.')}</p>
    <div class="row">
      ${actions.track ? html`<button type="button" part="track-this-button" @click=${actions.track}>${msg('Track this question')}</button>` : nothing}
      <button type="button" part="ask-another-button" @click=${actions.askAnother}>${msg('Ask another question')}</button>
    </div>
  </section>`;
}

function stateLabel(state: QuestionState): string {
  switch (state) {
    case 'received':
      return msg('Received');
    case 'classified':
      return msg('Classified by the editorial board');
    case 'forwarded':
      return msg('Forwarded to the competent agency');
    case 'answered':
      return msg('Answered');
    case 'published':
      return msg('Answered and published');
    case 'rejected':
      return msg('Not accepted');
  }
}

const openStates: readonly QuestionState[] = ['received', 'classified', 'forwarded'];

/** Where a question is: its state, the steps it went through, and the answer or the reason it was refused. */
export function renderStatus(status: QuestionStatus, host: Pick<QaFormContext, 'richText' | 'locale' | 'legalDocsUrl'>): TemplateResult {
  const { locale } = host;
  const date = (at: string) => html`<time datetime=${at}>${formatDate(at, locale)}</time>`;
  return html`<section class="status" part="status" tabindex="-1" aria-labelledby="qa-status-heading">
    <h2 id="qa-status-heading">${status.title}</h2>
    <dl>
      <dt>${msg('Tracking code')}</dt>
      <dd>${status.trackingCode}</dd>
      <dt>${msg('Topic')}</dt>
      <dd>${localized(status.topic.name, locale)}</dd>
      <dt>${msg('Status')}</dt>
      <dd part="state">${stateLabel(status.state)}</dd>
      ${openStates.includes(status.state) ? html`<dt>${msg('Answer due by')}</dt><dd>${date(status.dueDate)}</dd>` : nothing}
    </dl>
    <h3>${msg('History')}</h3>
    <ol class="timeline" part="timeline">
      ${status.timeline.map(
        (entry) => html`<li part="timeline-entry">
          <strong>${stateLabel(entry.state)}</strong>, ${date(entry.at)}
          ${entry.agency ? html`<br />${msg('Agency:')} ${localized(entry.agency.name, locale)}` : nothing}
          ${entry.note ? html`<br />${localized(entry.note, locale)}` : nothing}
        </li>`,
      )}
    </ol>
    ${status.rejectionReason
      ? html`<h3>${msg('Why it was not accepted')}</h3>
          <p part="rejection-reason">${localized(status.rejectionReason, locale)}</p>`
      : nothing}
    ${status.answer ? html`<h3>${msg('Answer')}</h3>${answerBody(host, status.answer)}` : nothing}
  </section>`;
}
