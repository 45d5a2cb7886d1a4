import * as z from 'zod/mini';
import { honeypot } from './bot-check.js';
import { CodedLabel, consentRequired } from './legal-document.js';
import { consentVersionMax, organizationNameMax, personNameMax } from './vocabulary/limits.js';
import { searchQueryMax } from './vocabulary/search-limits.js';
import { questionStates } from './vocabulary/terms.js';
import { LocalizedHtml, LocalizedText, code, email, id, isoDate, isoDateTime, localized, named, page, pageNumber, pageSize, requiredText, text, vietnamesePhone } from './primitives.js';

/**
 * Citizen identity document: CCCD (12 digits), CMND (9 digits) or a passport number (letters and
 * digits, at least one letter).
 */
export const identityNumber = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.regex(/^(?:\d{9}|\d{12}|(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12})$/),
);

/** Identity fields of a person asking (Cao Bằng Điều 9). Which are required is per province. */
export const IndividualAsker = named(
  'IndividualAsker',
  z.object({
    kind: z.literal('individual'),
    fullName: requiredText(personNameMax),
    nationality: z.optional(text(100)),
    occupation: z.optional(text(200)),
    idNumber: z.optional(identityNumber),
    address: z.optional(text(500)),
    phone: z.optional(vietnamesePhone),
    email: z.optional(email),
  }),
);

/** Identity fields of an organization asking, through its representative (Cao Bằng Điều 9). */
export const OrganizationAsker = named(
  'OrganizationAsker',
  z.object({
    kind: z.literal('organization'),
    representativeName: requiredText(personNameMax),
    representativePosition: z.optional(text(200)),
    organizationName: requiredText(organizationNameMax),
    address: z.optional(text(500)),
    phone: z.optional(vietnamesePhone),
    email: z.optional(email),
  }),
);

export const Asker = named('Asker', z.discriminatedUnion('kind', [IndividualAsker, OrganizationAsker]));
export type Asker = z.output<typeof Asker>;
export type AskerKind = Asker['kind'];

export const individualFields = ['nationality', 'occupation', 'idNumber', 'address', 'phone', 'email'] as const;
export const organizationFields = ['representativePosition', 'address', 'phone', 'email'] as const;
export type IndividualField = (typeof individualFields)[number];
export type OrganizationField = (typeof organizationFields)[number];

export const FieldRequirement = z.enum(['required', 'optional', 'hidden']);
export type FieldRequirement = z.output<typeof FieldRequirement>;

/* @__NO_SIDE_EFFECTS__ */
const requirements = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, FieldRequirement])) as Record<K, typeof FieldRequirement>);

/** The ask form as the province configures it; clients build their form from it. */
export const QaFormConfig = named(
  'QaFormConfig',
  z.object({
    askerKinds: z.array(z.enum(['individual', 'organization'])).check(z.minLength(1)),
    fields: z.object({
      individual: requirements(individualFields),
      organization: requirements(organizationFields),
    }),
    topics: z.array(CodedLabel),
    agencies: z.array(CodedLabel),
    /** What is not accepted here (complaints, denunciations, private matters), shown before the form. */
    scopeNotice: LocalizedHtml,
    consent: z.object({ version: requiredText(consentVersionMax), notice: LocalizedHtml }),
    /** Answers are for reference only (Cao Bằng Điều 9). */
    disclaimer: z.optional(LocalizedText),
    answerWorkingDays: z.int().check(z.minimum(1), z.maximum(60)),
    limits: z.object({
      titleMax: z.int().check(z.minimum(10)),
      contentMin: z.int().check(z.minimum(0)),
      contentMax: z.int().check(z.minimum(100)),
    }),
  }),
);
export type QaFormConfig = z.output<typeof QaFormConfig>;

export const QuestionSubmission = named(
  'QuestionSubmission',
  z.object({
    asker: Asker,
    topic: code,
    agency: z.optional(code),
    title: requiredText(300),
    content: requiredText(20_000),
    /** Explicit consent to the notice of this version (never pre-ticked): without it, a 422. */
    consent: z.object({ accepted: z.literal(true, consentRequired), version: requiredText(consentVersionMax) }, consentRequired),
    /** The honeypot (see `honeypot`): absent or empty. */
    website: honeypot,
  }),
);
export type QuestionSubmission = z.input<typeof QuestionSubmission>;

export interface FormConfigIssue {
  path: (string | number)[];
  code: 'required' | 'not-accepted' | 'too-short' | 'too-long' | 'unknown-topic' | 'unknown-agency' | 'consent-version';
}

/**
 * The per-province rules a schema alone cannot hold: required identity fields, limits, topics.
 * Shared by the form and the server so both reject the same submissions.
 */
