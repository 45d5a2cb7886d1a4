import { msg, str } from '@lit/localize';
import type { AdminDraftComment, AdminDraftCommentList, CommentCounts, CommentState, DraftQueue, Language } from '@vn-portal/schema';
import { apiBasePath } from '@vn-portal/schema/compact';
import { ApiProblemError } from '@vn-portal/sdk';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { html, LitElement, nothing } from 'lit';
import type { SessionCall } from '../questions/question-detail.js';

const commentStateLabel = (state: CommentState): string =>
  ({
    pending: msg('Chờ duyệt', { id: 'comment-pending' }),
    approved: msg('Đã duyệt', { id: 'comment-approved' }),
    rejected: msg('Đã từ chối', { id: 'comment-rejected' }),
  })[state];

const countsText = (counts: CommentCounts) =>
  msg(str`${counts.pending} chờ duyệt, ${counts.approved} đã duyệt, ${counts.rejected} đã từ chối`, { id: 'comment-counts' });

/**
 * The draft consultation's moderation (Cao Bằng Điều 5.8; nothing a citizen sends is public before
 * moderation): the drafts of the officer's agencies with their counts, each draft's comments with
 * the waiting ones first, approve or reject with a reason, and the export of every comment for the
 * drafting agency. Renders into the console's tree, styled by it.
 */
export class VnpCommentModeration extends LitElement {
  static override properties = {
    call: { attribute: false },
    language: {},
    drafts: { state: true },
    opened: { state: true },
    comments: { state: true },
    rejecting: { state: true },
    problem: { state: true },
  };

  declare call: SessionCall;
  declare language: Language;
  declare drafts: DraftQueue[] | undefined;
  /** The draft whose queue is shown. */
  declare opened: DraftQueue | undefined;
  declare comments: AdminDraftCommentList | undefined;
  /** The comment whose rejection reason is being written. */
  declare rejecting: string | undefined;
  declare problem: string | undefined;

  constructor() {
    super();
    this.language = 'vi';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadDrafts().then(() => this.updateComplete.then(() => this.querySelector<HTMLElement>('h1')?.focus()));
  }

