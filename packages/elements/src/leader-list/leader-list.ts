import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Leader, LeaderList, LocalizedText, portalEndpoints } from '@vn-portal/schema';
import { portalRoutes } from '@vn-portal/schema/compact';
import { bindRoutes } from '@vn-portal/sdk';
import { formatDate } from '@vn-portal/sdk/vietnamese';
import { breakable } from '../shared/breakable.js';
import { liveRegion } from '../shared/announcer.js';
import { DataController } from '../shared/data-controller.js';
import { setJsonLd } from '../shared/json-ld.js';
import { localized, outdatedEnglishNote, pickText } from '../shared/localized-text.js';
import { str } from '../shared/localization.js';
import { PortalElement } from '../shared/portal-element.js';
import { sanitizeHtml } from '../shared/sanitize.js';
import { baseWrapper, renderStates } from '../shared/states.js';
import { portalStyles } from '../shared/styles.js';
import { leaderListStyles } from './leader-list.styles.js';
import { leaderVCard, telUri } from './vcard.js';
import type { Language } from '@vn-portal/schema';

export type LeaderListLayout = 'grid' | 'list' | 'table';

const leaderRoutes = { listLeaders: portalRoutes.listLeaders };

/**
 * The leaders of an agency (`agency`), or of the province, as the API lists them in protocol order:
 * photo, name, position and unit, term, duties, phone / mobile / fax / email links, the short
 * biography behind a disclosure button (sanitized), and a vCard per leader. Publishes schema.org
 * `Person` data as JSON-LD in its light DOM. Text with no English version is shown in Vietnamese,
 * marked `lang="vi"`.
 *
 * @summary The leaders of an agency in protocol order, with contacts, duties, biography and vCard.
 *
 * @fires {CustomEvent<VnErrorDetail>} vn-error - Bubbles, composed, not cancelable. Loading failed; `detail.error` is the SDK's `PortalError`.
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart list - The list of leaders (grid and list layouts).
 * @csspart leader - One leader's card.
 * @csspart photo - A leader's photo.
 * @csspart name - A leader's name.
 * @csspart outdated-english - Said after a position whose English is older than the Vietnamese (possibly outdated), in English only.
 * @csspart contacts - A leader's phone, fax and email links.
 * @csspart biography-button - The button that shows or hides the biography.
 * @csspart biography - The biography.
 * @csspart vcard - The vCard download link.
 * @csspart table - The table (table layout).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when the agency lists no leader.
 * @csspart error - The error message, with its retry button.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --vn-color-text - Text colour.
 * @cssproperty --vn-color-accent - Links, buttons and focus rings.
 * @cssproperty --vn-color-muted - Secondary text (unit, term).
 * @cssproperty --vn-color-border - Card and table borders.
 * @cssproperty --vn-color-surface - Card background.
 * @cssproperty --vn-color-skeleton - Loading placeholder.
 * @cssproperty --vn-radius - Corner radius.
 * @cssproperty --vn-gap - Space between cards.
 * @cssproperty --vn-line-height - Line height.
 * @cssproperty --vn-leader-card-min-width - Narrowest card in the grid layout (16rem).
 * @cssproperty --vn-leader-photo-size - Photo width (5rem).
 */
export class VnLeaderList extends PortalElement {
  static override styles = [portalStyles, leaderListStyles];
  static override properties = {
    layout: { reflect: true },
  };

  /** `grid` (cards), `list` (one card per row) or `table`. */
  declare layout: LeaderListLayout;

  private readonly leaders = new DataController<LeaderList>(this, ({ transport, agency, signal }) =>
    bindRoutes<Pick<typeof portalEndpoints, 'listLeaders'>>(transport, leaderRoutes).listLeaders({ agency }, { signal }),
  );

  /** Sanitized biographies by leader id and locale, filled when a biography is first opened. */
  private readonly biographies = new Map<string, string>();
  private readonly expanded = new Set<string>();

  constructor() {
    super();
    this.layout = 'grid';
  }

