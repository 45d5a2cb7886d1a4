import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LocalizedText, portalEndpoints } from '@vn-portal/schema';
import { portalRoutes } from '@vn-portal/schema/compact';
import { bindRoutes } from '@vn-portal/sdk';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { announce, liveRegion } from '../shared/announcer.js';
import { DataController } from '../shared/data-controller.js';
import { setJsonLd } from '../shared/json-ld.js';
import { localized, pickText } from '../shared/localized-text.js';
import { str } from '../shared/localization.js';
import { PortalElement } from '../shared/portal-element.js';
import { baseWrapper, renderStates } from '../shared/states.js';
import { portalStyles } from '../shared/styles.js';
import { formatCitation } from './citation.js';
import { sourceCreditStyles } from './source-credit.styles.js';

/** The province's credit: its wording, and the portal it names. */
interface Credit {
  line: LocalizedText;
  portalName: LocalizedText | undefined;
  portalUrl: string | undefined;
}

const creditRoutes = { getPortal: portalRoutes.getPortal };

/**
 * The wording comes from the API (`GET /portal`), or from the `wording` attribute on a page that
 * works offline. With `for="article-id"`, text copied from that element carries the credit.
 *
 * @summary The credit line the province requires wherever portal content is reused, with a
 * "Copy citation" button and structured data.
 *
 * @fires {CustomEvent<VnCopyDetail>} vn-copy - Bubbles, composed, not cancelable. The citation was copied; `detail` has the `text` and `html` put on the clipboard.
 * @fires {CustomEvent<VnErrorDetail>} vn-error - Bubbles, composed, not cancelable. Loading the wording failed; `detail.error` is the SDK's `PortalError`.
 *
 * @csspart base - The wrapper.
 * @csspart line - The credit line.
 * @csspart details - Author, original title and date.
 * @csspart copy-button - The "Copy citation" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message, with its retry button.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --vn-color-text - Text colour.
 * @cssproperty --vn-color-accent - Links, button and focus ring.
 * @cssproperty --vn-color-muted - Author, title and date.
 * @cssproperty --vn-color-border - Border of messages.
 * @cssproperty --vn-color-skeleton - Loading placeholder.
 * @cssproperty --vn-radius - Corner radius of the button.
 * @cssproperty --vn-line-height - Line height.
 */
export class VnSourceCredit extends PortalElement {
  static override styles = [portalStyles, sourceCreditStyles];
  static override properties = {
    author: {},
    sourceTitle: { attribute: 'source-title' },
    sourceUrl: { attribute: 'source-url' },
    date: {},
    htmlFor: { attribute: 'for' },
    wording: {},
    portalUrl: { attribute: 'portal-url' },
  };

  /** Author of the original article. */
  declare author: string | undefined;
  /** Title of the original article. */
  declare sourceTitle: string | undefined;
  /** Address of the original article. */
  declare sourceUrl: string | undefined;
  /** Publication date of the original, `YYYY-MM-DD` or ISO date-time. */
  declare date: string | undefined;
  /** Id of the element (the article) whose copied text gets the credit appended. */
  declare htmlFor: string | undefined;
  /** The credit line in the province's own words, for use without the API (Vietnamese). */
  declare wording: string | undefined;
  /** The portal's address, linked from the credit line, for use without the API. */
  declare portalUrl: string | undefined;

  private readonly credit = new DataController<Credit>(
    this,
    async ({ transport, signal }) => {
      const portal = await bindRoutes<Pick<typeof portalEndpoints, 'getPortal'>>(transport, creditRoutes).getPortal({}, { signal });
      return { line: portal.credit.line, portalName: portal.name, portalUrl: portal.url };
    },
    () => (this.wording ? { line: { vi: this.wording }, portalName: undefined, portalUrl: this.portalUrl } : undefined),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('copy', this.onDocumentCopy);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('copy', this.onDocumentCopy);
  }

