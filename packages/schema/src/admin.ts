import * as z from 'zod/mini';
import { CodedLabel, CommentWindow, DraftComment, LegalDocument, LegalDocumentSummary } from './legal-document.js';
import { Leader } from './portal.js';
import { Poll } from './poll.js';
import { Answer, AnsweredBy, Asker, CitedDocument, QuestionState, QuestionStatus } from './qa.js';
import { LocalizedHtml, LocalizedText, code, email, httpUrl, id, isoDate, isoDateTime, localized, named, page, pageNumber, pageSize, requiredText, text } from './primitives.js';
import { apiKeyNameMax, emailMax, organizationNameMax, personNameMax, textMax } from './vocabulary/limits.js';

export const ApiKeyRole = named('ApiKeyRole', z.enum(['editor', 'moderator', 'admin']));
export type ApiKeyRole = z.output<typeof ApiKeyRole>;

export const ApiKeyCreate = named(
  'ApiKeyCreate',
  z.object({
    name: requiredText(apiKeyNameMax),
    role: ApiKeyRole,
    /** Agencies the key may act on; empty means every agency (admin keys only). */
    agencies: z.array(code),
  }),
);
export type ApiKeyCreate = z.input<typeof ApiKeyCreate>;

export const ApiKey = named(
  'ApiKey',
  z.object({
    id,
    name: requiredText(apiKeyNameMax),
    role: ApiKeyRole,
    agencies: z.array(code),
    createdAt: isoDateTime,
    lastUsedAt: z.optional(isoDateTime),
  }),
);
export type ApiKey = z.output<typeof ApiKey>;

/** The secret is shown once, at creation; the server keeps only its hash. */
export const ApiKeyCreated = named('ApiKeyCreated', z.object({ ...ApiKey.shape, secret: requiredText(200) }));
export type ApiKeyCreated = z.output<typeof ApiKeyCreated>;
export const ApiKeyList = named('ApiKeyList', z.object({ items: z.array(ApiKey) }));

export const AllowedOrigins = named(
  'AllowedOrigins',
  z.object({ origins: z.array(httpUrl).check(z.maxLength(100)) }),
);
export type AllowedOrigins = z.output<typeof AllowedOrigins>;

export const LeaderInput = named('LeaderInput', z.omit(Leader, { id: true, languageUpdatedAt: true }));
export type LeaderInput = z.input<typeof LeaderInput>;

export const LegalDocumentInput = named(
  'LegalDocumentInput',
  z.object({
    ...z.omit(LegalDocument, { id: true, publishedAt: true, updatedAt: true, draft: true, withdrawal: true, languageUpdatedAt: true }).shape,
    draft: z.optional(z.pick(CommentWindow, { opensAt: true, closesAt: true })),
    /**
     * `false` registers the document unpublished: out of every public route until it is sent again
     * with `true` (a creation without it publishes at once, an update without it keeps the state).
     * Only an unpublished document can be discarded; a published one is withdrawn instead.
     */
    publish: z.optional(z.boolean()),
  }),
);
export type LegalDocumentInput = z.input<typeof LegalDocumentInput>;

/** Withdrawing a document: the reason the public is shown, and the day (today when not given). */
export const LegalDocumentWithdrawalInput = named(
  'LegalDocumentWithdrawalInput',
  z.object({ reason: localized(textMax), date: z.optional(isoDate) }),
);
export type LegalDocumentWithdrawalInput = z.input<typeof LegalDocumentWithdrawalInput>;

/**
 * A document as the editorial board lists it: its publication against the deadline (2 working days
 * after issue, Cao Bằng 01/2014 art. 8.1.c) and whether its English is older than its Vietnamese.
 */
