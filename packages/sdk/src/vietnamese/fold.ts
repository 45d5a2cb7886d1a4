/** Composes text to NFC, the form TCVN 6909:2001 text is stored and compared in. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Folds text for search: lower case, diacritics removed and đ→d, so "quyet dinh" matches
 * "Quyết định" and "Đắk Lắk" matches "dak lak". Works on NFC and NFD input alike. Each letter of
 * NFC Vietnamese text folds to one letter, so a match found in the folded text can be highlighted at
 * the same positions in the NFC original.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}
