// A module of its own: pages that only compose text to NFC need none of the folding tables.

/** Composes text to NFC, the form TCVN 6909:2001 text is stored and compared in. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
