import { PortalError } from './errors.js';

/*
 * The client side of the API's bot check (`@vn-portal/schema`'s bot-check module): fetch a
 * challenge, find a nonce such that SHA-256 of `<challenge>:<nonce>` starts with `bits` zero bits,
 * send `<challenge>:<nonce>`. SHA-256 is written out here because WebCrypto's digest is one
 * promise per hash (far too slow for tens of thousands of small hashes) and is missing on pages
 * served over plain http, which some agency sites still are.
 */

/** The first `count` primes. */
function primes(count: number): number[] {
  const found: number[] = [];
  for (let candidate = 2; found.length < count; candidate += 1) if (found.every((prime) => candidate % prime !== 0)) found.push(candidate);
  return found;
}

/**
 * SHA-256's constants are the fractional parts of the cube roots (round constants) and square
 * roots (initial state) of the first primes: computed rather than listed, which spares pages half
 * a kilobyte. Doubles carry them exactly (tested against node:crypto).
 */
const fraction = (root: number) => (root - Math.floor(root)) * 2 ** 32;
const K = new Uint32Array(primes(64).map((prime) => fraction(Math.cbrt(prime))));
const initialState = new Uint32Array(primes(8).map((prime) => fraction(Math.sqrt(prime))));

const rotate = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Runs the compression function on the 64-byte block at `offset`, updating `state`. */
// Indexes below are always in bounds; `as number` spares the hot loop a check per access.
function compress(state: Uint32Array, bytes: Uint8Array, offset: number, w: Uint32Array): void {
  for (let i = 0; i < 16; i += 1) {
    const at = offset + i * 4;
    w[i] = ((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
  }
  for (let i = 16; i < 64; i += 1) {
    const a = w[i - 15] as number;
    const b = w[i - 2] as number;
    w[i] = (w[i - 16] as number) + (rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3)) + (w[i - 7] as number) + (rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10));
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i += 1) {
    const t1 = (h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0] as number) + a;
  state[1] = (state[1] as number) + b;
  state[2] = (state[2] as number) + c;
  state[3] = (state[3] as number) + d;
  state[4] = (state[4] as number) + e;
  state[5] = (state[5] as number) + f;
  state[6] = (state[6] as number) + g;
  state[7] = (state[7] as number) + h;
}

/**
 * Hashes `prefix` followed by the decimal digits of nonces: the whole 64-byte blocks of the
 * prefix are compressed once, and each nonce costs only the last one or two blocks.
 */
class NonceHasher {
  readonly #midstate = new Uint32Array(initialState);
  readonly #state = new Uint32Array(8);
  readonly #w = new Uint32Array(64);
  readonly #tail = new Uint8Array(128);
  readonly #tailLength: number;
  readonly #prefixLength: number;

  constructor(prefix: Uint8Array) {
    const whole = prefix.length - (prefix.length % 64);
    for (let offset = 0; offset < whole; offset += 64) compress(this.#midstate, prefix, offset, this.#w);
    this.#tail.set(prefix.subarray(whole));
    this.#tailLength = prefix.length - whole;
    this.#prefixLength = prefix.length;
  }

  /** The first 32 bits of the hash of prefix + nonce: enough to count up to 32 leading zero bits. */
  firstWord(nonce: number): number {
    const digits = String(nonce);
    const tail = this.#tail;
    let length = this.#tailLength;
    for (let i = 0; i < digits.length; i += 1) tail[length++] = digits.charCodeAt(i);
    const end = length + 9 <= 64 ? 64 : 128;
    tail[length] = 0x80;
    tail.fill(0, length + 1, end);
    const bitLength = (this.#prefixLength + digits.length) * 8;
    tail[end - 4] = bitLength >>> 24;
    tail[end - 3] = bitLength >>> 16;
    tail[end - 2] = bitLength >>> 8;
    tail[end - 1] = bitLength;
    this.#state.set(this.#midstate);
    compress(this.#state, tail, 0, this.#w);
    if (end === 128) compress(this.#state, tail, 64, this.#w);
    return this.#state[0] ?? 0;
  }
}

const encoder = new TextEncoder();

/** SHA-256 of `text` (UTF-8), as hex: what the solver computes, exposed to be checked. */
export function sha256Hex(text: string): string {
  const bytes = encoder.encode(text);
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor((bytes.length * 8) / 2 ** 32));
  view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
  const state = new Uint32Array(initialState);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) compress(state, padded, offset, w);
  return [...state].map((word) => word.toString(16).padStart(8, '0')).join('');
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
  const hasher = new NonceHasher(encoder.encode(`${challenge}:`));
  // The first word has `bits` leading zeros exactly when it is below this bound.
  const bound = 2 ** (32 - Math.min(Math.max(bits, 0), 32));
  let sliceEnd = Date.now() + sliceMs;
  for (let nonce = 0; ; nonce += 1) {
    if (hasher.firstWord(nonce) < bound) return nonce;
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
