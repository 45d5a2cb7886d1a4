import type { Leader } from '@vn-portal/schema';
import { splitVietnameseName } from '@vn-portal/sdk/vietnamese';

/** A Vietnamese phone number as an international `tel:` URI (`0263 3822 000` → `tel:+842633822000`). */
export function telUri(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '').replace(/^(?:0084|\+84|0)/, '');
  return `tel:+84${digits}`;
}

const escapeValue = (value: string) => value.replace(/[\\,;]/g, '\\$&').replace(/\r?\n/g, '\\n');

/**
 * The leader as a vCard 4.0 (RFC 6350), which is UTF-8 by definition, so "Nguyễn Văn An" survives
 * the import into any address book. `position` and `unit` are given in the viewer's language.
 */
export function leaderVCard(leader: Leader, position: string, unit: string | undefined): string {
  const { family, middle, given } = splitVietnameseName(leader.fullName);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeValue(leader.fullName)}`,
    `N:${escapeValue(family)};${escapeValue(given)};${escapeValue(middle)};;`,
    `TITLE:${escapeValue(position)}`,
  ];
  if (unit !== undefined) lines.push(`ORG:${escapeValue(unit)}`);
  if (leader.phone) lines.push(`TEL;TYPE=work,voice;VALUE=uri:${telUri(leader.phone)}`);
  if (leader.mobile) lines.push(`TEL;TYPE=cell;VALUE=uri:${telUri(leader.mobile)}`);
  if (leader.fax) lines.push(`TEL;TYPE=fax;VALUE=uri:${telUri(leader.fax)}`);
  if (leader.email) lines.push(`EMAIL;TYPE=work:${leader.email}`);
  if (leader.photo) lines.push(`PHOTO:${leader.photo.url}`);
  lines.push('END:VCARD', '');
  return lines.join('\r\n');
}
