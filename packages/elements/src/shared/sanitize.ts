/**
 * Sanitizes editor HTML (biographies, answers) before it is rendered. The server sanitizes it on
 * save too; this is the second layer, for whatever an API sends. HTML only: no SVG or MathML,
 * whose foreign-content parsing is where mutation XSS lives; no forms, styles or templates.
 * DOMPurify is loaded on first use only, so pages that never show rich text do not download it.
 */
export async function sanitizeHtml(dirty: string): Promise<string> {
  const { default: purify } = await import('dompurify');
  return purify.sanitize(dirty, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'template'],
    // srcset: a second URL list the server drops too, which could carry javascript: URLs.
    FORBID_ATTR: ['style', 'srcset'],
  });
}
