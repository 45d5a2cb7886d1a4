import type { FieldError, LocalizedText } from '@vn-portal/schema';
import sanitizeHtml from 'sanitize-html';
import { invalidFields } from '../http/problem.js';

/**
 * What editor HTML (biographies, answers, notices) may hold: structure, emphasis, lists, tables,
 * links and images, and nothing that runs or restyles the page. An allowlist: whatever is not
 * named here is dropped, with its content for `script`, `style` and the like.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'div', 'span',
    'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'abbr', 'cite', 'q', 'mark',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'a', 'img', 'figure', 'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    abbr: ['title'],
    ol: ['start'],
    '*': ['lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
};

/** Editor HTML with everything that could run or restyle the page removed. */
export function sanitizeEditorHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/**
 * Sanitizes each language of a rich text on save. Text made only of what was removed (a lone
 * `<script>`) is refused: a 422 at `path`, not an empty text saved.
 */
export function sanitizeLocalizedHtml(value: LocalizedText, path: string): LocalizedText {
  const errors: FieldError[] = [];
  const clean = (html: string, language: string) => {
    const sanitized = sanitizeEditorHtml(html);
    if (sanitized === '') errors.push({ path: `${path}.${language}`, code: 'unsafe-html', message: 'Nothing is left once the unsafe HTML is removed' });
    return sanitized;
  };
  const vi = clean(value.vi, 'vi');
  const en = value.en === undefined ? undefined : clean(value.en, 'en');
  if (errors.length > 0) throw invalidFields(errors);
  return { vi, ...(en === undefined ? {} : { en }) };
}
