import { toNfc } from './nfc.js';

/** A Vietnamese full name in its parts, written in the order "Family Middle Given". */
export interface VietnameseNameParts {
  /** Họ, e.g. `Nguyễn`. */
  family: string;
  /** Tên đệm (may be several words, or empty), e.g. `Thị Minh`. */
  middle: string;
  /** Tên, the last word, e.g. `Khai`; the one a list is sorted by. */
  given: string;
}

let collator: Intl.Collator | undefined;

/** Splits a full name ("Nguyễn Thị Minh Khai") into family, middle and given names. */
export function splitVietnameseName(fullName: string): VietnameseNameParts {
  const words = toNfc(fullName).trim().split(/\s+/u).filter(Boolean);
  const given = words.pop() ?? '';
  const family = words.shift() ?? '';
  return { family, middle: words.join(' '), given };
}

/**
 * Compares two full names the Vietnamese way, for `Array.prototype.sort`: by given name (the last
 * word) first, then family name, then middle name, each in Vietnamese alphabetical order
 * (a ă â b c d đ e ê …, tones included), so "Trần Văn An" comes before "Lê Thị Bình".
 */
export function compareVietnameseNames(a: string, b: string): number {
  collator ??= new Intl.Collator('vi');
  const left = splitVietnameseName(a);
  const right = splitVietnameseName(b);
  return (
    collator.compare(left.given, right.given) ||
    collator.compare(left.family, right.family) ||
    collator.compare(left.middle, right.middle)
  );
}
