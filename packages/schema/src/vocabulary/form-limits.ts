// What each form states up front of its fields (`required`, `maxlength`), from the numbers the
// schemas are built with: zod keeps its checks' parameters internal, so a form cannot ask a schema
// for them. A module of its own, so a page that loads a form on first use loads its table with it.
import { apiKeyNameMax, consentVersionMax, dateMax, dateTimeMax, draftCommentMax, emailMax, organizationNameMax, personNameMax, pollQuestionMax, positionMax, textMax, urlMax } from './limits.js';

/** What a form states up front of one field: whether it may be left empty, and its longest text. */
export interface FieldLimit {
  readonly required: boolean;
  readonly maxLength?: number;
}

/* @__NO_SIDE_EFFECTS__ */
const required = (maxLength?: number): FieldLimit => ({ required: true, maxLength });
/* @__NO_SIDE_EFFECTS__ */
const optional = (maxLength?: number): FieldLimit => ({ required: false, maxLength });
/** Text in Vietnamese, with its English version optional. */
/* @__NO_SIDE_EFFECTS__ */
const bilingual = (maxLength: number) => ({ vi: required(maxLength), en: optional(maxLength) });

// The fields of each request body or query a form fills, in the body's shape: one table per
// schema, so a page bundles only the tables of its own forms.

export const leaderInputLimits = {
  fullName: required(personNameMax),
  position: bilingual(positionMax),
  phone: optional(),
  mobile: optional(),
  email: optional(emailMax),
  order: required(),
  // The photo is left out when its address is.
  photo: { url: optional(urlMax) },
};
export const agencyLimits = {
  code: required(),
  name: bilingual(organizationNameMax),
  phone: optional(),
  email: optional(emailMax),
  url: optional(urlMax),
  order: required(),
};
export const pollInputLimits = { question: bilingual(pollQuestionMax), closesAt: optional(dateTimeMax) };
export const calendarDayLimits = { date: required(dateMax), name: bilingual(textMax) };
/** One address at a time, added to the list. */
export const allowedOriginsLimits = { origins: required(urlMax) };
export const dataSubjectRequestInputLimits = { contact: required(emailMax), note: optional(textMax) };
export const dataSubjectRequestRefusalLimits = { reason: required(textMax) };
export const apiKeyCreateLimits = { name: required(apiKeyNameMax) };
export const legalDocumentWithdrawalLimits = { reason: bilingual(textMax), date: optional(dateMax) };
export const qaFormConfigLimits = { answerWorkingDays: required(), consent: { version: required(consentVersionMax) } };
export const auditLogQueryLimits = { from: optional(dateMax), to: optional(dateMax) };
export const activityReportQueryLimits = { from: optional(dateMax), to: optional(dateMax) };
export const draftCommentLimits = {
  name: required(personNameMax),
  email: required(emailMax),
  organization: optional(organizationNameMax),
  content: required(draftCommentMax),
};
