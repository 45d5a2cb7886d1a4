import { escapeHtml } from '@vn-portal/sdk';

/** What a credit cites: the province's wording and portal, and the original article when given. */
export interface CitationParts {
  line: string;
  portalUrl: string | undefined;
  author: string | undefined;
  title: string | undefined;
  url: string | undefined;
  /** Already formatted for the reader's language. */
  date: string | undefined;
}

const link = (text: string, href: string | undefined) => (href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text));

/** The citation as plain text and as HTML, for the clipboard: "Theo …. Tác giả. “Tiêu đề”. URL. Ngày." */
export function formatCitation(parts: CitationParts): { text: string; html: string } {
  const title = parts.title && `“${parts.title}”`;
  const text = [parts.line, parts.author, title, parts.url, parts.date].filter(Boolean).join('. ');
  const html = [
    link(parts.line, parts.portalUrl),
    parts.author && escapeHtml(parts.author),
    title && link(title, parts.url),
    !title && parts.url ? link(parts.url, parts.url) : undefined,
    parts.date && escapeHtml(parts.date),
  ]
    .filter(Boolean)
    .join('. ');
  return { text, html: `<p>${html}</p>` };
}
