import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Secrets } from '../security/secrets.js';
import type { AdminDraftComment, AdminDraftCommentList, CommentCounts, CommentModeration, DraftCommentList, DraftCommentReceipt, DraftCommentSubmission, DraftQueue, Output } from '@vn-portal/schema';
import { csvDocument } from '../http/csv.js';
import { inTransaction } from '../db/transactions.js';
import { readConsent, recordConsent } from '../personal-data/consent-records.js';
import { indexContacts } from '../personal-data/contact-index.js';
import { windowState } from './read.js';
import { logChanges } from './store.js';
import type { LegalDocumentCommentsTable } from './tables.js';
import type { Db } from './db.js';

type CommentRow = Selectable<LegalDocumentCommentsTable>;

/** Comments per page, in the public list and the moderation queue alike. */
export const commentPageSize = 20;

export type SubmitOutcome = { kind: 'received'; receipt: DraftCommentReceipt } | { kind: 'not-found' } | { kind: 'closed'; detail: string };

/**
 * Takes a citizen's comment on a draft, held for moderation, only while the draft's window is open
 * (Cao Bằng Điều 5.8: drafts and comments; nothing a citizen sends is public before moderation).
 */
export async function submitComment(
  db: Db,
  secrets: Secrets,
  documentId: string,
  submission: Output<typeof DraftCommentSubmission>,
  now = new Date(),
): Promise<SubmitOutcome> {
  const document = await db
    .selectFrom('legal_documents')
    .select(['stage', 'comments_open_at', 'comments_close_at', 'withdrawn_date'])
    .where('id', '=', documentId)
    .where('published', '=', 1)
    .executeTakeFirst();
  if (!document) return { kind: 'not-found' };
  if (document.withdrawn_date !== null) return { kind: 'closed', detail: `The draft was withdrawn on ${document.withdrawn_date}.` };
  if (document.stage !== 'draft' || document.comments_open_at === null || document.comments_close_at === null) {
    return { kind: 'closed', detail: 'This document is not a draft open for public comment.' };
  }
  const state = windowState(document.comments_open_at, document.comments_close_at, now);
  if (state !== 'open') {
    const when = state === 'upcoming' ? `opens at ${document.comments_open_at}` : `closed at ${document.comments_close_at}`;
    return { kind: 'closed', detail: `The comment period ${when}.` };
  }
  const receipt: DraftCommentReceipt = { id: randomUUID(), status: 'pending-moderation', receivedAt: now.toISOString() };
  await inTransaction(db, async (transaction) => {
    await transaction
      .insertInto('legal_document_comments')
      .values({
        id: receipt.id,
        document_id: documentId,
        name: submission.name,
        // The email is personal data (Circular 25/2010/TT-BTTTT): sealed at rest, seen only by moderators.
        email: secrets.seal(submission.email, receipt.id),
        organization: submission.organization ?? null,
        content: submission.content,
        received_at: receipt.receivedAt,
        state: 'pending',
        moderated_at: null,
        rejection_reason: null,
        personal_data_erased_at: null,
      })
      .execute();
    await recordConsent(transaction, 'draft-comment', receipt.id, submission.consentVersion ?? unversionedNotice, receipt.receivedAt);
    await indexContacts(transaction, secrets, 'draft-comment', receipt.id, [submission.email]);
  });
  return { kind: 'received', receipt };
}

/** The notice version recorded when a client does not say which notice it showed. */
const unversionedNotice = 'unversioned';

/** Whether a published document has this id: an unpublished one has no comments to list. */
async function documentExists(db: Db, documentId: string): Promise<boolean> {
  return (await db.selectFrom('legal_documents').select('id').where('id', '=', documentId).where('published', '=', 1).executeTakeFirst()) !== undefined;
}

async function countApproved(db: Db, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('legal_document_comments')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('document_id', '=', documentId)
    .where('state', '=', 'approved')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Approved comments, oldest first, as the public sees them: no email. Undefined when no such document. */
export async function listPublishedComments(db: Db, documentId: string, page: number): Promise<DraftCommentList | undefined> {
  if (!(await documentExists(db, documentId))) return undefined;
  const rows = await db
    .selectFrom('legal_document_comments')
    .select(['id', 'name', 'organization', 'content', 'received_at'])
    .where('document_id', '=', documentId)
    .where('state', '=', 'approved')
    .orderBy('received_at')
    .orderBy('id')
    .limit(commentPageSize)
    .offset((page - 1) * commentPageSize)
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      ...(row.organization === null ? {} : { organization: row.organization }),
      content: row.content,
      receivedAt: row.received_at,
    })),
    total: await countApproved(db, documentId),
    page,
    pageSize: commentPageSize,
  };
}

async function adminComment(db: Db, row: CommentRow, secrets: Secrets): Promise<AdminDraftComment> {
  const consent = await readConsent(db, 'draft-comment', row.id);
  return {
    id: row.id,
    name: row.name,
    ...(row.email === '' ? {} : { email: secrets.open(row.email, row.id) }),
    ...(row.organization === null ? {} : { organization: row.organization }),
    content: row.content,
    receivedAt: row.received_at,
    state: row.state,
    ...(row.moderated_at === null ? {} : { moderatedAt: row.moderated_at }),
    ...(row.rejection_reason === null ? {} : { rejectionReason: row.rejection_reason }),
    ...(consent === undefined ? {} : { consent }),
    ...(row.personal_data_erased_at === null ? {} : { personalDataErasedAt: row.personal_data_erased_at }),
  };
}