export function checkAgainstFormConfig(submission: z.output<typeof QuestionSubmission>, config: QaFormConfig): FormConfigIssue[] {
  const issues: FormConfigIssue[] = [];
  const { asker } = submission;
  if (!config.askerKinds.includes(asker.kind)) issues.push({ path: ['asker', 'kind'], code: 'not-accepted' });
  const rules: Record<string, FieldRequirement> = config.fields[asker.kind];
  const values = asker as Record<string, unknown>;
  for (const [field, rule] of Object.entries(rules)) {
    const value = values[field];
    const present = typeof value === 'string' && value.length > 0;
    if (rule === 'required' && !present) issues.push({ path: ['asker', field], code: 'required' });
  }
  if (submission.title.length > config.limits.titleMax) issues.push({ path: ['title'], code: 'too-long' });
  if (submission.content.length < config.limits.contentMin) issues.push({ path: ['content'], code: 'too-short' });
  if (submission.content.length > config.limits.contentMax) issues.push({ path: ['content'], code: 'too-long' });
  if (!config.topics.some((topic) => topic.code === submission.topic)) issues.push({ path: ['topic'], code: 'unknown-topic' });
  if (submission.agency !== undefined && !config.agencies.some((agency) => agency.code === submission.agency)) {
    issues.push({ path: ['agency'], code: 'unknown-agency' });
  }
  if (submission.consent.version !== config.consent.version) issues.push({ path: ['consent', 'version'], code: 'consent-version' });
  return issues;
}

export const trackingCode = /* @__PURE__ */ z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9-]{6,32}$/));

export const QuestionReceipt = named(
  'QuestionReceipt',
  z.object({
    trackingCode,
    state: z.literal('received'),
    receivedAt: isoDateTime,
    /** Answer or progress notice due within the configured working days (15 in Cao Bằng). */
    dueDate: isoDate,
  }),
);
export type QuestionReceipt = z.output<typeof QuestionReceipt>;

export const QuestionState = named('QuestionState', z.enum(questionStates));
export type QuestionState = z.output<typeof QuestionState>;

/** Status lookup: the code alone is not enough, the asker's email or phone must match. */
export const QuestionStatusRequest = named(
  'QuestionStatusRequest',
  z.object({ trackingCode, contact: requiredText(254) }),
);
export type QuestionStatusRequest = z.input<typeof QuestionStatusRequest>;

export const CitedDocument = named(
  'CitedDocument',
  z.object({
    number: requiredText(100),
    summary: LocalizedText,
    issuedDate: isoDate,
    issuer: LocalizedText,
    documentId: z.optional(id),
  }),
);
export type CitedDocument = z.output<typeof CitedDocument>;

/**
 * Who gave an answer: the head of the agency or a person they authorise (Cao Bằng Điều 9.5),
 * named with their position, shown with the answer.
 */
export const AnsweredBy = named('AnsweredBy', z.object({ name: requiredText(200), position: requiredText(200) }));
export type AnsweredBy = z.output<typeof AnsweredBy>;

export const Answer = named(
  'Answer',
  z.object({
    content: LocalizedHtml,
    answeredAt: isoDateTime,
    agency: CodedLabel,
    /** Absent on answers given before the person was recorded. */
    answeredBy: z.optional(AnsweredBy),
    citedDocuments: z.array(CitedDocument),
  }),
);
export type Answer = z.output<typeof Answer>;

export const QuestionTimelineEntry = z.object({
  state: QuestionState,
  at: isoDateTime,
  agency: z.optional(CodedLabel),
  note: z.optional(LocalizedText),
  /**
   * Set on a progress notice (Cao Bằng Điều 9.4): the answer will be late, and this is the new
   * deadline; `note` says why. The question keeps its state.
   */
  newDueDate: z.optional(isoDate),
});
export type QuestionTimelineEntry = z.output<typeof QuestionTimelineEntry>;

export const QuestionStatus = named(
  'QuestionStatus',
  z.object({
    trackingCode,
    title: requiredText(300),
    topic: CodedLabel,
    state: QuestionState,
    receivedAt: isoDateTime,
    dueDate: isoDate,
    timeline: z.array(QuestionTimelineEntry),
    answer: z.optional(Answer),
    rejectionReason: z.optional(LocalizedText),
  }),
);
export type QuestionStatus = z.output<typeof QuestionStatus>;

/** A published question and answer: never any personal data of the asker. */
export const PublishedAnswer = named(
  'PublishedAnswer',
  z.object({
    id,
    title: localized(300),
    question: localized(20_000),
    topic: CodedLabel,
    askedAt: isoDateTime,
    publishedAt: isoDateTime,
    answer: Answer,
  }),
);
export type PublishedAnswer = z.output<typeof PublishedAnswer>;

export const PublishedAnswerList = named('PublishedAnswerList', page(PublishedAnswer));
export type PublishedAnswerList = z.output<typeof PublishedAnswerList>;

/**
 * How the words of `q` must match: `all` of them (the default, a search), or `most` (at least
 * three in five), answers sharing more words first: suggestions for a question being typed, whose
 * long title rarely has every word in a published one.
 */
export const AnswerMatch = z.enum(['all', 'most']);
export type AnswerMatch = z.output<typeof AnswerMatch>;

export const AnswerSearchQuery = z.object({
  q: z.optional(text(searchQueryMax)),
  match: z.optional(AnswerMatch),
  topic: z.optional(code),
  agency: z.optional(code),
  page: pageNumber,
  pageSize: pageSize(50, 10),
});
export type AnswerSearchQuery = z.input<typeof AnswerSearchQuery>;
