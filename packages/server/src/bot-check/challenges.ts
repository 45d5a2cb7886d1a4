import { createHash, randomBytes } from 'node:crypto';
import { leadingZeroBits, type BotCheckedOperation, type Challenge } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { ProblemError } from '../http/problem.js';
import { Secrets } from '../security/secrets.js';

/** Long enough to solve on a slow phone and send, short enough that hoarding them is pointless. */
export const challengeLifetimeMs = 10 * 60_000;

const version = 'v1';

/**
 * A challenge is stateless until spent: `v1.<operation>.<bits>.<expiry>.<random id>.<signature>`.
 * The server stores nothing when it hands one out, so asking for challenges costs it no write.
 */
export function issueChallenge(secrets: Secrets, operation: BotCheckedOperation, bits: number, now: Date): Challenge {
  const expiresAt = new Date(now.getTime() + challengeLifetimeMs);
  const unsigned = [version, operation, String(bits), expiresAt.getTime().toString(36), randomBytes(12).toString('base64url')].join('.');
  return { challenge: `${unsigned}.${secrets.challengeTag(unsigned)}`, algorithm: 'sha-256', bits, expiresAt: expiresAt.toISOString() };
}

const refused = (detail: string) => new ProblemError(403, 'bot-check-failed', detail);

/** What a valid proof names: the challenge to mark as spent, until when. */
export interface VerifiedProof {
  id: string;
  expiresAt: string;
}

/**
 * Checks a `Proof-Of-Work` header for `operation`: a challenge this server signed, for this
 * operation, not expired, asking at least `minimumBits`, and a nonce whose hash has those zero bits.
 */
export function verifyProof(secrets: Secrets, header: string | undefined, operation: string, minimumBits: number, now: Date): VerifiedProof {
  if (header === undefined) throw refused('This submission needs a solved challenge in the Proof-Of-Work header');
  const separator = header.lastIndexOf(':');
  const challenge = header.slice(0, separator);
  const nonce = header.slice(separator + 1);
  const parts = challenge.split('.');
  const [prefix, forOperation, bitsText, expiryText, id, tag] = parts;
  if (separator < 0 || !/^\d{1,16}$/.test(nonce) || parts.length !== 6 || prefix !== version || id === undefined || tag === undefined) {
    throw refused('The Proof-Of-Work header is not a solved challenge');
  }
  if (!Secrets.sameHash(secrets.challengeTag(parts.slice(0, 5).join('.')), tag)) throw refused('This challenge was not issued here');
  const bits = Number(bitsText);
  const expiresAt = parseInt(expiryText ?? '', 36);
  if (forOperation !== operation) throw refused(`This challenge is for ${forOperation ?? 'another operation'}`);
  if (!(bits >= minimumBits)) throw refused('This challenge is easier than the server now asks: get a new one');
  if (!(expiresAt > now.getTime())) throw refused('This challenge has expired: get a new one');
  const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
  if (leadingZeroBits(digest) < bits) throw refused('The nonce does not solve the challenge');
  return { id, expiresAt: new Date(expiresAt).toISOString() };
}

/**
 * Marks a challenge spent, in the transaction of the submission it allows: if the submission
 * fails, the challenge can be used again; once it succeeds, never. Concurrent uses of one
 * challenge meet at the primary key, and only the first one passes.
 */
export async function spendChallenge(db: Kysely<Tables>, proof: VerifiedProof): Promise<void> {
  const inserted = await db
    .insertInto('spent_challenges')
    .values({ id: proof.id, expires_at: proof.expiresAt })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted === undefined) throw refused('This challenge was already used: get a new one');
}

/** Forgets spent challenges that have expired: they are refused for their expiry anyway. */
export async function purgeSpentChallenges(db: Kysely<Tables>, now: Date): Promise<void> {
  await db.deleteFrom('spent_challenges').where('expires_at', '<=', now.toISOString()).execute();
}
