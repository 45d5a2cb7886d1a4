/**
 * Sanitizes editor HTML (biographies, answers) before it is rendered. DOMPurify is loaded on first
 * use only, so pages that never show rich text do not download it.
 */
export async function sanitizeHtml(dirty: string): Promise<string> {
  const { default: purify } = await import('dompurify');
  return purify.sanitize(dirty, { FORBID_TAGS: ['style', 'form', 'input', 'button'], FORBID_ATTR: ['style'] });
}
