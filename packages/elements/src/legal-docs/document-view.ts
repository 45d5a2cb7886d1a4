import { html, nothing, type TemplateResult } from 'lit';
import type { CommentWindow, DraftCommentList, LegalDocument, LegalDocumentStatus, LocalizedText, RelationKind } from '@vn-portal/schema';
import { escapeHtml } from '@vn-portal/sdk';
import { foldVietnamese, formatDate, formatNumber } from '@vn-portal/sdk/vietnamese';
import { announce } from '../shared/announcer.js';
import { transportFor } from '../shared/api.js';
import { resolveApiBase } from '../shared/config.js';
import { LazyPart } from '../shared/lazy-part.js';
import { localized, outdatedEnglishNote, pickText } from '../shared/localized-text.js';
import { str, type Translator } from '../shared/localization.js';
import type { PortalElement } from '../shared/portal-element.js';
import type { DraftCommentForm } from './comment-form.js';
import { attachmentList, badge, commentPeriod, dateOf, docName, fact } from './document-parts.js';
import { facetLabels, typeLabels } from './labels.js';
import { legalDocsApi } from './legal-docs-api.js';

/** An open document and, for a draft, its published comments. */
export interface OpenDocument {
  document: LegalDocument;
  comments: DraftCommentList | undefined;
}

/** What the open document needs from the register it is shown in. */
export interface RegisterLinks {
  /** A link that opens another document inside the element. */
  documentLink: (id: string, content: unknown) => TemplateResult;
  /** The page's address of the open document, for its citation; none when the element keeps out of the URL. */
  shareUrl: () => string | undefined;
}

/** Relations in the order a document's page lists them. */
const relationLabels = (t: Translator): Record<RelationKind, string> => ({
  replaces: t.msg('Văn bản được thay thế'),
  'replaced-by': t.msg('Văn bản thay thế'),
  amends: t.msg('Văn bản được sửa đổi, bổ sung'),
  'amended-by': t.msg('Văn bản sửa đổi, bổ sung'),
  guides: t.msg('Văn bản được hướng dẫn'),
  'guided-by': t.msg('Văn bản hướng dẫn'),
  'based-on': t.msg('Văn bản căn cứ'),
});

/** schema.org's `LegalForceStatus` for each validity; "unknown" says nothing. */
const legalForce: Partial<Record<LegalDocumentStatus, string>> = {
  'in-force': 'InForce',
  'partly-expired': 'PartiallyInForce',
  expired: 'NotInForce',
  'not-yet-in-force': 'NotInForce',
  suspended: 'NotInForce',
};

/**
 * The open document of `<vn-legal-docs>`, fetched when a document is first opened: every field the
 * national register shows, a draft's comment period and published comments, attachments, related
 * documents (which open in turn), the citation with its copy button, and the schema.org
 * `Legislation` data. The comment form, for drafts open for comment only, is fetched in turn when
 * one is first shown.
 */
export class DocumentView {
  private readonly commentForm: LazyPart<DraftCommentForm>;

  constructor(
    private readonly host: PortalElement,
    private readonly register: RegisterLinks,
  ) {
    this.commentForm = new LazyPart(host, () =>
      import('./comment-form.js').then(
        ({ DraftCommentForm }) =>
          new DraftCommentForm(host, (id, body, idempotencyKey) =>
            legalDocsApi(transportFor(resolveApiBase(host.apiBase) ?? '')).submitDraftComment({ id, body }, { idempotencyKey }),
          ),
      ),
    );
  }

  private text(value: LocalizedText) {
    return localized(value, this.host.locale);
  }

  render({ document: doc, comments }: OpenDocument): TemplateResult {
    const { locale, t } = this.host;
    const labels = facetLabels(t);
    const fields = doc.fields.map((field, index) => html`${index > 0 ? ', ' : ''}${this.text(field.name)}`);
    return html`<article part="document" aria-labelledby="title">
      <h2 id="title" part="title" tabindex="-1">${docName(t, doc)}</h2>
      <p class="summary">${this.text(doc.summary)}${outdatedEnglishNote(doc.languageUpdatedAt, t)}</p>
      <dl class="metadata" part="metadata">
        ${doc.withdrawal ? fact(t, t.msg('Đã thu hồi'), html`${dateOf(doc.withdrawal.date, locale)} – ${this.text(doc.withdrawal.reason)}`) : nothing}
        ${fact(t, t.msg('Số ký hiệu'), doc.number)} ${fact(t, labels.type, typeLabels(t)[doc.type])} ${fact(t, t.msg('Ngày ban hành'), dateOf(doc.issuedDate, locale))}
        ${fact(t, labels.issuer, this.text(doc.issuer.name))}
        ${fact(t, t.msg('Người ký'), doc.signer && html`${doc.signer.name}${doc.signer.position ? html`, ${this.text(doc.signer.position)}` : nothing}`)}
        ${fact(t, t.msg('Ngày đăng công báo'), doc.gazette && dateOf(doc.gazette.date, locale))} ${fact(t, t.msg('Số công báo'), doc.gazette?.number)}
        ${fact(t, t.msg('Ngày có hiệu lực'), doc.effectiveDate && dateOf(doc.effectiveDate, locale))}
        ${doc.expiryDate ? fact(t, t.msg('Ngày hết hiệu lực'), dateOf(doc.expiryDate, locale)) : nothing} ${fact(t, labels.status, badge(t, doc.status))}
        ${fact(t, labels.field, fields.length > 0 ? fields : undefined)}
      </dl>
      ${doc.draft ? this.renderDraft(doc, doc.draft, comments) : nothing}
      ${doc.attachments.length > 0 ? html`<h3>${t.msg('Tệp đính kèm')}</h3>${attachmentList(t, doc.attachments)}` : nothing}
      ${this.renderRelations(doc)}
      ${doc.content ? html`<h3>${t.msg('Toàn văn')}</h3><div class="content">${this.text(doc.content)}</div>` : nothing}
      ${doc.stage === 'issued' ? this.renderCitation(doc) : nothing}
    </article>`;
  }