  async #loadDrafts(): Promise<void> {
    const list = await this.call((client) => client.listDraftQueues());
    if (list !== undefined) this.drafts = list.items;
  }

  async #open(draft: DraftQueue, page = 1): Promise<void> {
    const comments = await this.call((client) => client.listCommentsForModeration({ id: draft.id, page }));
    if (comments === undefined) return;
    this.opened = { ...draft, counts: comments.counts };
    this.comments = comments;
    this.problem = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('h2')?.focus();
  }

  async #close(): Promise<void> {
    const id = this.opened?.id;
    this.opened = undefined;
    this.comments = undefined;
    await this.#loadDrafts();
    await this.updateComplete;
    this.querySelector<HTMLElement>(`button[data-draft="${id ?? ''}"]`)?.focus();
  }

  async #moderate(comment: AdminDraftComment, body: { decision: 'approve' } | { decision: 'reject'; reason: string }): Promise<void> {
    const draft = this.opened;
    if (draft === undefined) return;
    try {
      const moderated = await this.call((client) => client.moderateComment({ id: comment.id, body }));
      if (moderated === undefined) return;
      this.rejecting = undefined;
      await this.#open(draft, this.comments?.page ?? 1);
      this.problem = undefined;
      // The queue is read again, pending first: the focus goes to the next comment waiting, or the heading.
      await this.updateComplete;
      (this.querySelector<HTMLElement>('article.pending button[name="approve"]') ?? this.querySelector<HTMLElement>('h2'))?.focus();
    } catch (error) {
      if (!(error instanceof ApiProblemError)) throw error;
      this.problem = msg('Không lưu được quyết định duyệt góp ý.', { id: 'moderation-refused' });
    }
  }

  #reject(event: SubmitEvent, comment: AdminDraftComment): void {
    event.preventDefault();
    const reason = (event.target as HTMLFormElement).querySelector('textarea')?.value.trim() ?? '';
    if (reason !== '') void this.#moderate(comment, { decision: 'reject', reason });
  }

  async #startRejecting(comment: AdminDraftComment): Promise<void> {
    this.rejecting = comment.id;
    await this.updateComplete;
    this.querySelector<HTMLTextAreaElement>('textarea[name="rejection-reason"]')?.focus();
  }

  #text(value: { vi: string; en?: string | undefined }): string {
    return this.language === 'en' ? (value.en ?? value.vi) : value.vi;
  }

  override render() {
    return this.opened === undefined || this.comments === undefined ? this.#renderDrafts() : this.#renderQueue(this.opened, this.comments);
  }

  #renderDrafts() {
    const drafts = this.drafts ?? [];
    return html`<h1 tabindex="-1">${msg('Góp ý dự thảo: duyệt góp ý', { id: 'moderation-title' })}</h1>
      <table>
        <caption>
          ${msg(str`${drafts.length} dự thảo, có góp ý chờ duyệt trước`, { id: 'drafts-caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Số hiệu', { id: 'draft-number' })}</th>
            <th scope="col">${msg('Dự thảo', { id: 'draft-summary' })}</th>
            <th scope="col">${msg('Hạn góp ý', { id: 'draft-closes' })}</th>
            <th scope="col">${msg('Góp ý', { id: 'draft-counts' })}</th>
            <th scope="col"><span class="visually-hidden">${msg('Thao tác', { id: 'actions' })}</span></th>
          </tr>
        </thead>
        <tbody>
          ${drafts.map(
            (draft) => html`<tr>
              <td>${draft.number}</td>
              <td>${this.#text(draft.summary)}</td>
              <td>${formatDate(draft.closesAt, this.language)}</td>
              <td>${countsText(draft.counts)}</td>
              <td>
                <button type="button" data-draft=${draft.id} aria-label=${msg(str`Duyệt góp ý dự thảo ${draft.number}`, { id: 'open-draft-named' })} @click=${() => this.#open(draft)}>
                  ${msg('Duyệt góp ý', { id: 'open-draft' })}
                </button>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  #renderQueue(draft: DraftQueue, comments: AdminDraftCommentList) {
    const pages = Math.max(1, Math.ceil(comments.total / comments.pageSize));
    const exportUrl = `${apiBasePath}/admin/legal-documents/${encodeURIComponent(draft.id)}/comments.csv`;
    return html`<button type="button" name="back" @click=${() => this.#close()}>${msg('Quay lại danh sách dự thảo', { id: 'back-to-drafts' })}</button>
      <h2 tabindex="-1">${msg(str`Góp ý dự thảo ${draft.number}`, { id: 'draft-queue-title' })}</h2>
      <p>${this.#text(draft.summary)}</p>
      <p id="comment-counts" role="status">${countsText(draft.counts)}</p>
      <p><a href=${exportUrl} download>${msg('Tải toàn bộ góp ý (CSV) cho cơ quan soạn thảo', { id: 'export-comments' })}</a></p>
      <p class="problem" role="alert">${this.problem ?? nothing}</p>
      ${comments.items.map((comment) => this.#renderComment(comment))}
      ${pages > 1
        ? html`<nav aria-label=${msg('Trang góp ý', { id: 'comment-pages' })}>
            ${comments.page > 1 ? html`<button type="button" @click=${() => this.#open(draft, comments.page - 1)}>${msg('Trang trước', { id: 'previous-page' })}</button>` : nothing}
            <span>${msg(str`Trang ${comments.page}/${pages}`, { id: 'page-of' })}</span>
            ${comments.page < pages ? html`<button type="button" @click=${() => this.#open(draft, comments.page + 1)}>${msg('Trang sau', { id: 'next-page' })}</button>` : nothing}
          </nav>`
        : nothing}`;
  }

  #renderComment(comment: AdminDraftComment) {
    const headingId = `comment-${comment.id}`;
    return html`<article class="comment ${comment.state}" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${comment.name}${comment.organization === undefined ? nothing : html`, ${comment.organization}`} · ${formatDate(comment.receivedAt, this.language)} ·
        ${commentStateLabel(comment.state)}
      </h3>
      <p class="content">${comment.content}</p>
      ${comment.rejectionReason === undefined ? nothing : html`<p>${msg(str`Lý do từ chối: ${comment.rejectionReason}`, { id: 'comment-rejection-reason' })}</p>`}
      ${comment.state === 'pending'
        ? this.rejecting === comment.id
          ? html`<form @submit=${(event: SubmitEvent) => this.#reject(event, comment)}>
              <label>${msg('Lý do từ chối góp ý', { id: 'comment-reject-reason' })}<textarea name="rejection-reason" rows="2" required></textarea></label>
              <button type="submit" name="confirm-reject">${msg('Xác nhận từ chối', { id: 'comment-reject-confirm' })}</button>
              <button type="button" name="cancel-reject" @click=${() => (this.rejecting = undefined)}>${msg('Hủy', { id: 'cancel' })}</button>
            </form>`
          : html`<div class="actions">
              <button type="button" name="approve" aria-describedby=${headingId} @click=${() => this.#moderate(comment, { decision: 'approve' })}>${msg('Duyệt', { id: 'comment-approve' })}</button>
              <button type="button" name="reject" aria-describedby=${headingId} @click=${() => this.#startRejecting(comment)}>${msg('Từ chối', { id: 'comment-reject' })}</button>
            </div>`
        : nothing}
    </article>`;
  }
}
