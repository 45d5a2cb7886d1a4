// Lengths the contract enforces and forms state up front (`maxlength`), so the two cannot differ.

/** A person's full name. */
export const personNameMax = 200;
/** An organization's name. */
export const organizationNameMax = 300;
/** An email address (RFC 5321's path limit). */
export const emailMax = 254;
/** A citizen's comment on a draft. */
export const draftCommentMax = 10_000;
/** Words typed into a search box. */
export const searchQueryMax = 200;
