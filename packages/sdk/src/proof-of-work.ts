import { sha256 } from '@noble/hashes/sha2.js';
import { PortalError } from './errors.js';

/*
 * The client side of the API's bot check (`@vn-portal/schema`'s bot-check module): fetch a
 * challenge, find a nonce such that SHA-256 of `<challenge>:<nonce>` starts with `bits` zero bits,
 * send `<challenge>:<nonce>`. SHA-256 comes from @noble/hashes (audited, and loaded only with the
 * first submission that needs it) rather than WebCrypto, whose digest is one promise per hash (far
 * too slow for tens of thousands of small hashes) and is missing on pages served over plain http,
 * which some agency sites still are.
 */

const encoder = new TextEncoder();

/**
 * The first 32 bits of SHA-256 of `prefix` followed by the decimal digits of nonces: enough to
 * count up to 32 leading zero bits. The prefix is hashed once, and each nonce continues from a copy
 * of that state made into one reused hash (`clone()` would allocate one per nonce: a third of the speed).
 */
function nonceHasher(prefix: string): (nonce: number) => number {
  const hashedPrefix = sha256.create().update(encoder.encode(prefix));
  const hash = sha256.create();
  const digest = new Uint8Array(32);
  const digits = new Uint8Array(16);
  const firstWord = new DataView(digest.buffer);
  return (nonce) => {
    const text = String(nonce);
    for (let i = 0; i < text.length; i += 1) digits[i] = text.charCodeAt(i);
    hashedPrefix._cloneInto(hash).update(digits.subarray(0, text.length)).digestInto(digest);
    return firstWord.getUint32(0);
  };
}

/**
 * Solving runs in slices of about this many milliseconds, each followed by a return to the event
 * loop: the page keeps answering input (a 30 ms delay is not felt), and the timer clamp of
 * browsers (4 ms) costs little.
 */
const sliceMs = 30;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The smallest nonce such that SHA-256 of `<challenge>:<nonce>` starts with `bits` zero bits
 * (at most 32), found in slices that leave the page free to respond.
 */
export async function solveChallenge(challenge: string, bits: number, signal?: AbortSignal): Promise<number> {
  const firstWord = nonceHasher(`${challenge}:`);
  // The first word has `bits` leading zeros exactly when it is below this bound.
  const bound = 2 ** (32 - Math.min(Math.max(bits, 0), 32));
  let sliceEnd = Date.now() + sliceMs;
  for (let nonce = 0; ; nonce += 1) {
    if (firstWord(nonce) < bound) return nonce;
    if ((nonce & 1023) === 1023 && Date.now() >= sliceEnd) {
      await yieldToPage();
      if (signal?.aborted === true) throw new PortalError('abort', 'The request was aborted', { cause: signal.reason });
      sliceEnd = Date.now() + sliceMs;
    }
  }
}

interface ChallengeAnswer {
  challenge: string;
  bits: number;
}

function isChallenge(value: unknown): value is ChallengeAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { challenge, bits } = value as Record<string, unknown>;
  return typeof challenge === 'string' && typeof bits === 'number' && Number.isInteger(bits) && bits >= 0 && bits <= 32;
}

/**
 * Gets a challenge with `fetchChallenge` and answers the `Proof-Of-Work` header value. The
 * challenge is checked by hand rather than with the contract's schema, so that this module works
 * under any transport's validator.
 */
export async function proofOfWork(fetchChallenge: () => Promise<unknown>, signal?: AbortSignal): Promise<string> {
  const answer = await fetchChallenge();
  if (!isChallenge(answer)) throw new PortalError('validation', 'The API answered the challenge request with something else');
  const nonce = await solveChallenge(answer.challenge, answer.bits, signal);
  return `${answer.challenge}:${nonce}`;
}