export const AdminLegalDocumentSummary = named(
  'AdminLegalDocumentSummary',
  z.object({
    ...LegalDocumentSummary.shape,
    publication: z.object({
      /** The last day the document may be published on time. */
      dueDate: isoDate,
      /** Absent while the document is unpublished. */
      publishedAt: z.optional(isoDateTime),
      /** Published after the due day, or still unpublished once it has passed. */
      late: z.boolean(),
    }),
    /** English text that changed before the Vietnamese last did, so may no longer match it. */
    englishOutdated: z.boolean(),
  }),
);
export type AdminLegalDocumentSummary = z.output<typeof AdminLegalDocumentSummary>;
export const AdminLegalDocumentList = named('AdminLegalDocumentList', page(AdminLegalDocumentSummary));
export type AdminLegalDocumentList = z.output<typeof AdminLegalDocumentList>;

const queryFlag = /* @__PURE__ */ z.optional(z.enum(['true', 'false']));

/** The register as editors list it, newest issue first; each filter given narrows the list. */
export const AdminLegalDocumentQuery = z.object({
  agency: z.optional(code),
  stage: z.optional(z.enum(['issued', 'draft'])),
  state: z.optional(z.enum(['unpublished', 'published', 'withdrawn'])),
  late: queryFlag,
  englishOutdated: queryFlag,
  page: pageNumber,
  pageSize: pageSize(100, 20),
});
export type AdminLegalDocumentQuery = z.input<typeof AdminLegalDocumentQuery>;

export const PollInput = named('PollInput', z.omit(Poll, { id: true, state: true }));
export type PollInput = z.input<typeof PollInput>;

/** An agency's polls as its editors list them, newest first (the public API shows only the latest). */
export const AdminPollList = named('AdminPollList', page(Poll));
export type AdminPollList = z.output<typeof AdminPollList>;
export const AdminPollQuery = z.object({
  agency: z.optional(code),
  page: pageNumber,
  pageSize: pageSize(100, 20),
});
export type AdminPollQuery = z.input<typeof AdminPollQuery>;

/**
 * The consent a person gave with a submission (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): to which
 * version of the notice, for what purpose, when, and when it was withdrawn.
 */
export const ConsentRecord = named(
  'ConsentRecord',
  z.object({
    noticeVersion: requiredText(50),
    purpose: z.enum(['answer-question', 'draft-comment']),
    givenAt: isoDateTime,
    withdrawnAt: z.optional(isoDateTime),
  }),
);
export type ConsentRecord = z.output<typeof ConsentRecord>;

export const CommentState = named('CommentState', z.enum(['pending', 'approved', 'rejected']));
export type CommentState = z.output<typeof CommentState>;

/** A comment as moderators see it, with the commenter's email (until erased) and the moderation state. */
export const AdminDraftComment = named(
  'AdminDraftComment',
  z.object({
    ...DraftComment.shape,
    email: z.optional(email),
    state: CommentState,
    moderatedAt: z.optional(isoDateTime),
    /** Why it was rejected, as the moderator wrote it. */
    rejectionReason: z.optional(text(1000)),
    consent: z.optional(ConsentRecord),
    personalDataErasedAt: z.optional(isoDateTime),
  }),
);
export type AdminDraftComment = z.output<typeof AdminDraftComment>;

/** How many comments of a draft wait, were approved and were rejected. */
export const CommentCounts = named(
  'CommentCounts',
  z.object({ pending: z.int().check(z.minimum(0)), approved: z.int().check(z.minimum(0)), rejected: z.int().check(z.minimum(0)) }),
);
export type CommentCounts = z.output<typeof CommentCounts>;

export const AdminDraftCommentList = named('AdminDraftCommentList', z.object({ ...page(AdminDraftComment).shape, counts: CommentCounts }));
export type AdminDraftCommentList = z.output<typeof AdminDraftCommentList>;

/** A rejection needs its reason (kept for the drafting agency and the export); an approval none. */
export const CommentModeration = named(
  'CommentModeration',
  z.discriminatedUnion('decision', [
    z.object({ decision: z.literal('approve') }),
    z.object({ decision: z.literal('reject'), reason: requiredText(1000) }),
  ]),
);
export type CommentModeration = z.input<typeof CommentModeration>;

