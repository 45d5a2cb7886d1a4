import * as z from 'zod/mini';
import { isoDateTime, named } from './primitives.js';

export { challengePath, leadingZeroBits, proofOfWorkHeader } from './wire.js';

/*
 * The bot check of the submissions a bot would flood (questions, comments on drafts), with no
 * third-party service: a honeypot field, and a proof of work. The server hands out a signed
 * challenge; the client finds a nonce such that SHA-256 of `<challenge>:<nonce>` starts with
 * `bits` zero bits (2^bits hashes on average: a fraction of a second in a browser, a real cost
 * for a flood) and sends `<challenge>:<nonce>` in the `Proof-Of-Work` header. Each challenge is
 * good for one submission and a few minutes.
 */

/** The operations that need a proof of work (the routes flagged `proofOfWork`, and votes in polls that ask for it). */
export const BotCheckedOperation = named('BotCheckedOperation', z.enum(['submitQuestion', 'submitDraftComment', 'vote']));
export type BotCheckedOperation = z.output<typeof BotCheckedOperation>;

export const ChallengeRequest = named('ChallengeRequest', z.object({ operation: BotCheckedOperation }));
export type ChallengeRequest = z.input<typeof ChallengeRequest>;

export const Challenge = named(
  'Challenge',
  z.object({
    /** Opaque and signed by the server; hashed as given. */
    challenge: z.string().check(z.minLength(1), z.maxLength(512)),
    algorithm: z.literal('sha-256'),
    /** Leading zero bits the hash must have. */
    bits: z.int().check(z.minimum(0), z.maximum(32)),
    expiresAt: isoDateTime,
  }),
);
export type Challenge = z.output<typeof Challenge>;

/**
 * The honeypot: a field a form renders out of sight and out of the tab order, which people leave
 * empty and form-filling bots fill. A submission with anything in it is refused (422).
 */
export const honeypot = /* @__PURE__ */ z.optional(z.string().check(z.maxLength(0)));