  private renderRelations({ relations }: LegalDocument) {
    if (relations.length === 0) return nothing;
    const { t } = this.host;
    const labels = relationLabels(t);
    const kinds = (Object.keys(labels) as RelationKind[]).filter((kind) => relations.some((relation) => relation.kind === kind));
    return html`<h3>${t.msg('Văn bản liên quan')}</h3>
      <dl class="relations" part="relations">
        ${kinds.map(
          (kind) => html`<dt>${labels[kind]}</dt>
            <dd>
              <ul>
                ${relations
                  .filter((relation) => relation.kind === kind)
                  .map(
                    ({ documentId, number, summary }) =>
                      html`<li>${documentId ? this.register.documentLink(documentId, number) : number}${summary ? html` – ${this.text(summary)}` : nothing}</li>`,
                  )}
              </ul>
            </dd>`,
        )}
      </dl>`;
  }

  private renderDraft(doc: LegalDocument, window: CommentWindow, comments: DraftCommentList | undefined) {
    const { locale, t } = this.host;
    return html`<h3>${t.msg('Lấy ý kiến')}</h3>
      <p>${commentPeriod(t, window)}</p>
      ${window.state === 'open' ? this.commentForm.render((form) => form.render(doc.id)) : nothing}
      ${comments && comments.total > 0
        ? html`<h4>${t.msg(str`Ý kiến đã công khai: ${formatNumber(comments.total, locale)}`)}</h4>
            <ul class="comments" part="comments">
              ${comments.items.map(
                (comment) => html`<li>
                  <p>
                    <strong>${comment.name}</strong>${comment.organization ? `, ${comment.organization}` : ''} ·
                    <time datetime=${comment.receivedAt}>${formatDate(comment.receivedAt, locale)}</time>
                  </p>
                  <p class="content">${comment.content}</p>
                </li>`,
              )}
            </ul>`
        : nothing}`;
  }

  /**
   * The citation as official documents write it ("Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 của
   * Chính phủ quy định về …"); a law's summary is its name, which comes first ("Luật Công nghệ
   * thông tin số 67/2006/QH11 ngày …").
   */
  private citation(doc: LegalDocument): string {
    const { locale, t } = this.host;
    const type = typeLabels(t)[doc.type];
    const summary = pickText(doc.summary, locale).text;
    const date = formatDate(doc.issuedDate, locale);
    const issuer = pickText(doc.issuer.name, locale).text;
    const named = foldVietnamese(summary).startsWith(foldVietnamese(type));
    const head = t.msg(str`${named ? summary : type} số ${doc.number} ngày ${date} của ${issuer}`);
    // The summary follows the issuer: in Vietnamese with a lower-case first letter, in English after a colon.
    const citation = named ? head : locale === 'vi' ? `${head} ${summary.charAt(0).toLowerCase()}${summary.slice(1)}` : `${head}: ${summary}`;
    const url = this.register.shareUrl();
    return url ? `${citation}. ${url}` : citation;
  }

  private renderCitation(doc: LegalDocument) {
    const citation = this.citation(doc);
    const { t } = this.host;
    return html`<div class="citation" part="citation">
      <h3>${t.msg('Trích dẫn')}</h3>
      <p>${citation}</p>
      <button type="button" part="copy-button" @click=${() => this.copy(citation)}>${t.msg('Sao chép trích dẫn')}</button>
    </div>`;
  }

  private async copy(text: string): Promise<void> {
    const { t } = this.host;
    const say = (message: string) => announce(this.host.renderRoot, message);
    try {
      await navigator.clipboard.writeText(text);
      say(t.msg('Đã sao chép trích dẫn.'));
      this.host.emit('vn-copy', { text, html: `<p>${escapeHtml(text)}</p>` });
    } catch {
      say(t.msg('Không sao chép được trích dẫn. Hãy chọn đoạn trích dẫn rồi sao chép.'));
    }
  }

  /** schema.org `Legislation`, so that search engines read the number, the dates and whether it is in force. */
  legislation(doc: LegalDocument): object {
    const { t } = this.host;
    const text = (value: LocalizedText) => pickText(value, this.host.locale).text;
    const related = (kind: RelationKind) =>
      doc.relations.filter((relation) => relation.kind === kind).map((relation) => ({ '@type': 'Legislation', legislationIdentifier: relation.number }));
    const force = legalForce[doc.status];
    const data: Record<string, unknown> = {
      '@type': 'Legislation',
      name: docName(t, doc),
      legislationIdentifier: doc.number,
      legislationType: typeLabels(t)[doc.type],
      abstract: text(doc.summary),
      legislationDate: doc.issuedDate,
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: text(doc.issuer.name) },
      legislationJurisdiction: 'VN',
      legislationLegalForce: force && `https://schema.org/${force}`,
      legislationDateOfApplicability: doc.effectiveDate,
      expires: doc.expiryDate,
      datePublished: doc.gazette?.date,
      // A replacing document repeals the one it replaces.
      legislationRepeals: related('replaces'),
      legislationAmends: related('amends'),
      isBasedOn: related('based-on'),
    };
    // Absent and empty values are left out rather than published as nothing.
    return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
  }
}