/** A draft open (or once open) for comment, with its moderation counts: one row of the moderators' queue list. */
export const DraftQueue = named(
  'DraftQueue',
  z.object({
    id,
    number: requiredText(100),
    summary: localized(2000),
    agency: code,
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    counts: CommentCounts,
  }),
);
export type DraftQueue = z.output<typeof DraftQueue>;
export const DraftQueueList = named('DraftQueueList', z.object({ items: z.array(DraftQueue) }));
export type DraftQueueList = z.output<typeof DraftQueueList>;

/**
 * A question as the editorial board sees it. Never with the asker: reading who asked is a request
 * of its own (`readAsker`), logged naming the person who read.
 */
export const AdminQuestion = named(
  'AdminQuestion',
  z.object({
    ...z.omit(QuestionStatus, { answer: true }).shape,
    id,
    content: requiredText(20_000),
    agency: z.optional(CodedLabel),
    /** Whether the asker's personal data is still held (it can be read with `readAsker`). */
    askerHeld: z.boolean(),
    consent: z.optional(ConsentRecord),
    personalDataErasedAt: z.optional(isoDateTime),
    answer: z.optional(Answer),
    public: z.optional(z.object({ title: localized(300), question: localized(20_000) })),
  }),
);
export type AdminQuestion = z.output<typeof AdminQuestion>;

export const AdminQuestionList = named('AdminQuestionList', page(AdminQuestion));
export type AdminQuestionList = z.output<typeof AdminQuestionList>;

export const AdminQuestionQuery = z.object({
  state: z.optional(QuestionState),
  agency: z.optional(code),
  page: pageNumber,
  pageSize: pageSize(100, 20),
});
export type AdminQuestionQuery = z.input<typeof AdminQuestionQuery>;

/** One step of the workflow: received → classified → forwarded → answered → published, or rejected. */
export const QuestionTransition = named(
  'QuestionTransition',
  z.discriminatedUnion('action', [
    z.object({ action: z.literal('classify'), topic: code, agency: z.optional(code), note: z.optional(LocalizedText) }),
    z.object({ action: z.literal('forward'), agency: code, note: z.optional(LocalizedText) }),
    z.object({ action: z.literal('answer'), content: LocalizedHtml, answeredBy: AnsweredBy, citedDocuments: z.array(CitedDocument).check(z.maxLength(50)) }),
    /** The answer will be late (Cao Bằng Điều 9.4): a new deadline, after the current one, and why. */
    z.object({ action: z.literal('notify-progress'), newDueDate: isoDate, note: LocalizedText }),
    z.object({
      action: z.literal('publish'),
      /** The public wording, edited so it holds no personal data. */
      title: z.optional(localized(300)),
      question: z.optional(localized(20_000)),
    }),
    z.object({ action: z.literal('reject'), reason: LocalizedText }),
  ]),
);
export type QuestionTransition = z.input<typeof QuestionTransition>;

/** The asker of a question, read on an officer's explicit request; the audit log names who read it. */
export const AskerReading = named('AskerReading', z.object({ questionId: id, agency: z.optional(code), asker: Asker, readAt: isoDateTime }));
export type AskerReading = z.output<typeof AskerReading>;

export const ErasureReceipt = named('ErasureReceipt', z.object({ erasedAt: isoDateTime }));
export type ErasureReceipt = z.output<typeof ErasureReceipt>;

/** What a person may ask of the data held about them (Law 91/2025/QH15). */
export const DataSubjectRequestKind = named('DataSubjectRequestKind', z.enum(['access', 'correction', 'deletion', 'withdrawal']));
export type DataSubjectRequestKind = z.output<typeof DataSubjectRequestKind>;

export const DataSubjectRequestState = named('DataSubjectRequestState', z.enum(['received', 'acknowledged', 'completed', 'refused']));
export type DataSubjectRequestState = z.output<typeof DataSubjectRequestState>;

