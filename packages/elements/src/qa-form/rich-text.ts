import { html, nothing, type ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LocalizedText } from '@vn-portal/schema';
import { pickText } from '../shared/localized-text.js';
import type { PortalLocale } from '../shared/localization.js';
import { sanitizeHtml } from '../shared/sanitize.js';

/**
 * Editors' HTML (notices, answers), rendered once sanitized: each text is sanitized on first show
 * and kept, and the host re-renders when it is ready.
 */
export class RichText {
  private readonly clean = new Map<string, string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  render(value: LocalizedText, locale: PortalLocale, part: string) {
    const { text, fallback } = pickText(value, locale);
    const clean = this.clean.get(text);
    if (clean === undefined) void this.sanitize(text);
    return html`<div class="rich" part=${part} lang=${fallback ? 'vi' : nothing}>${clean ? unsafeHTML(clean) : nothing}</div>`;
  }

  private async sanitize(text: string): Promise<void> {
    this.clean.set(text, '');
    try {
      this.clean.set(text, await sanitizeHtml(text));
      this.host.requestUpdate();
    } catch {
      // The sanitizer could not be loaded (offline): tried again on the next render.
      this.clean.delete(text);
    }
  }
}
