import { foldVietnamese, replaceLookAlikes } from './fold.js';
import { tcvn3, vni } from './legacy-tables.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

/** A legacy Vietnamese encoding: TCVN3 (ABC) or VNI-Windows. */
export type LegacyEncoding = 'tcvn3' | 'vni';

const encodings: readonly LegacyEncoding[] = ['tcvn3', 'vni'];
const tables: Record<LegacyEncoding, Readonly<Record<string, string>>> = { tcvn3, vni };

// Words as the legacy text shows them: TCVN3 letters include symbols such as ® ¸ µ and the soft
// hyphen, so every Latin-1 character above U+00A0 belongs to a word.
const wordPattern = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;
const ascii = /^[\p{ASCII}]*$/u;
const beyondLatin1 = /[^\p{ASCII}\u0080-\u00FF]/u;
const latin1Symbol = /[\u00A1-\u00BF\u00D7\u00F7]/u;
const latin1Letter = /[\u00A1-\u00FF]/u;

// Unicode and VNI words are written in lower case, in capitals or capitalized; a capital inside a
// lower-case word ("khÝch", "lÔ") is a TCVN3 letter, which has no capitals with tones.
const mixedCase = /\p{Ll}\p{Lu}/u;
const readsAs = (word: string) => !mixedCase.test(word) && isVietnameseSyllable(word);

const decoders = new Map<LegacyEncoding, Map<string, string>>();

/** Legacy spelling → Unicode letter. */
function decoder(encoding: LegacyEncoding): Map<string, string> {
  let letters = decoders.get(encoding);
  if (!letters) {
    letters = new Map(Object.entries(tables[encoding]).map(([letter, legacy]) => [legacy, letter]));
    decoders.set(encoding, letters);
  }
  return letters;
}

/** Decodes legacy text, longest spelling first: VNI's "oâ" is ô, its lone "ô" is ơ. */
function decode(text: string, encoding: LegacyEncoding): string {
  const letters = decoder(encoding);
  let result = '';
  for (let index = 0; index < text.length; ) {
    const pair = index + 1 < text.length ? letters.get(text.slice(index, index + 2)) : undefined;
    if (pair === undefined) {
      const char = text.charAt(index);
      result += letters.get(char) ?? char;
      index += 1;
    } else {
      result += pair;
      index += 2;
    }
  }
  return result;
}

/**
 * Whether a TCVN3 word was typed in capitals: a `.VnTimeH` heading ("QUYÕT §ÞNH") has capital
 * ASCII letters next to lower-case toned codes that the font drew as capitals. A word with a
 * single capital ("X·" for XÃ) is only taken as such beside a word with two or more.
 */
function capitalsIn(word: string): 'capitals' | 'one capital' | 'no' {
  if (!/[\u00A1-\u00FF]/u.test(word) || /[a-z]/.test(word)) return 'no';
  const capitals = word.match(/[A-Z]/g)?.length ?? 0;
  return capitals >= 2 ? 'capitals' : capitals === 1 ? 'one capital' : 'no';
}

function decodeTcvn3(text: string): string {
  const words = [...text.matchAll(wordPattern)];
  const shapes = words.map(([word]) => capitalsIn(word));
  let result = '';
  let end = 0;
  words.forEach(({ 0: word, index: start }, index) => {
    const shape = shapes[index];
    const upper =
      shape === 'capitals' ||
      (shape === 'one capital' && (shapes[index - 1] === 'capitals' || shapes[index + 1] === 'capitals'));
    const decoded = decode(word, 'tcvn3');
    result += text.slice(end, start) + (upper ? decoded.toUpperCase() : decoded);
    end = start + word.length;
  });
  return result + text.slice(end);
}

// Đ in a document number's symbol as each encoding writes it: "10/2024/Q§-UBND" (TCVN3),
// "12/2020/NQ-HÑND" (VNI). No other text glues § or Ñ to capitals right after a number and slash.
const symbolWords: readonly [LegacyEncoding, RegExp][] = [
  ['tcvn3', /^(?:[A-Z]+§|§[A-Z])[A-Z§]*$/],
  ['vni', /^(?:[A-Z]+Ñ|Ñ[A-Z])[A-ZÑ]*$/],
];
const afterNumber = /\d\/(?:\d{4}\/)?(?:[A-Z§Ñ]+-)*$/;

/** The encoding that writes `word` as the symbol of the document number it ends, if any. */
function symbolEncoding(word: string, before: string): LegacyEncoding | undefined {
  return afterNumber.test(before) ? symbolWords.find(([, pattern]) => pattern.test(word))?.[0] : undefined;
}