  protected override render(): TemplateResult {
    return baseWrapper(
      this.credit,
      html`${renderStates(this.t, this.credit, {
        skeleton: () => html`<div></div>`,
        isEmpty: () => false,
        empty: () => '',
        ready: (credit) => this.renderCredit(credit),
      })}
      ${liveRegion()}`,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const credit = this.credit.data;
    setJsonLd(this, credit && this.structuredData(credit));
  }

  private renderCredit(credit: Credit) {
    const line = localized(credit.line, this.locale);
    const date = this.formattedDate();
    const original = this.sourceTitle ?? this.sourceUrl;
    return html`<p part="line">${credit.portalUrl ? html`<a href=${credit.portalUrl}>${line}</a>` : line}</p>
      ${this.author || original || date
        ? html`<p part="details" class="details">
            ${this.author ? html`<span>${this.t.msg(str`Tác giả: ${this.author}`)}</span>` : nothing}
            ${original ? html`<span>${this.t.msg('Bài gốc:')} ${this.sourceUrl ? html`<a href=${this.sourceUrl}>${original}</a>` : original}</span>` : nothing}
            ${date && this.date ? html`<span>${this.t.msg('Ngày đăng:')} <time datetime=${this.date}>${date}</time></span>` : nothing}
          </p>`
        : nothing}
      <button type="button" part="copy-button" @click=${() => this.copyCitation(credit)}>${this.t.msg('Sao chép trích dẫn')}</button>`;
  }

  private formattedDate(): string | undefined {
    try {
      return this.date ? formatDate(this.date, this.locale) : undefined;
    } catch {
      // A malformed date attribute is left out rather than breaking the credit.
      return undefined;
    }
  }

  private citation(credit: Credit) {
    return formatCitation({
      line: pickText(credit.line, this.locale).text,
      portalUrl: credit.portalUrl,
      author: this.author,
      title: this.sourceTitle,
      url: this.sourceUrl,
      date: this.formattedDate(),
    });
  }

  private async copyCitation(credit: Credit): Promise<void> {
    const citation = this.citation(credit);
    try {
      const blob = (text: string, type: string) => new Blob([text], { type });
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(citation.text, 'text/plain'), 'text/html': blob(citation.html, 'text/html') })]);
      announce(this.renderRoot, this.t.msg('Đã sao chép trích dẫn.'));
      this.emit('vn-copy', citation);
    } catch {
      announce(this.renderRoot, this.t.msg('Không sao chép được trích dẫn. Hãy chọn dòng ghi nguồn và sao chép.'));
    }
  }

  /** Appends the credit to text copied from the guarded element, as plain text and HTML. */
  private readonly onDocumentCopy = (event: ClipboardEvent) => {
    const guarded = this.htmlFor ? document.getElementById(this.htmlFor) : null;
    const selection = document.getSelection();
    const credit = this.credit.data;
    if (!guarded || !credit || !event.clipboardData || !selection || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!guarded.contains(range.commonAncestorContainer)) return;
    const copied = document.createElement('div');
    copied.append(range.cloneContents());
    const citation = this.citation(credit);
    event.clipboardData.setData('text/plain', `${selection.toString()}\n\n${citation.text}`);
    event.clipboardData.setData('text/html', `${copied.innerHTML}${citation.html}`);
    event.preventDefault();
  };

  private structuredData(credit: Credit): object {
    const line = pickText(credit.line, this.locale).text;
    const original = {
      '@type': 'CreativeWork',
      ...(this.sourceTitle ? { name: this.sourceTitle } : {}),
      ...(this.sourceUrl ? { url: this.sourceUrl } : {}),
      ...(this.author ? { author: { '@type': 'Person', name: this.author } } : {}),
      ...(this.date ? { datePublished: this.date } : {}),
    };
    return {
      '@type': 'CreativeWork',
      creditText: line,
      ...(credit.portalName || credit.portalUrl
        ? { sourceOrganization: { '@type': 'GovernmentOrganization', name: credit.portalName ? pickText(credit.portalName, this.locale).text : line, ...(credit.portalUrl ? { url: credit.portalUrl } : {}) } }
        : {}),
      ...(Object.keys(original).length > 1 ? { isBasedOn: original } : {}),
    };
  }
}
