import { foldVietnamese, parseLegalDocNumber, readLegalCitation, type LegalCitationReading } from '@vn-portal/sdk/vietnamese';

/**
 * Words are runs of letters and digits; a run may be joined to the next by `/`, `-` or `.` with no
 * space, as in document numbers (`10/2024/QĐ-UBND`) and dates (`13/6/2011`). Such a compound is
 * indexed as every contiguous span of its parts, so that "10/2024", "qd-ubnd", "2024/qd-ubnd" and
 * "3069" all find their document without a separate number index.
 */
const compound = /[a-z0-9]+(?:[/.-][a-z0-9]+)*/g;

/** Parts beyond this are indexed as single words only: no real number has more, and spans grow as n². */
const maxCompoundParts = 6;

/**
 * The terms folded text is indexed under: its words, and every span of every compound. Order
 * follows the text, duplicates included, because the index counts them as term frequency.
 */
export function foldedTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const match of folded.matchAll(compound)) {
    // Alternating parts and separators: ["10", "/", "2024", "/", "qd", "-", "ubnd"].
    const pieces = match[0].split(/([/.-])/);
    const parts = (pieces.length + 1) / 2;
    const spanned = parts <= maxCompoundParts;
    for (let from = 0; from < pieces.length; from += 2) {
      let term = pieces[from] ?? '';
      terms.push(term);
      if (!spanned) continue;
      for (let to = from + 2; to < pieces.length; to += 2) {
        term += `${pieces[to - 1] ?? ''}${pieces[to] ?? ''}`;
        terms.push(term);
      }
    }
  }
  return terms;
}

/**
 * A document number as the index and relations know it: the SDK's folded form when it parses as
 * one (`01 /2014/QĐ-UBND` → `1/2014/qd-ubnd`: leading zeros are written or not at will), else
 * folded with the spaces around its separators dropped.
 */
export function numberKey(number: string): string {
  return parseLegalDocNumber(number)?.folded ?? foldVietnamese(number).trim().replace(/\s*([/-])\s*/g, '$1').replace(/\s+/g, ' ');
}

/** A query as the search runs it: the terms it requires, and the citation read in it. */
export interface ReadQuery {
  terms: string[];
  citation: LegalCitationReading;
}

/**
 * The terms a query requires, all of them (AND), and how it was read. A citation ("Nghị định số
 * 42/2022/NĐ-CP ngày …", "NĐ 42/2022", "ND72") is read by the SDK: its number, type, date and year
 * are taken out, and the words that only belong to it ("số", "ngày", "năm") are not required. Pieces
 * of document numbers ("10/2024", "QĐ-UBND", "42/2022/ND-CP") are folded like indexed numbers; each
 * is one term, so "42/2022/ND-CP" must match that whole number, not any document mentioning 2022.
 * The rest is words, and compounds such as dates ("13/6/2011"). Repeated terms count once.
 */
export function readQuery(query: string): ReadQuery {
  const citation = readLegalCitation(query);
  const terms = new Set(citation.tokens);
  for (const match of citation.text.matchAll(compound)) {
    // The SDK closes up spaced dashes ("kinh tế - xã hội" → "tế-xã"), which the indexed text
    // keeps apart, so words joined by a dash are required one by one.
    for (const piece of match[0].split('-')) {
      const parts = piece.split(/[/.]/);
      // Longer compounds were indexed word by word only (see indexTerms).
      for (const term of parts.length <= maxCompoundParts ? [piece] : parts) terms.add(term);
    }
  }
  return { terms: [...terms], citation };
}

/** The terms a query requires (see `readQuery`). */
export function queryTerms(query: string): string[] {
  return readQuery(query).terms;
}

/** The words of folded text as the phrase bonus compares them: its words and compounds, in order. */
export function phraseWords(folded: string): string[] {
  return [...folded.matchAll(compound)].map((match) => match[0]);
}