/**
 * Detects Vietnamese text in a legacy encoding, as it shows when pasted from a TCVN3 (ABC) or
 * VNI-Windows document into a Unicode page: "QuyÕt ®Þnh" (TCVN3) or "Quyeát ñònh" (VNI) for
 * "Quyết định". Each word with Latin-1 letters is decoded both ways; the encoding under which the
 * words become Vietnamese syllables wins. Unicode Vietnamese, English, French or German text gives
 * null, and so does text too short to tell (one word, unless a TCVN3 symbol such as ® or a document
 * number's symbol such as "Q§-UBND" gives it away).
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Only a word with a Latin-1 letter or symbol can count for a legacy encoding: without one,
  // nothing to weigh.
  if (!latin1Letter.test(text)) return null;
  const support: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  const against: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  let unicode = 0;
  for (const { 0: word, index } of text.matchAll(wordPattern)) {
    if (ascii.test(word)) continue;
    const symbol = symbolEncoding(word, text.slice(Math.max(0, index - 24), index));
    if (symbol) {
      support[symbol] += 2;
      continue;
    }
    const readsAsUnicode = readsAs(word);
    if (beyondLatin1.test(word)) {
      if (readsAsUnicode) unicode += 1;
      continue;
    }
    const readings = encodings.filter((encoding) =>
      encoding === 'tcvn3' ? isVietnameseSyllable(decode(word, encoding)) : readsAs(decode(word, encoding)),
    );
    if (readsAsUnicode) {
      // "có", "trình" read the same in Unicode and in VNI: they do not tell Unicode from legacy
      // text, but "soá" (VNI số) does tell VNI from TCVN3.
      if (readings.length === 0) unicode += 1;
      for (const encoding of encodings) if (readings.length > 0 && !readings.includes(encoding)) against[encoding] += 1;
      continue;
    }
    // No other language puts symbols such as ® or ¸, or a capital such as Õ, inside words.
    const weight = latin1Symbol.test(word) || mixedCase.test(word) ? 2 : 1;
    for (const encoding of encodings) {
      if (readings.includes(encoding)) support[encoding] += weight;
      else against[encoding] += 1;
    }
  }
  const margin = support.vni - support.tcvn3 || against.tcvn3 - against.vni;
  // Words such as "tö" (TCVN3 tử, VNI tư) fit both: without a word that tells, nothing is guessed.
  if (margin === 0) return null;
  const best = margin > 0 ? 'vni' : 'tcvn3';
  const score = support[best];
  return score >= 2 && score > 2 * against[best] && score > unicode ? best : null;
}

const convertAs = (text: string, encoding: LegacyEncoding) => (encoding === 'tcvn3' ? decodeTcvn3(text) : decode(text, 'vni'));

// A document number with its symbol, as legacy text writes it ("10/2024/Q§-UBND"), after the word
// that may label it ("Sè:", "Soá").
const legacyCitation = /(?:([A-Za-z\u00A1-\u00FF]+)(:?\s*))?(\d+\/(?:\d{4}\/)?[A-Z§Ñ]+(?:-[A-Z§Ñ]+)*)/g;

// Legacy encodings write every letter with Latin-1 characters: a letter beyond them (ế, ư, đ, or
// a combining mark) is Unicode.
const unicodeLetter = /(?![\p{ASCII}\u0080-\u00FF])[\p{L}\p{M}]/u;

/**
 * Legacy text converted as the detected encoding writes it. Text with Unicode letters is not
 * legacy, but may be a mixed paste: Unicode words around a citation copied from a legacy document
 * ("Quyết định Sè: 10/2024/Q§-UBND"). There only each number whose symbol gives its encoding away
 * is converted, with the word before it when that word is "số": a Unicode word such as "và" is
 * also the legacy spelling of another word.
 */
function convertDetected(text: string): string {
  if (!latin1Letter.test(text)) return text;
  if (!unicodeLetter.test(text)) {
    const encoding = detectLegacyEncoding(text);
    return encoding ? convertAs(text, encoding) : text;
  }
  return text.replace(legacyCitation, (citation, label: string | undefined, gap: string | undefined, number: string) => {
    const encoding = detectLegacyEncoding(number);
    if (!encoding) return citation;
    const decoded = label === undefined ? '' : convertAs(label, encoding);
    return `${foldVietnamese(decoded) === 'so' ? decoded : (label ?? '')}${gap ?? ''}${convertAs(number, encoding)}`;
  });
}

/**
 * Converts legacy-encoded text (see {@link detectLegacyEncoding}) to Unicode NFC. Without an
 * encoding, the detected one is used, also for a legacy citation among Unicode words, and text
 * that is not legacy is returned as is (in NFC); `null` converts nothing.
 * TCVN3 has no capitals with tones; words typed in capitals are put back in capitals.
 */
export function convertLegacyText(text: string, encoding?: LegacyEncoding | null): string {
  const converted = encoding === undefined ? convertDetected(text) : encoding === null ? text : convertAs(text, encoding);
  return converted.normalize('NFC');
}

/**
 * Text as pasted from PDFs, old systems and legacy-encoded documents, made what it reads as:
 * look-alike letters (ƣ for ư, ð for đ) and non-breaking spaces replaced, invisible characters
 * dropped, a TCVN3 or VNI paste converted, NFC. Search applies it to queries and documents alike,
 * so both meet in one form.
 */
export function cleanPastedText(text: string): string {
  return convertLegacyText(replaceLookAlikes(text));
}
