import { html, nothing, type TemplateResult } from 'lit';
import type { Answer, CitedDocument, PublishedAnswer } from '@vn-portal/schema';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { localized } from '../shared/localized-text.js';
import type { QaFormContext } from './form-context.js';

// One answer as every view shows it (the ask form's similar answers, a question's status, the
// answers browser): in a module of its own, so the views fetched on first use can share it.

/** What rendering an answer needs from the element. */
type AnswerHost = Pick<QaFormContext, 'richText' | 'locale' | 't' | 'legalDocsUrl'>;

function citedDocument(host: AnswerHost, document: CitedDocument) {
  const { documentId } = document;
  const number =
    host.legalDocsUrl && documentId
      ? html`<a href=${host.legalDocsUrl.replace('{id}', encodeURIComponent(documentId))}>${document.number}</a>`
      : html`<strong>${document.number}</strong>`;
  return html`<li>${number}: ${localized(document.summary, host.locale)} (${localized(document.issuer, host.locale)},
    <time datetime=${document.issuedDate}>${formatDate(document.issuedDate, host.locale)}</time>)</li>`;
}

/** An answer as the board gave it: the agency, the date, who answered (Cao Bằng Điều 9.5), the sanitized text and the documents it cites. */
export function answerBody(host: AnswerHost, answer: Answer): TemplateResult {
  const { locale } = host;
  const by = answer.answeredBy;
  return html`<p class="meta">${host.t.msg('Cơ quan trả lời:')} ${localized(answer.agency.name, locale)},
      <time datetime=${answer.answeredAt}>${formatDate(answer.answeredAt, locale)}</time>${by ? html`<br />${host.t.msg('Người trả lời:')} ${by.name}, ${by.position}` : nothing}</p>
    ${host.richText.render(answer.content, locale, 'answer-content')}
    ${answer.citedDocuments.length > 0
      ? html`<p class="cited">${host.t.msg('Văn bản được trích dẫn:')}</p>
          <ul part="cited-documents">${answer.citedDocuments.map((document) => citedDocument(host, document))}</ul>`
      : nothing}`;
}

/** A published question, its answer behind a disclosure. No personal data: the API sends none. */
export function publishedAnswer(host: AnswerHost, item: PublishedAnswer, heading: boolean): TemplateResult {
  const title = localized(item.title, host.locale);
  return html`${heading ? html`<h3>${title}</h3>` : nothing}
    <details part="answer-details">
      <summary>${heading ? html`${host.t.msg('Xem câu hỏi và trả lời')}<span class="visually-hidden">: ${title}</span>` : title}</summary>
      <p class="question">${localized(item.question, host.locale)}</p>
      ${answerBody(host, item.answer)}
    </details>`;
}
