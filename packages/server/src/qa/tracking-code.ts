import { randomInt } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a code read over the phone is not misheard.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `HD-2025-7K3F9QXM`: the year it was asked, then 40 random bits — unguessable, easy to read out. */
export function newTrackingCode(receivedDay: string): string {
  let random = '';
  for (let index = 0; index < 8; index += 1) random += alphabet[randomInt(alphabet.length)] ?? '0';
  return `HD-${receivedDay.slice(0, 4)}-${random}`;
}
