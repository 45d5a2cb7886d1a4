import type { Generated } from 'kysely';

/*
 * Dates are stored as ISO 8601 text on both databases (`YYYY-MM-DD` for calendar dates, full
 * instants with offset for times): they sort correctly as text, and both drivers hand them back as
 * the strings the API schema wants instead of Date objects. Booleans are 0/1 integers for the same
 * reason.
 */

export interface LegalDocumentsTable {
  id: string;
  /** Số hiệu as issued, e.g. `10/2024/QĐ-UBND`. */
  number: string;
  /** The number folded and without spaces, which relations are matched by. */
  number_key: string;
  type: string;
  summary_vi: string;
  summary_en: string | null;
  issued_date: string;
  issuer_code: string;
  status: string;
  effective_date: string | null;
  expiry_date: string | null;
  agency: string;
  stage: string;
  normative: number;
  signer_name: string | null;
  signer_position_vi: string | null;
  signer_position_en: string | null;
  gazette_number: string | null;
  gazette_date: string | null;
  content_vi: string | null;
  content_en: string | null;
  /** The public-comment window of a draft. */
  comments_open_at: string | null;
  comments_close_at: string | null;
  /** When the document was published; while `published` is 0, when it was registered. */
  published_at: string;
  updated_at: string;
  /** 0 while the document is registered but unpublished: no public route shows it. */
  published: number;
  /** The local day `published_at` fell on; null while unpublished. */
  published_day: string | null;
  /** The last day it may be published on time: 2 working days after issue. */
  publication_due_date: string;
  /** Set when the document was withdrawn, with the reason the public is shown. */
  withdrawn_date: string | null;
  withdrawal_reason_vi: string | null;
  withdrawal_reason_en: string | null;
  /** When the document's Vietnamese text last changed, and its English (null: none). */
  vi_updated_at: string;
  en_updated_at: string | null;
  /** 1 for a duplicate number of its issuer registered before numbers were unique. */
  number_duplicate: Generated<number>;
}

/** Issuers and fields are coded labels shared by documents and facets. */
export interface LegalDocumentLabelsTable {
  code: string;
  name_vi: string;
  name_en: string | null;
}

export interface LegalDocumentFieldLinksTable {
  document_id: string;
  field_code: string;
  position: number;
}

export interface LegalDocumentRelationsTable {
  document_id: string;
  position: number;
  kind: string;
  number: string;
  number_key: string;
  summary_vi: string | null;
  summary_en: string | null;
}

export interface LegalDocumentAttachmentsTable {
  document_id: string;
  position: number;
  name: string;
  url: string;
  media_type: string;
  size: number;
  signed: number;
}

export interface LegalDocumentCommentsTable {
  id: string;
  document_id: string;
  name: string;
  email: string;
  organization: string | null;
  content: string;
  received_at: string;
  state: 'pending' | 'approved' | 'rejected';
  moderated_at: string | null;
  /** Why a moderator rejected it. */
  rejection_reason: string | null;
  /** Set when the name and email were erased (retention, or the person's request). */
  personal_data_erased_at: string | null;
}

/**
 * One row per write to a document, in commit order. Every server process keeps its search index
 * current by applying the rows after the last one it saw, whichever process wrote them.
 */
export interface LegalDocumentChangesTable {
  seq: Generated<number>;
  document_id: string;
}

export interface LegalDocumentTables {
  legal_documents: LegalDocumentsTable;
  legal_document_issuers: LegalDocumentLabelsTable;
  legal_document_fields: LegalDocumentLabelsTable;
  legal_document_field_links: LegalDocumentFieldLinksTable;
  legal_document_relations: LegalDocumentRelationsTable;
  legal_document_attachments: LegalDocumentAttachmentsTable;
  legal_document_comments: LegalDocumentCommentsTable;
  legal_document_changes: LegalDocumentChangesTable;
}
