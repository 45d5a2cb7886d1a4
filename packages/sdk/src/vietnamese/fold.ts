const combiningMarks = /[\u0300-\u036f]/g;
const beyondAscii = /[\u0080-\uffff]/;

/*
 * What copying from PDFs and old systems puts in place of Vietnamese letters and spaces: ƣ/Ƣ
 * (U+01A3/U+01A2, "oi", which fonts of the TCVN3 era drew as ư), ð/Ð (Latin eth, the look-alike of
 * đ/Đ that Windows-1258 text read as Latin-1 shows), and non-breaking spaces of every width.
 */
const lookAlikes = /[\u01a2\u01a3\u00d0\u00f0\u00a0\u2007\u202f]/g;
const lookAlikeChars = '\u01a2\u01a3\u00d0\u00f0\u00a0\u2007\u202f';
/** What each look-alike stands for, written and folded, at its place in `lookAlikeChars`. */
const replace = (by: string) => (char: string) => by[lookAlikeChars.indexOf(char)] ?? char;
const asWritten = replace('ƯưĐđ   ');
const asFolded = replace('uudd   ');
// Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens: invisible, and
// inside a word they split it in two.
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Look-alike letters and non-breaking spaces replaced, invisible characters dropped (see `cleanPastedText`). */
export function replaceLookAlikes(text: string): string {
  return text.replace(invisible, '').replace(lookAlikes, asWritten);
}

/**
 * Folds text for search: lower case, diacritics removed and đ→d, so "quyet dinh" matches
 * "Quyết định" and "Đắk Lắk" matches "dak lak". Works on NFC and NFD input alike, and folds the
 * look-alikes of PDF text (ƣ, ð, non-breaking spaces) as the letters they stand for. Each letter of
 * NFC Vietnamese text folds to one letter, so a match found in the folded text can be highlighted
 * at the same positions in the NFC original.
 */
export function foldVietnamese(text: string): string {
  // Most queries and many words are plain ASCII: nothing to decompose or replace.
  if (!beyondAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    // One letter for one, as folding keeps positions.
    .replace(lookAlikes, asFolded)
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}
