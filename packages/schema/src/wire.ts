// What clients need of the contract besides its schemas: the base path, the string formats and the
// bot check's protocol. No zod here, so a browser importing these (through
// `@vn-portal/schema/compact`) does not download zod with them.

/** The base path every operation lives under. */
export const apiBasePath = '/api/v1';

/**
 * Patterns of the string formats. Plain patterns rather than zod's format schemas, which would add
 * about 1.4 KB gzip to every page that validates a response; the OpenAPI generator maps each back
 * to its JSON Schema `format`.
 */
export const formatPatterns = {
  date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  'date-time': /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  email: /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:.]{2,}$/,
  uri: /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i,
};

/** The request header carrying a solved challenge, `<challenge>:<nonce>`. */
export const proofOfWorkHeader = 'Proof-Of-Work';

/** Where challenges are issued, under the API base path. */
export const challengePath = '/bot-check/challenges';

/** How many zero bits a hash starts with. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
