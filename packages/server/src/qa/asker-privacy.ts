import type { Asker } from '@vn-portal/schema';
import type { Secrets } from '../security/secrets.js';

/** The asker is stored only sealed, bound to the question's id. */
export function sealAsker(secrets: Secrets, questionId: string, asker: Asker): string {
  return secrets.seal(JSON.stringify(asker), questionId);
}

export function openAsker(secrets: Secrets, questionId: string, sealed: string): Asker {
  return JSON.parse(secrets.open(sealed, questionId)) as Asker;
}

/** Phone numbers compare by digits, in national form (`+84 912…` equals `0912…`). */
export function nationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
  if (digits.startsWith('84') && digits.length >= 10) return `0${digits.slice(2)}`;
  return digits;
}

/** Whether the contact given for a status lookup is the asker's email or phone. */
export function contactMatches(asker: Asker, contact: string): boolean {
  const given = contact.trim();
  if (given.includes('@')) return asker.email !== undefined && asker.email.toLowerCase() === given.toLowerCase();
  const digits = nationalDigits(given);
  return asker.phone !== undefined && digits.length >= 9 && nationalDigits(asker.phone) === digits;
}
