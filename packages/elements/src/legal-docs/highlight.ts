import { html, type TemplateResult } from 'lit';
import type { LegalDocumentSearchResult } from '@vn-portal/schema';
import { foldVietnamese } from '@vn-portal/sdk/vietnamese';

const word = /[a-z0-9]+/g;
/** Words of a citation ("số", "ngày", "tháng", "năm"): when the server read one, they are not words of the title. */
const citationWords = new Set(['so', 'ngay', 'thang', 'nam']);

/**
 * The folded words to highlight in the results of a search: the query's, or its corrected words
 * when the server corrected them, without those of a citation it read.
 */
export function highlightedWords(q: string, result: Pick<LegalDocumentSearchResult, 'reading' | 'didYouMean'>): Set<string> {
  const words = new Set([...foldVietnamese(`${q} ${result.didYouMean ?? ''}`).matchAll(word)].map((match) => match[0]));
  if (result.reading) for (const citation of citationWords) words.delete(citation);
  return words;
}

/**
 * Text with the given folded words marked, matched whole and whatever their accents: folding keeps
 * every letter of NFC text in its place, so a word found in the folded text is marked in the text
 * as written. `<mark>` around whole words leaves the text read as one by screen readers.
 */
export function highlight(text: string, words: ReadonlySet<string>): string | TemplateResult {
  const folded = foldVietnamese(text);
  if (words.size === 0 || folded.length !== text.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let from = 0;
  for (const match of folded.matchAll(word)) {
    if (!words.has(match[0])) continue;
    const start = match.index;
    const end = start + match[0].length;
    parts.push(text.slice(from, start), html`<mark>${text.slice(start, end)}</mark>`);
    from = end;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return html`${parts}`;
}