export const DataSubjectRequestInput = named(
  'DataSubjectRequestInput',
  z.object({
    kind: DataSubjectRequestKind,
    /** The email or phone the person gave with their questions and comments: how their data is found. */
    contact: requiredText(emailMax),
    /** When the request reached the agency (by post, at the desk…); now when not given. */
    receivedAt: z.optional(isoDateTime),
    note: z.optional(text(textMax)),
  }),
);
export type DataSubjectRequestInput = z.input<typeof DataSubjectRequestInput>;

/**
 * A person's request as the data protection officer tracks it, with the legal deadlines (Decree
 * 356/2025/NĐ-CP): acknowledged within 2 working days, done within 15 days. The contact is erased
 * once the request is closed; the record of what was done stays.
 */
export const DataSubjectRequest = named(
  'DataSubjectRequest',
  z.object({
    id,
    kind: DataSubjectRequestKind,
    state: DataSubjectRequestState,
    contact: z.optional(requiredText(emailMax)),
    receivedAt: isoDateTime,
    acknowledgeBy: isoDate,
    dueBy: isoDate,
    acknowledgedAt: z.optional(isoDateTime),
    closedAt: z.optional(isoDateTime),
    /** A deadline passed with the request still at the step it bounds. */
    overdue: z.boolean(),
    note: z.optional(text(textMax)),
    outcome: z.optional(text(textMax)),
    /** Records whose personal data a completed deletion or withdrawal erased. */
    erasedRecords: z.optional(z.int().check(z.minimum(0))),
  }),
);
export type DataSubjectRequest = z.output<typeof DataSubjectRequest>;

/** A record holding the person's data, as an access request shows it. */
export const PersonalDataRecord = named(
  'PersonalDataRecord',
  z.object({
    kind: z.enum(['question', 'draft-comment']),
    id,
    receivedAt: isoDateTime,
    /** For a question: its tracking code and title; for a comment: the draft's id. */
    reference: requiredText(300),
    asker: z.optional(Asker),
    commenter: z.optional(z.object({ name: requiredText(personNameMax), email: z.optional(email), organization: z.optional(text(organizationNameMax)) })),
    consent: z.optional(ConsentRecord),
  }),
);
export type PersonalDataRecord = z.output<typeof PersonalDataRecord>;

export const DataSubjectRequestDetail = named(
  'DataSubjectRequestDetail',
  z.object({ ...DataSubjectRequest.shape, records: z.array(PersonalDataRecord) }),
);
export type DataSubjectRequestDetail = z.output<typeof DataSubjectRequestDetail>;

export const DataSubjectRequestList = named('DataSubjectRequestList', page(DataSubjectRequest));
export type DataSubjectRequestList = z.output<typeof DataSubjectRequestList>;

export const DataSubjectRequestQuery = z.object({
  state: z.optional(DataSubjectRequestState),
  page: pageNumber,
  pageSize: pageSize(100, 20),
});

/**
 * One step: acknowledge; complete (a deletion or withdrawal erases the records found, a correction
 * is done first with `correctAsker`); or refuse with the reason the person is told.
 */
export const DataSubjectRequestTransition = named(
  'DataSubjectRequestTransition',
  z.discriminatedUnion('action', [
    z.object({ action: z.literal('acknowledge'), note: z.optional(text(textMax)) }),
    z.object({ action: z.literal('complete'), note: z.optional(text(textMax)) }),
    z.object({ action: z.literal('refuse'), reason: requiredText(textMax) }),
  ]),
);
export type DataSubjectRequestTransition = z.input<typeof DataSubjectRequestTransition>;

/** Filters of the questions export (the same as the list's, without paging). */
export const QuestionExportQuery = z.object({
  state: z.optional(QuestionState),
  agency: z.optional(code),
});

/**
 * The government's yearly extra days off and make-up working Saturdays, which move due dates.
 */
