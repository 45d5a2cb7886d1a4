import { foldVietnamese } from './fold.js';
import { toNfc } from './nfc.js';
import { documentTypeSymbol, issuerSymbol } from './legal-doc-symbols.js';

/** A legal document number (số hiệu) in its parts, e.g. `10/2024/QĐ-UBND`. */
export interface LegalDocNumber {
  /** The ordinal number as written (`01` stays `01`). */
  number: string;
  /** Year of issue, present in the numbers of normative documents (`10/2024/…`). */
  year?: number;
  /** Document type symbol: `QĐ`, `NĐ`, `TT`, `NQ`…, or the legislature (`QH15`) for laws. */
  type?: string;
  /**
   * Issuer symbol after the type: `UBND`, `CP`, `BTTTT`; `BTP-BTC` for joint documents; `UBND-VX`
   * (issuer, then drafting unit) for an official letter, which has no type.
   */
  issuer?: string;
  /** Official spelling: `42/2022/NĐ-CP` for input such as "42 / 2022 / nd-cp". */
  canonical: string;
  /** Folded for search, leading zeros dropped: `42/2022/nd-cp`; equal for equal numbers. */
  folded: string;
}

// Separators as people type them: spaces around, and dashes of every width.
const dashes = /\s*[-\u2010-\u2015\u2212]\s*/gu;
const slashes = /\s*[/\u2044\u2215]\s*/gu;
const symbolPart = /^\p{L}[\p{L}\d]*$/u;
const yearPattern = /^(?:19|20|21)\d\d$/;
// "Số: 10/2024/QĐ-UBND" as printed in a document header.
const numberLabel = /^s[oố]\s*(?:hi[eệ]u)?\s*[:.]?\s*/iu;

/**
 * Tidies a number as typed: NFC, separators without spaces, and Đ for the look-alike Ð (U+00D0),
 * which Windows-1258 text decoded as Latin-1 shows in its place.
 */
function tidy(text: string): string {
  return toNfc(text).trim().replace(slashes, '/').replace(dashes, '-').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
}

/** Drops leading zeros of the ordinal number, which people write or omit at will ("01" = "1"). */
function foldNumberPart(number: string): string {
  return number.replace(/^0+(?=\d)/, '');
}

interface Segments {
  number: string;
  year?: string;
  symbol?: string[];
}

/**
 * Splits `N[/YYYY][/SYMBOL]` into its segments, or null when the text has another shape. The
 * symbol is split at dashes; every part must start with a letter.
 */
function segmentsOf(text: string): Segments | null {
  const [number, second, third, ...rest] = text.split('/');
  if (number === undefined || !/^\d{1,6}$/.test(number) || rest.length > 0) return null;
  if (second === undefined) return { number };
  const symbolOf = (segment: string) => {
    const parts = segment.split('-');
    return parts.every((part) => symbolPart.test(part)) ? parts : null;
  };
  if (third !== undefined) {
    const symbol = symbolOf(third);
    return yearPattern.test(second) && symbol ? { number, year: second, symbol } : null;
  }
  if (yearPattern.test(second)) return { number, year: second };
  const symbol = symbolOf(second);
  return symbol ? { number, symbol } : null;
}

/**
 * Parses a legal document number (số hiệu văn bản): `10/2024/QĐ-UBND`, `3069/QĐ-UBND`,
 * `91/2025/QH15`, `25/2010/TT-BTTTT`, `1234/UBND-VX`… Accepts input without diacritics
 * (`42/2022/ND-CP`), in lower case, in NFD, with spaces around separators, and with a leading
 * "Số:" label.
 *
 * @returns the parts with the canonical and folded forms, or null when the text is not a number.
 */
export function parseLegalDocNumber(text: string): LegalDocNumber | null {
  const segments = segmentsOf(tidy(text).replace(numberLabel, '').replace(/[.,;]+$/, ''));
  if (!segments?.symbol) return null;
  const [first = '', ...others] = segments.symbol;
  const type = documentTypeSymbol(first);
  const issuerParts = (type === undefined ? segments.symbol : others).map(issuerSymbol);
  const symbol = [...(type === undefined ? [] : [type]), ...issuerParts].join('-');
  const canonical = [segments.number, segments.year, symbol].filter((part) => part !== undefined).join('/');
  return {
    number: segments.number,
    ...(segments.year === undefined ? {} : { year: Number(segments.year) }),
    ...(type === undefined ? {} : { type }),
    ...(issuerParts.length === 0 ? {} : { issuer: issuerParts.join('-') }),
    canonical,
    folded: foldNumberPart(foldVietnamese(canonical)),
  };
}

/** The number-like tokens of a search query, and what is left of the query around them. */
export interface LegalDocNumberQuery {
  /** Folded tokens, as in {@link LegalDocNumber.folded}: `10/2024`, `qd-ubnd`, `42/2022/nd-cp`. */
  tokens: string[];
  /** The rest of the query, folded, for full-text search. */
  text: string;
}

/**
 * Finds the parts of a free-text search query that look like (pieces of) document numbers, so a
 * search can match them against numbers rather than words: a full number (`42/2022/ND-CP`), a
 * number and year (`10/2024`), a number and symbol (`3069/QĐ`), a symbol that starts with a
 * document type (`QĐ-UBND`, `TTLT-BTP-BTC`) or a legislature (`QH15`). Dates such as `05/03/2024`
 * and words such as `COVID-19` are left in the text.
 */
export function extractLegalDocNumberTokens(query: string): LegalDocNumberQuery {
  const tokens: string[] = [];
  const words: string[] = [];
  for (const word of tidy(query).split(/\s+/u)) {
    const candidate = word.replace(/^[("'“‘«]+|[)"'”’».,;:!?/-]+$/gu, '');
    const token = numberToken(candidate);
    if (token === null) {
      if (word) words.push(word);
    } else {
      tokens.push(token);
    }
  }
  return { tokens, text: foldVietnamese(words.join(' ')) };
}

/** The folded token of a number-like word, or null. */
function numberToken(word: string): string | null {
  const segments = segmentsOf(word);
  if (segments) {
    if (segments.year === undefined && segments.symbol === undefined) return null;
    const [number, ...rest] = foldVietnamese(word).split('/');
    return [foldNumberPart(number ?? ''), ...rest].join('/');
  }
  const parts = word.split('-');
  const [first = ''] = parts;
  const isSymbol = parts.every((part) => symbolPart.test(part)) && documentTypeSymbol(first) !== undefined;
  // A lone type ("TT", "KH") is more likely a word than a number; a legislature is not.
  return isSymbol && (parts.length > 1 || /\d/.test(first)) ? foldVietnamese(word) : null;
}

/**
 * Whether a folded document number contains a folded token on part boundaries: `10/2024` matches
 * `10/2024/qd-ubnd` but not `110/2024/qd-ubnd`; `qd-ubnd` matches it, `qd-ub` does not.
 */
export function legalDocNumberMatches(folded: string, token: string): boolean {
  let from = folded.indexOf(token);
  while (from !== -1) {
    const before = folded[from - 1];
    const after = folded[from + token.length];
    if ((before === undefined || before === '/' || before === '-') && (after === undefined || after === '/' || after === '-')) {
      return true;
    }
    from = folded.indexOf(token, from + 1);
  }
  return false;
}