/** Every comment on a document, pending ones first and oldest first within a state. */
export async function listCommentsForModeration(db: Db, secrets: Secrets, documentId: string, page: number): Promise<AdminDraftCommentList | undefined> {
  if (!(await documentExists(db, documentId))) return undefined;
  const rows = await db
    .selectFrom('legal_document_comments')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy((eb) => eb.case().when('state', '=', 'pending').then(0).else(1).end())
    .orderBy('received_at')
    .orderBy('id')
    .limit(commentPageSize)
    .offset((page - 1) * commentPageSize)
    .execute();
  const items = [];
  for (const row of rows) items.push(await adminComment(db, row, secrets));
  const counts = (await countsByDraft(db, [documentId])).get(documentId) ?? noComments;
  return { items, total: counts.pending + counts.approved + counts.rejected, page, pageSize: commentPageSize, counts };
}

const noComments: CommentCounts = { pending: 0, approved: 0, rejected: 0 };

/** Each draft's comments counted by moderation state. */
async function countsByDraft(db: Db, documentIds: readonly string[]): Promise<Map<string, CommentCounts>> {
  const counts = new Map<string, CommentCounts>();
  if (documentIds.length === 0) return counts;
  const rows = await db
    .selectFrom('legal_document_comments')
    .select(['document_id', 'state', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('document_id', 'in', documentIds)
    .groupBy(['document_id', 'state'])
    .execute();
  for (const row of rows) counts.set(row.document_id, { ...(counts.get(row.document_id) ?? noComments), [row.state]: Number(row.count) });
  return counts;
}

/**
 * The drafts that take (or took) comments, of these agencies (all when none), with their counts:
 * those with comments waiting first, then the latest to close.
 */
export async function listDraftQueues(db: Db, agencies: readonly string[]): Promise<DraftQueue[]> {
  let query = db
    .selectFrom('legal_documents')
    .select(['id', 'number', 'summary_vi', 'summary_en', 'agency', 'comments_open_at', 'comments_close_at'])
    .where('stage', '=', 'draft')
    .where('comments_open_at', 'is not', null)
    .where('comments_close_at', 'is not', null);
  if (agencies.length > 0) query = query.where('agency', 'in', agencies);
  const drafts = await query.orderBy('comments_close_at', 'desc').orderBy('id').execute();
  const counts = await countsByDraft(db, drafts.map((draft) => draft.id));
  const queues = drafts.map((draft) => ({
    id: draft.id,
    number: draft.number,
    summary: { vi: draft.summary_vi, ...(draft.summary_en === null ? {} : { en: draft.summary_en }) },
    agency: draft.agency,
    opensAt: draft.comments_open_at ?? '',
    closesAt: draft.comments_close_at ?? '',
    counts: counts.get(draft.id) ?? noComments,
  }));
  // Stable sort: within each group, the order of the query stands.
  return queues.sort((a, b) => Number(b.counts.pending > 0) - Number(a.counts.pending > 0));
}

const exportHeader = ['id', 'receivedAt', 'state', 'moderatedAt', 'rejectionReason', 'name', 'organization', 'content'];

/**
 * Every comment on a draft, for the drafting agency to answer them in its report: the commenter's
 * name and organization as they gave them, never their email (the agency answers in the report,
 * not to the person, so the email is not theirs to take away). Undefined when no such document.
 */
export async function exportComments(db: Db, documentId: string): Promise<string | undefined> {
  if (!(await documentExists(db, documentId))) return undefined;
  const rows = await db
    .selectFrom('legal_document_comments')
    .select(['id', 'received_at', 'state', 'moderated_at', 'rejection_reason', 'name', 'organization', 'content'])
    .where('document_id', '=', documentId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return csvDocument(
    exportHeader,
    rows.map((row) => [row.id, row.received_at, row.state, row.moderated_at ?? undefined, row.rejection_reason ?? undefined, row.name, row.organization ?? undefined, row.content]),
  );
}

/** The agency whose register holds the document a comment is on, for scoping moderators' keys. */
export async function commentAgency(db: Db, commentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('legal_document_comments as c')
    .innerJoin('legal_documents as d', 'd.id', 'c.document_id')
    .select('d.agency')
    .where('c.id', '=', commentId)
    .executeTakeFirst();
  return row?.agency;
}

/** Approves or rejects a comment; undefined when there is none. */
export async function moderateComment(
  db: Db,
  secrets: Secrets,
  commentId: string,
  moderation: Output<typeof CommentModeration>,
  now = new Date(),
): Promise<AdminDraftComment | undefined> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('legal_document_comments')
      .set({
        state: moderation.decision === 'approve' ? 'approved' : 'rejected',
        moderated_at: now.toISOString(),
        rejection_reason: moderation.decision === 'reject' ? moderation.reason : null,
      })
      .where('id', '=', commentId)
      .returningAll()
      .executeTakeFirst();
    // The published count shown with the draft changed: search results must not keep the old one.
    if (row) await logChanges(tx, [row.document_id]);
    return row && adminComment(tx, row, secrets);
  });
}
