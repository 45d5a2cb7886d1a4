import { foldVietnamese } from './fold.js';
import { cleanPastedText } from './legacy-encoding.js';
import { extractLegalDocNumberTokens, parseLegalDocNumber } from './legal-doc-number.js';

/** How a search query was read: the citation it names, and the words left to search for. */
export interface LegalCitationReading {
  /** Folded number tokens the document's number must hold (see `extractLegalDocNumberTokens`). */
  tokens: string[];
  /** The rest of the query, folded: the words of the title to search for. */
  text: string;
  /** The number named, canonical when whole (`42/2022/NĐ-CP`), else as read (`42/2022`, `85`). */
  number?: string;
  /** The document type named ("nghị định", "NĐ"), as the register's type code (`decree`). */
  type?: string;
  /** The date of issue named ("ngày 16 tháng 9 năm 2020"), `YYYY-MM-DD`. */
  date?: string;
  /** The year of issue named ("năm 2013", a bare 2013, or the date's). */
  year?: number;
}

/** Type names as Vietnamese texts cite them, folded, longest first, with their number symbol. */
const typeNames: readonly (readonly [string[], string, string | undefined])[] = [
  [['thong', 'tu', 'lien', 'tich'], 'joint-circular', 'ttlt'],
  [['nghi', 'quyet', 'lien', 'tich'], 'joint-resolution', 'nqlt'],
  [['nghi', 'dinh'], 'decree', 'nd'],
  [['quyet', 'dinh'], 'decision', 'qd'],
  [['thong', 'tu'], 'circular', 'tt'],
  [['nghi', 'quyet'], 'resolution', 'nq'],
  [['chi', 'thi'], 'directive', 'ct'],
  [['phap', 'lenh'], 'ordinance', 'pl'],
  [['ke', 'hoach'], 'plan', 'kh'],
  // Laws carry the legislature in place of a type symbol (91/2025/QH15).
  [['luat'], 'law', undefined],
];

/** Type symbols typed before a number ("NĐ 42/2022", "ND72", "QĐ 3069"), folded. */
const typeSymbols = new Map(typeNames.flatMap(([, type, symbol]) => (symbol === undefined ? [] : [[symbol, type] as const])));
const gluedSymbol = /^([a-z]{2,4})(\d{1,6}(?:\/(?:19|20)\d\d)?)$/;
const yearWord = /^(?:19|20)\d\d$/;
const ordinal = /^\d{1,6}$/;
const numberAndYear = /^\d{1,6}\/(?:19|20)\d\d$/;
const slashedDate = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$/;

const pad = (part: string): string => part.padStart(2, '0');

