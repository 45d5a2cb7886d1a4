import * as z from 'zod/mini';
import { honeypot } from './bot-check.js';
import { legalDocumentStatuses, legalDocumentTypes } from './vocabulary/terms.js';
import { consentVersionMax, draftCommentMax, organizationNameMax, personNameMax } from './vocabulary/limits.js';
import { searchQueryMax } from './vocabulary/search-limits.js';
import { LanguageUpdates, LocalizedText, code, email, httpUrl, id, isoDate, isoDateTime, localized, named, page, pageNumber, pageSize, requiredText, text } from './primitives.js';

/** Document types of the national register (Luật 64/2025/QH15 and administrative documents). */
export const LegalDocumentType = named('LegalDocumentType', z.enum(legalDocumentTypes));
export type LegalDocumentType = z.output<typeof LegalDocumentType>;

/** Validity as the national register shows it (Còn hiệu lực, Hết hiệu lực toàn bộ / một phần…). */
export const LegalDocumentStatus = named('LegalDocumentStatus', z.enum(legalDocumentStatuses));
export type LegalDocumentStatus = z.output<typeof LegalDocumentStatus>;

export const RelationKind = z.enum(['replaces', 'replaced-by', 'amends', 'amended-by', 'based-on', 'guides', 'guided-by']);
export type RelationKind = z.output<typeof RelationKind>;

/**
 * What a relation looks like from the other document. "Căn cứ" (based on) has no named inverse in
 * the register, so a law does not list every decision founded on it.
 */
export const inverseRelation: Partial<Record<RelationKind, RelationKind>> = {
  replaces: 'replaced-by',
  'replaced-by': 'replaces',
  amends: 'amended-by',
  'amended-by': 'amends',
  guides: 'guided-by',
  'guided-by': 'guides',
};

/** A coded label used by facets and documents alike (issuers, fields). */
export const CodedLabel = named('CodedLabel', z.object({ code, name: LocalizedText }));
export type CodedLabel = z.output<typeof CodedLabel>;

export const LegalDocumentRelation = named(
  'LegalDocumentRelation',
  z.object({
    kind: RelationKind,
    /** Number of the related document, e.g. `13/2023/NĐ-CP`. */
    number: requiredText(100),
    /** Present when the related document is in this register, so clients can navigate to it. */
    documentId: z.optional(id),
    summary: z.optional(LocalizedText),
  }),
);
export type LegalDocumentRelation = z.output<typeof LegalDocumentRelation>;

export const Attachment = named(
  'Attachment',
  z.object({
    name: requiredText(300),
    url: httpUrl,
    mediaType: requiredText(100),
    size: z.int().check(z.minimum(0)),
    /** Carries a digital signature (văn bản điện tử có chữ ký số). */
    signed: z.boolean(),
  }),
);
export type Attachment = z.output<typeof Attachment>;

export const CommentWindow = named(
  'CommentWindow',
  z.object({
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    /** Computed by the server at response time. */
    state: z.enum(['upcoming', 'open', 'closed']),
    commentCount: z.int().check(z.minimum(0)),
  }),
);
export type CommentWindow = z.output<typeof CommentWindow>;

/**
 * A document withdrawn from the register (thu hồi, gỡ bỏ): kept for good (Bắc Giang 36/2019, art.
 * 16.1.c) and still served, marked with the day and the reason.
 */
export const LegalDocumentWithdrawal = named('LegalDocumentWithdrawal', z.object({ date: isoDate, reason: localized(2000) }));
export type LegalDocumentWithdrawal = z.output<typeof LegalDocumentWithdrawal>;

const legalDocumentFields = {
  id,
  /** Số hiệu, e.g. `10/2024/QĐ-UBND`. */
  number: requiredText(100),
  type: LegalDocumentType,
  /** Trích yếu. */
  summary: localized(2000),
  issuedDate: isoDate,
  issuer: CodedLabel,
  fields: z.array(CodedLabel),
  status: LegalDocumentStatus,
  effectiveDate: z.optional(isoDate),
  expiryDate: z.optional(isoDate),
  /** The agency whose register lists this document (district sites filter by it). */
  agency: code,
  stage: z.enum(['issued', 'draft']),
  attachments: z.array(Attachment),
  draft: z.optional(CommentWindow),
  /** The newest document of the register replacing this one, for lists to name and link. */
  replacedBy: z.optional(z.object({ documentId: id, number: requiredText(100) })),
  /** Present when the document was withdrawn; searches leave it out unless asked (`stage=withdrawn`). */
  withdrawal: z.optional(LegalDocumentWithdrawal),
  languageUpdatedAt: z.optional(LanguageUpdates),
};

export const LegalDocumentSummary = named('LegalDocumentSummary', z.object(legalDocumentFields));
export type LegalDocumentSummary = z.output<typeof LegalDocumentSummary>;

export const LegalDocument = named(
  'LegalDocument',
  z.object({
    ...legalDocumentFields,
    signer: z.optional(z.object({ name: requiredText(200), position: z.optional(LocalizedText) })),
    gazette: z.optional(z.object({ number: requiredText(50), date: isoDate })),
    /** Văn bản quy phạm pháp luật (normative) or an administrative document. */
    normative: z.boolean(),
    relations: z.array(LegalDocumentRelation),
    content: z.optional(localized(2_000_000)),
    publishedAt: isoDateTime,
    updatedAt: isoDateTime,
  }),
);
export type LegalDocument = z.output<typeof LegalDocument>;

