import { foldVietnamese } from './fold.js';

/**
 * Abbreviations of document types as they appear in a number's symbol (ký hiệu), in their official
 * spelling: normative documents (Luật Ban hành văn bản quy phạm pháp luật) and the administrative
 * ones of Nghị định 30/2020/NĐ-CP, appendix III. Kept so that a number typed without diacritics
 * ("42/2022/ND-CP") gets its canonical spelling back, and so that a type can be told from an issuer.
 */
const documentTypes = [
  // normative
  'NĐ', 'TT', 'TTLT', 'NQ', 'NQLT', 'QĐ', 'CT', 'L', 'SL', 'PL',
  // administrative
  'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ',
  'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB',
];

/** Issuers whose abbreviation contains Đ, often typed as D. */
const issuersWithD = ['HĐND', 'BGDĐT', 'BKHĐT', 'BLĐTBXH'];

// The National Assembly and its Standing Committee sign laws and ordinances with the legislature
// number in place of a type (91/2025/QH15, 02/2022/UBTVQH15).
const legislatureSymbol = /^(?:UBTV)?QH\d{1,2}$/i;

function spellingsByFolded(spellings: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const spelling of spellings) {
    const key = foldVietnamese(spelling);
    map.set(key, [...(map.get(key) ?? []), spelling]);
  }
  return map;
}

let typeSpellings: Map<string, string[]> | undefined;
let issuerSpellings: Map<string, string[]> | undefined;

/**
 * The official spelling of a symbol part, given as typed: diacritics restored when only one known
 * abbreviation folds to it (ND → NĐ, but HD stays HD, as HĐ is another type), upper case otherwise.
 */
function canonicalSpelling(part: string, known: Map<string, string[]>): string {
  const typed = part.toUpperCase();
  const candidates = known.get(foldVietnamese(part)) ?? [];
  if (candidates.length === 1) return candidates[0] ?? typed;
  return candidates.find((candidate) => candidate.toUpperCase() === typed) ?? typed;
}

/** The canonical spelling of a document type abbreviation, or undefined when `part` is not one. */
export function documentTypeSymbol(part: string): string | undefined {
  if (legislatureSymbol.test(part)) return part.toUpperCase();
  typeSpellings ??= spellingsByFolded(documentTypes);
  return typeSpellings.has(foldVietnamese(part)) ? canonicalSpelling(part, typeSpellings) : undefined;
}

/** The canonical spelling of an issuer abbreviation (`ubnd` → `UBND`, `HDND` → `HĐND`). */
export function issuerSymbol(part: string): string {
  issuerSpellings ??= spellingsByFolded(issuersWithD);
  return canonicalSpelling(part, issuerSpellings);
}
