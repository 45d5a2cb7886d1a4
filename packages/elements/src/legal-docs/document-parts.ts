import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, CommentWindow, LegalDocumentStatus, LegalDocumentSummary } from '@vn-portal/schema';
import { formatDate, formatNumber } from '@vn-portal/sdk/vietnamese';
import { breakable } from '../shared/breakable.js';
import { str, type Translator } from '../shared/localization.js';
import { statusLabels, typeLabels, windowLabels } from './labels.js';
import type { Language } from '@vn-portal/schema';

// Pieces of a document shown both in the list and in the open document.

const day = 86_400_000;

/** "Quyết định 10/2024/QĐ-UBND": how the register names a document; a draft's number names it already. */
export const docName = (t: Translator, doc: LegalDocumentSummary): string => (doc.stage === 'draft' ? doc.number : `${typeLabels(t)[doc.type]} ${doc.number}`);

export const dateOf = (value: string, locale: Language) => html`<time datetime=${value}>${formatDate(value, locale)}</time>`;

/** A field of the register; one with no value recorded says so. */
export const fact = (t: Translator, label: string, value: unknown) =>
  html`<div>
    <dt>${label}</dt>
    <dd>${value ?? t.msg('Đang cập nhật')}</dd>
  </div>`;

export const badge = (t: Translator, status: LegalDocumentStatus) => html`<span class="badge ${status}" part="badge">${statusLabels(t)[status]}</span>`;

/** A draft's comment period: not yet open, open with its deadline and the days left, or closed. */
export function commentPeriod(t: Translator, window: CommentWindow): TemplateResult {
  const closes = formatDate(window.closesAt, t.locale);
  const daysLeft = Math.max(Math.ceil((Date.parse(window.closesAt) - Date.now()) / day), 1);
  const when =
    window.state === 'upcoming'
      ? t.msg(str`Bắt đầu từ ngày ${formatDate(window.opensAt, t.locale)}`)
      : window.state === 'closed'
        ? t.msg(str`Đã kết thúc ngày ${closes}`)
        : t.msg(str`Đến hết ngày ${closes}`) + ' · ' + (daysLeft === 1 ? t.msg('còn 1 ngày') : t.msg(str`còn ${daysLeft} ngày`));
  return html`<span class="badge ${window.state}" part="badge">${windowLabels(t)[window.state]}</span> ${when}`;
}

/**
 * Attached files, with their format, size and whether they are digitally signed; a web page (a link
 * to where the official text is published) has no size. Names are the register's, in Vietnamese.
 */
export function attachmentList(t: Translator, attachments: Attachment[]) {
  if (attachments.length === 0) return nothing;
  return html`<ul class="attachments" part="attachments">
    ${attachments.map((file) => {
      const format = (/\.(\w{1,5})$/.exec(file.name)?.[1] ?? file.mediaType.split('/').pop() ?? '').toUpperCase();
      const megabytes = file.size >= 1_048_576;
      const size = formatNumber(file.size / (megabytes ? 1_048_576 : 1024), t.locale, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 });
      return html`<li>
        <a href=${file.url} lang="vi">${breakable(file.name)}</a>
        <span class="muted">(${format}${file.size ? `, ${size}` : ''}${file.signed ? html`, <span class="signed">${t.msg('đã ký số')}</span>` : nothing})</span>
      </li>`;
    })}
  </ul>`;
}
