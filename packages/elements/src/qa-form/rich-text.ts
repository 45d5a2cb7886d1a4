import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LocalizedText } from '@vn-portal/schema';
import { busyWhile } from '../shared/lazy-part.js';
import { pickText } from '../shared/localized-text.js';
import type { PortalElement } from '../shared/portal-element.js';
import { sanitizeHtml } from '../shared/sanitize.js';
import type { Language } from '@vn-portal/schema';

/**
 * Editors' HTML (notices, answers), rendered once sanitized: each text is sanitized on first show
 * and kept, and the host re-renders when it is ready. Until then the host counts as busy: the
 * notices are part of what it shows.
 */
export class RichText {
  private readonly clean = new Map<string, string>();

  constructor(private readonly host: PortalElement) {}

  render(value: LocalizedText, locale: Language, part: string) {
    const { text, fallback } = pickText(value, locale);
    const clean = this.clean.get(text);
    if (clean === undefined) void this.sanitize(text);
    return html`<div class="rich" part=${part} lang=${fallback ? 'vi' : nothing}>${clean ? unsafeHTML(clean) : nothing}</div>`;
  }

  private async sanitize(text: string): Promise<void> {
    this.clean.set(text, '');
    try {
      this.clean.set(text, await busyWhile(this.host, sanitizeHtml(text)));
      this.host.requestUpdate();
    } catch {
      // The sanitizer could not be loaded (offline): tried again on the next render.
      this.clean.delete(text);
    }
  }
}