/* @__NO_SIDE_EFFECTS__ */
const list = <T extends z.core.$ZodType>(item: T) => z.optional(z.array(item).check(z.maxLength(50)));

export const LegalDocumentSort = z.enum(['relevance', 'issued-desc', 'issued-asc', 'effective-desc']);
export type LegalDocumentSort = z.output<typeof LegalDocumentSort>;

/**
 * Search of the register. `q` is diacritic-insensitive ("quyet dinh" finds "Quyết định", d finds đ)
 * and number-aware ("10/2024", "QĐ-UBND", "42/2022/ND-CP"). Repeated filters are ORed within a facet
 * and ANDed across facets.
 */
export const LegalDocumentSearchQuery = /* @__PURE__ */ z.object({
    q: z.optional(text(searchQueryMax)),
    type: list(LegalDocumentType),
    issuer: list(code),
    field: list(code),
    year: list(z.coerce.number().check(z.int(), z.minimum(1945), z.maximum(2100))),
    status: list(LegalDocumentStatus),
    agency: z.optional(code),
    /** `withdrawn` finds the withdrawn documents and drafts, which the other stages leave out. */
    stage: z._default(z.enum(['issued', 'draft', 'withdrawn']), 'issued'),
    sort: z.optional(LegalDocumentSort),
    page: pageNumber,
    pageSize: pageSize(100, 20),
});
export type LegalDocumentSearchQuery = z.input<typeof LegalDocumentSearchQuery>;

export const FacetCount = /* @__PURE__ */ z.object({
  value: text(100, 1),
  label: z.optional(LocalizedText),
  count: z.int().check(z.minimum(0)),
});
export type FacetCount = z.output<typeof FacetCount>;

export const LegalDocumentFacets = named(
  'LegalDocumentFacets',
  z.object({
    type: z.array(FacetCount),
    issuer: z.array(FacetCount),
    field: z.array(FacetCount),
    year: z.array(FacetCount),
    status: z.array(FacetCount),
  }),
);
export type LegalDocumentFacets = z.output<typeof LegalDocumentFacets>;

/**
 * How a search query was read: the citation it names ("Nghị định số 42/2022/NĐ-CP ngày …"), so a
 * client can say what it looked for. The year and date are ranking signals, not filters.
 */
export const LegalDocumentSearchReading = named(
  'LegalDocumentSearchReading',
  z.object({
    /** The number named: canonical when whole (`42/2022/NĐ-CP`), else as read (`42/2022`, `3069`). */
    number: z.optional(text(100)),
    type: z.optional(LegalDocumentType),
    /** The date of issue named. */
    date: z.optional(isoDate),
    /** The year of issue named ("năm 2013"), or the date's. */
    year: z.optional(z.int()),
  }),
);
export type LegalDocumentSearchReading = z.output<typeof LegalDocumentSearchReading>;

export const LegalDocumentSearchResult = named(
  'LegalDocumentSearchResult',
  z.object({
    ...page(LegalDocumentSummary).shape,
    facets: LegalDocumentFacets,
    /**
     * `all`: every item holds every word of the query (a typo corrected counts, see `didYouMean`).
     * `most`: no document does, and the items are the closest, holding most of the words.
     */
    match: z.optional(z.enum(['all', 'most'])),
    reading: z.optional(LegalDocumentSearchReading),
    /** The query with its typos corrected, when the corrected words found the items. */
    didYouMean: z.optional(text(200)),
  }),
);
export type LegalDocumentSearchResult = z.output<typeof LegalDocumentSearchResult>;

export const LatestDocumentsQuery = z.object({
  agency: z.optional(code),
  limit: pageSize(50, 10),
});
export type LatestDocumentsQuery = z.input<typeof LatestDocumentsQuery>;

/** The field error of a submission sent without consent (Law 91/2025/QH15: consent is explicit). */
export const consentRequired = { error: 'Consent to the processing of personal data is required' };

/** A citizen's comment on a draft; published only after moderation. */
export const DraftCommentSubmission = named(
  'DraftCommentSubmission',
  z.object({
    name: requiredText(personNameMax),
    email,
    organization: z.optional(text(organizationNameMax)),
    content: requiredText(draftCommentMax),
    /** Explicit consent to the processing of the name and email (never pre-ticked): without it, a 422. */
    consent: z.literal(true, consentRequired),
    /** Version of the notice the commenter was shown, kept in the consent record. */
    consentVersion: z.optional(requiredText(consentVersionMax)),
    /** The honeypot (see `honeypot`): absent or empty. */
    website: honeypot,
  }),
);
export type DraftCommentSubmission = z.input<typeof DraftCommentSubmission>;

export const DraftCommentReceipt = named(
  'DraftCommentReceipt',
  z.object({ id, status: z.literal('pending-moderation'), receivedAt: isoDateTime }),
);
export type DraftCommentReceipt = z.output<typeof DraftCommentReceipt>;

/** A moderated comment as the public sees it: no email, only the name the person gave. */
export const DraftComment = named(
  'DraftComment',
  z.object({
    id,
    name: requiredText(personNameMax),
    organization: z.optional(text(organizationNameMax)),
    content: requiredText(draftCommentMax),
    receivedAt: isoDateTime,
  }),
);
export const DraftCommentList = named('DraftCommentList', page(DraftComment));
export type DraftCommentList = z.output<typeof DraftCommentList>;
