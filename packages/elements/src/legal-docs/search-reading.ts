import { html, nothing, type TemplateResult } from 'lit';
import type { LegalDocumentSearchResult } from '@vn-portal/schema';
import { str, type Translator } from '../shared/localization.js';

// Loaded with the first search that has words: a register shown without one (the newest documents,
// filters alone, the sidebar list) never needs the notices nor the marking of words.
export { highlight, highlightedWords } from './highlight.js';

/** How the server read the query: the citation it recognised, closest matches, a correction (a link made by `correction`). */
export function readingNotices(t: Translator, { reading, match, didYouMean }: LegalDocumentSearchResult, correction: (q: string) => unknown): TemplateResult {
  const year = reading?.year === undefined ? undefined : String(reading.year);
  // A date read comes with its year, which is what ranks.
  const citation = reading?.number ? t.msg(str`Tìm văn bản số ${reading.number}`) : year ? t.msg(str`Ưu tiên văn bản ban hành năm ${year}`) : undefined;
  return html`${citation ? html`<p class="reading" part="reading">${citation}</p>` : nothing}
  ${match === 'most' ? html`<p class="closest" part="closest-notice">${t.msg('Không có văn bản chứa đủ mọi từ; đây là các văn bản gần nhất.')}</p>` : nothing}
  ${didYouMean ? html`<p class="did-you-mean" part="did-you-mean">${t.msg('Có phải bạn muốn tìm:')} ${correction(didYouMean)}</p>` : nothing}`;
}