/** `YYYY-MM-DD` of a real calendar date, or undefined. */
function isoDate(day: string, month: string, year: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

interface Step {
  /** Words consumed. */
  length: number;
  apply: (reading: LegalCitationReading, words: string[]) => void;
}

/** "ngày 23/02/2024", "ngày 16 tháng 9 năm 2020" at `at`. */
function dateAt(words: readonly string[], at: number): Step | undefined {
  if (words[at] !== 'ngay') return undefined;
  const slashed = slashedDate.exec(words[at + 1] ?? '');
  const [day, month, year] = slashed ? slashed.slice(1) : words[at + 2] === 'thang' && words[at + 4] === 'nam' ? [words[at + 1], words[at + 3], words[at + 5]] : [];
  if (day === undefined || month === undefined || year === undefined || !yearWord.test(year)) return undefined;
  const date = isoDate(day, month, year);
  if (date === undefined) return undefined;
  return { length: slashed ? 2 : 6, apply: (reading) => Object.assign(reading, { date, year: Number(year) }) };
}

/** The number after a type name or symbol (and "số"), from `at`: its tokens and how many words it took. */
function numberAt(words: readonly string[], at: number, symbol: string | undefined): { length: number; number: string; tokens: string[] } | undefined {
  const from = words[at] === 'so' ? at + 1 : at;
  const word = words[from] ?? '';
  const symbolTokens = symbol === undefined ? [] : [symbol];
  const whole = parseLegalDocNumber(word);
  if (whole) return { length: from - at + 1, number: whole.canonical, tokens: [whole.folded] };
  if (numberAndYear.test(word)) return { length: from - at + 1, number: word, tokens: [word.replace(/^0+(?=\d)/, ''), ...symbolTokens] };
  // "luật … 2025" names a year; "luật số 2025" would name a number.
  if (!ordinal.test(word) || (from === at && yearWord.test(word))) return undefined;
  const plain = word.replace(/^0+(?=\d)/, '');
  // "nghị định 42 năm 2022" is 42/2022.
  const year = words[from + 1] === 'nam' && yearWord.test(words[from + 2] ?? '') ? words[from + 2] : undefined;
  if (year !== undefined) return { length: from - at + 3, number: `${word}/${year}`, tokens: [`${plain}/${year}`, ...symbolTokens] };
  return { length: from - at + 1, number: word, tokens: [plain, ...symbolTokens] };
}

/** A type name or symbol, with the number it introduces, at `at`. */
function citationAt(words: readonly string[], at: number): Step | undefined {
  const glued = gluedSymbol.exec(words[at] ?? '');
  const gluedType = glued ? typeSymbols.get(glued[1] ?? '') : undefined;
  if (glued && gluedType) {
    const found = numberAt([glued[2] ?? ''], 0, glued[1]);
    if (found) return { length: 1, apply: (reading, out) => record(reading, out, gluedType, found) };
  }
  const symbolType = typeSymbols.get(words[at] ?? '');
  if (symbolType) {
    const found = numberAt(words, at + 1, words[at]);
    if (found) return { length: found.length + 1, apply: (reading, out) => record(reading, out, symbolType, found) };
  }
  for (const [name, type, symbol] of typeNames) {
    if (!name.every((word, offset) => words[at + offset] === word)) continue;
    const found = numberAt(words, at + name.length, symbol);
    // A type named without a number stays words of the title ("luật bảo vệ dữ liệu").
    if (!found) return { length: name.length, apply: (reading, out) => ((reading.type ??= type), out.push(...name)) };
    return { length: name.length + found.length, apply: (reading, out) => record(reading, out, type, found) };
  }
  return undefined;
}

function record(reading: LegalCitationReading, out: string[], type: string, found: { number: string; tokens: string[] }): void {
  reading.type ??= type;
  reading.number ??= found.number;
  // Whole numbers are matched as numbers; a bare ordinal or symbol as the words they are.
  for (const token of found.tokens) (token.includes('/') || token.includes('-') ? reading.tokens : out).push(token);
}

/**
 * Reads a search query as Vietnamese texts cite documents: "Nghị định số 42/2022/NĐ-CP",
 * "Quyết định số 10/2024/QĐ-UBND ngày 23/02/2024", "NĐ 42/2022", "nghị định 42 năm 2022", "ND72",
 * "TT24/2011", "QĐ 3069", "luật … năm 2025". The citation's own words ("số", "ngày", "tháng",
 * "năm", the type's name before its number) are not words of the title: they become the number,
 * type, date and year read, and what is left is the text to search. Works on queries pasted from
 * PDFs or in TCVN3/VNI (see `cleanPastedText`).
 */
export function readLegalCitation(query: string): LegalCitationReading {
  const folded = foldVietnamese(cleanPastedText(query)).replace(/\s*([/])\s*/g, '$1');
  const words = folded.split(/\s+/).map((word) => word.replace(/^[("'“‘«]+|[)"'”’».,;:!?]+$/g, '')).filter((word) => word !== '');
  const reading: LegalCitationReading = { tokens: [], text: '' };
  const out: string[] = [];
  const years: string[] = [];
  for (let at = 0; at < words.length; ) {
    const step = dateAt(words, at) ?? citationAt(words, at);
    if (step) {
      step.apply(reading, out);
      at += step.length;
      continue;
    }
    const word = words[at] ?? '';
    const next = words[at + 1] ?? '';
    const whole = parseLegalDocNumber(word);
    if (whole) {
      reading.number ??= whole.canonical;
      reading.tokens.push(whole.folded);
      at++;
      continue;
    }
    if (word === 'nam' && yearWord.test(next)) {
      years.push(next);
      at += 2;
      continue;
    }
    if (yearWord.test(word)) years.push(word);
    // "số" before a number belongs to the citation.
    else if (!(word === 'so' && /\d/.test(next))) out.push(word);
    at++;
  }
  const [year] = years;
  if (year !== undefined) reading.year ??= Number(year);
  // A year alone is all there is to search for: it is searched as a word.
  if (out.length === 0 && reading.tokens.length === 0) out.push(...years);
  const rest = extractLegalDocNumberTokens(out.join(' '));
  reading.tokens.push(...rest.tokens);
  reading.text = rest.text;
  return reading;
}