  protected override render(): TemplateResult {
    return baseWrapper(
      this.leaders,
      html`${renderStates(this.t, this.leaders, {
        skeleton: () => html`<div></div><div></div><div></div>`,
        isEmpty: (list) => list.items.length === 0,
        empty: () => this.t.msg('Chưa có thông tin lãnh đạo.'),
        ready: (list) => (this.layout === 'table' ? this.renderTable(list.items) : this.renderCards(list.items)),
      })}
      ${liveRegion()}`,
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const leaders = this.leaders.data?.items;
    setJsonLd(this, leaders && { '@graph': leaders.map((leader) => this.personData(leader)) });
    // Open biographies are sanitized on first show, and again in a newly chosen language.
    for (const leader of leaders ?? []) {
      if (leader.biography && this.expanded.has(leader.id)) void this.sanitizeBiography(leader, leader.biography, this.locale);
    }
  }

  private renderCards(leaders: Leader[]) {
    return html`<ul class="leaders" part="list">
      ${leaders.map(
        (leader) => html`<li class="leader" part="leader">
          ${leader.photo
            ? html`<img class="photo" part="photo" src=${leader.photo.url} loading="lazy" alt=${this.t.msg(str`Ảnh chân dung ${leader.fullName}`)}
                width=${leader.photo.width ?? nothing} height=${leader.photo.height ?? nothing} />`
            : nothing}
          <h3 part="name">${leader.fullName}</h3>
          <p>
            ${localized(leader.position, this.locale)}${leader.unit ? html`, ${localized(leader.unit, this.locale)}` : nothing}${outdatedEnglishNote(leader.languageUpdatedAt, this.t)}
          </p>
          ${this.renderTerm(leader)}
          ${leader.duties ? html`<p class="duties"><strong>${this.t.msg('Nhiệm vụ đảm nhiệm:')}</strong> ${localized(leader.duties, this.locale)}</p>` : nothing}
          ${this.renderContacts(leader)}
          <div class="actions">${this.renderBiographyButton(leader)} ${this.renderVCardLink(leader)}</div>
          ${this.renderBiography(leader)}
        </li>`,
      )}
    </ul>`;
  }

  private renderTable(leaders: Leader[]) {
    return html`<table part="table">
      <caption class="visually-hidden">${this.t.msg('Lãnh đạo')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t.msg('Họ và tên')}</th>
          <th scope="col">${this.t.msg('Chức vụ')}</th>
          <th scope="col">${this.t.msg('Liên hệ')}</th>
          <th scope="col">${this.t.msg('Danh thiếp')}</th>
        </tr>
      </thead>
      <tbody>
        ${leaders.map(
          (leader) => html`<tr part="leader">
            <th scope="row" part="name">${leader.fullName}</th>
            <td>${localized(leader.position, this.locale)}${outdatedEnglishNote(leader.languageUpdatedAt, this.t)}${this.renderTerm(leader)}</td>
            <td>${this.renderContacts(leader)}</td>
            <td>${this.renderVCardLink(leader)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderTerm({ term }: Leader) {
    if (!term?.from) return nothing;
    const from = formatDate(term.from, this.locale);
    const text = term.to ? this.t.msg(str`Nhiệm kỳ: ${from} – ${formatDate(term.to, this.locale)}`) : this.t.msg(str`Đảm nhiệm từ ${from}`);
    return html`<p class="muted">${text}</p>`;
  }

  private renderContacts(leader: Leader) {
    const phones: [string, string | undefined][] = [
      [this.t.msg('Điện thoại'), leader.phone],
      [this.t.msg('Di động'), leader.mobile],
      [this.t.msg('Fax'), leader.fax],
    ];
    const shown = phones.filter((entry): entry is [string, string] => entry[1] !== undefined);
    if (shown.length === 0 && !leader.email) return nothing;
    return html`<dl part="contacts">
      ${shown.map(([label, number]) => html`<dt>${label}</dt><dd><a href=${telUri(number)}>${number}</a></dd>`)}
      ${leader.email ? html`<dt>${this.t.msg('Thư điện tử')}</dt><dd><a href="mailto:${leader.email}">${breakable(leader.email)}</a></dd>` : nothing}
    </dl>`;
  }

  private renderBiographyButton(leader: Leader) {
    if (!leader.biography) return nothing;
    const open = this.expanded.has(leader.id);
    return html`<button type="button" part="biography-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="biography-${leader.id}"
      @click=${() => this.toggleBiography(leader)}>
      ${this.t.msg('Tiểu sử tóm tắt')}<span class="visually-hidden">: ${leader.fullName}</span>
    </button>`;
  }

  private renderBiography(leader: Leader) {
    if (!leader.biography) return nothing;
    const { fallback } = pickText(leader.biography, this.locale);
    const sanitized = this.biographies.get(`${leader.id}:${this.locale}`);
    return html`<div class="biography" part="biography" id="biography-${leader.id}" lang=${fallback ? 'vi' : nothing} ?hidden=${!this.expanded.has(leader.id)}>
      ${sanitized ? unsafeHTML(sanitized) : this.t.msg('Đang tải…')}
    </div>`;
  }

  private renderVCardLink(leader: Leader) {
    const card = leaderVCard(leader, pickText(leader.position, this.locale).text, leader.unit && pickText(leader.unit, this.locale).text);
    return html`<a part="vcard" href="data:text/vcard;charset=utf-8,${encodeURIComponent(card)}" download="${leader.fullName}.vcf">
      ${this.t.msg('Lưu danh bạ (vCard)')}<span class="visually-hidden">: ${leader.fullName}</span>
    </a>`;
  }

  private toggleBiography(leader: Leader): void {
    if (!this.expanded.delete(leader.id)) this.expanded.add(leader.id);
    this.requestUpdate();
  }

  private async sanitizeBiography(leader: Leader, biography: LocalizedText, locale: Language): Promise<void> {
    const key = `${leader.id}:${locale}`;
    if (this.biographies.has(key)) return;
    this.biographies.set(key, '');
    this.biographies.set(key, await sanitizeHtml(pickText(biography, locale).text));
    this.requestUpdate();
  }

  private personData(leader: Leader): object {
    return {
      '@type': 'Person',
      name: leader.fullName,
      jobTitle: pickText(leader.position, this.locale).text,
      ...(leader.unit ? { worksFor: { '@type': 'GovernmentOrganization', name: pickText(leader.unit, this.locale).text } } : {}),
      ...(leader.phone ? { telephone: leader.phone } : {}),
      ...(leader.fax ? { faxNumber: leader.fax } : {}),
      ...(leader.email ? { email: leader.email } : {}),
      ...(leader.photo ? { image: leader.photo.url } : {}),
    };
  }
}