export const CalendarDay = named(
  'CalendarDay',
  z.object({ date: isoDate, kind: z.enum(['day-off', 'working-day']), name: LocalizedText }),
);
export type CalendarDay = z.output<typeof CalendarDay>;
export const CalendarDayInput = named('CalendarDayInput', z.omit(CalendarDay, { date: true }));
export type CalendarDayInput = z.input<typeof CalendarDayInput>;
export const CalendarDayList = named('CalendarDayList', z.object({ items: z.array(CalendarDay) }));

export const Backup = named(
  'Backup',
  z.object({
    id: requiredText(200),
    createdAt: isoDateTime,
    size: z.int().check(z.minimum(0)),
    /** SHA-256 of the file (hex), checked again on every copy and restore. */
    sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    /** Whether a copy is in the second location too (`BACKUP_COPY_DIR`). */
    copied: z.optional(z.boolean()),
  }),
);
export type Backup = z.output<typeof Backup>;
/** The backup schedule as the server keeps it: what `GET /readyz` also reports. */
export const BackupSchedule = named(
  'BackupSchedule',
  z.object({
    /** When the last successful backup was taken; absent if none ever was. */
    lastTakenAt: z.optional(isoDateTime),
    /** Hours between scheduled backups; 0 when the schedule is off. */
    intervalHours: z.int().check(z.minimum(0)),
    /** The last backup is older than the schedule (or missing): someone should look. */
    overdue: z.boolean(),
  }),
);
export type BackupSchedule = z.output<typeof BackupSchedule>;
export const BackupList = named('BackupList', z.object({ items: z.array(Backup), schedule: z.optional(BackupSchedule) }));

export const AuditEntry = named(
  'AuditEntry',
  z.object({
    id,
    at: isoDateTime,
    /** Who made the change: an API key (a machine) or a person's account, named. */
    actor: z.object({ keyId: z.optional(id), userId: z.optional(id), name: requiredText(200) }),
    action: requiredText(100),
    resource: requiredText(100),
    resourceId: z.optional(requiredText(200)),
    agency: z.optional(code),
  }),
);
export type AuditEntry = z.output<typeof AuditEntry>;
/** Someone who made changes: a person's account or an API key, by the id the log's `actor` gives. */
export const AuditActor = named('AuditActor', z.object({ id, name: requiredText(200), kind: z.enum(['user', 'key']) }));
export type AuditActor = z.output<typeof AuditActor>;

export const AuditLog = named(
  'AuditLog',
  z.object({
    ...page(AuditEntry).shape,
    /** Whom and what the filters may name: every actor and action in the part of the log the reader may see. */
    actors: z.optional(z.array(AuditActor)),
    actions: z.optional(z.array(requiredText(100))),
  }),
);
export type AuditLog = z.output<typeof AuditLog>;

/** Each filter given narrows the log; days are the portal's calendar days, `from` and `to` both included. */
export const AuditLogQuery = z.object({
  resource: z.optional(requiredText(100)),
  /** The id of the person's account or of the API key (`actor.userId` or `actor.keyId`). */
  actor: z.optional(id),
  action: z.optional(requiredText(100)),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  page: pageNumber,
  pageSize: pageSize(200, 50),
});
export type AuditLogQuery = z.input<typeof AuditLogQuery>;

/** A person's login name: lower-case letters, digits, dots, dashes and underscores. */
export const Username = named('Username', z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{1,63}$/)));

export const SignIn = named(
  'SignIn',
  z.object({
    username: Username,
    password: z.string().check(z.minLength(1), z.maxLength(1024)),
  }),
);
export type SignIn = z.input<typeof SignIn>;

/** The person a console session belongs to, with the role and agencies their account has. */
export const SessionUser = named(
  'SessionUser',
  z.object({
    id,
    username: Username,
    name: requiredText(200),
    role: ApiKeyRole,
    /** Agencies the account may act on; empty for every agency (admin accounts only). */
    agencies: z.array(code),
    /** When the session ends even if used all along; it ends earlier after a spell unused. */
    expiresAt: isoDateTime,
  }),
);
export type SessionUser = z.output<typeof SessionUser>;
