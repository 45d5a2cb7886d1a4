// Lengths the contract enforces and forms state up front (`maxlength`), so the two cannot differ:
// the schemas are built from these numbers, and forms read them here or in form-limits.ts.

/** A person's full name. */
export const personNameMax = 200;
/** An organization's name (an agency's too). */
export const organizationNameMax = 300;
/** An email address (RFC 5321's path limit). */
export const emailMax = 254;
/** A web address. */
export const urlMax = 2048;
/** A calendar date, `YYYY-MM-DD`. */
export const dateMax = 10;
/** An instant, ISO 8601 with an offset. */
export const dateTimeMax = 40;
/** A paragraph of plain text: a note, a reason, a name given in two languages. */
export const textMax = 2000;
/** A citizen's comment on a draft. */
export const draftCommentMax = 10_000;
/** A leader's position or unit. */
export const positionMax = 300;
/** A poll's question. */
export const pollQuestionMax = 1000;
/** An API key's name. */
export const apiKeyNameMax = 200;
/** The version of the Q&A form's consent notice. */
export const consentVersionMax = 50;
