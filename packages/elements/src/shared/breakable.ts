import { html, type TemplateResult } from 'lit';

/**
 * A long string with no spaces (an email, a web address, a document number, a file name), allowed
 * to wrap after `@`, `.`, `/`, `-` and `_`, where a reader expects the break
 * (`minh.tuan@` / `binhson.example`), instead of mid-word. The text itself is unchanged: the break
 * opportunities are `<wbr>`, which copy and screen readers ignore.
 */
export function breakable(text: string): TemplateResult | string {
  const pieces = text.split(/(?<=[@./_-])(?=.)/);
  return pieces.length < 2 ? text : html`${pieces.map((piece, index) => (index === 0 ? piece : html`<wbr />${piece}`))}`;
}
