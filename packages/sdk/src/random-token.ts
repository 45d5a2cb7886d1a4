/**
 * A random token of `bytes` random bytes, in base64url: idempotency keys, voter tokens, tab
 * sessions. Not `crypto.randomUUID()`: browsers offer it only on https pages, and many agency
 * sites are still served over plain http; `getRandomValues` works on both.
 */
export function randomToken(bytes = 16): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...random)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
