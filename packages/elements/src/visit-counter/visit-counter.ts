import { html, nothing, type TemplateResult } from 'lit';
import type { VisitStats, visitEndpoints } from '@vn-portal/schema';
import { visitRoutes } from '@vn-portal/schema/compact';
import { bindRoutes } from '@vn-portal/sdk';
import { formatNumber } from '@vn-portal/sdk/vietnamese';
import { resolveAgency, resolveApiBase } from '../shared/config.js';
import { DataController } from '../shared/data-controller.js';
import { str } from '../shared/localization.js';
import { PageResource, resourceKey } from '../shared/page-resource.js';
import { PortalElement } from '../shared/portal-element.js';
import { baseWrapper, renderStates } from '../shared/states.js';
import { portalStyles } from '../shared/styles.js';
import { visitCounterStyles } from './visit-counter.styles.js';
import { VisitTracker } from './visit-tracking.js';

export type VisitCounterLayout = 'full' | 'compact' | 'badge';

const statsRoutes = { getVisitStats: visitRoutes.getVisitStats };

/**
 * Counts one view per page per tab session (reloads are not counted again), never counts automated
 * browsers, and sends a presence heartbeat every minute while the tab is visible (none while it is
 * hidden). No cookie is set.
 *
 * @summary Records the page view and shows who is online and how many visits the portal has had.
 *
 * @fires {CustomEvent<VnErrorDetail>} vn-error - Bubbles, composed, not cancelable. Loading the figures failed; `detail.error` is the SDK's `PortalError`.
 *
 * @csspart base - The wrapper.
 * @csspart stats - The list of figures.
 * @csspart label - A figure's label.
 * @csspart value - A figure's value.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error message, with its retry button.
 * @csspart retry-button - The button that loads again after an error.
 *
 * @cssproperty --vn-color-text - Text colour.
 * @cssproperty --vn-color-accent - Buttons, focus rings and the badge.
 * @cssproperty --vn-color-muted - Labels.
 * @cssproperty --vn-color-border - Border of the badge and of messages.
 * @cssproperty --vn-color-skeleton - Loading placeholder.
 * @cssproperty --vn-radius - Corner radius.
 * @cssproperty --vn-line-height - Line height.
 */
export class VnVisitCounter extends PortalElement {
  static override styles = [portalStyles, visitCounterStyles];
  static override properties = {
    layout: { reflect: true },
    noTrack: { type: Boolean, attribute: 'no-track' },
    member: { type: Boolean },
    showToday: { type: Boolean, attribute: 'show-today' },
    showMonth: { type: Boolean, attribute: 'show-month' },
  };

  /** Milliseconds between heartbeats and refreshes while the tab is visible. */
  static refreshInterval = 60_000;

  /** `full` (as the portals show it), `compact` (one line) or `badge` (total visits only). */
  declare layout: VisitCounterLayout;
  /** Shows the figures without recording this view or this visitor's presence. */
  declare noTrack: boolean;
  /** The visitor is signed in to the host site: counted among members, not guests. */
  declare member: boolean;
  /** Adds today's visits. */
  declare showToday: boolean;
  /** Adds this month's visits. */
  declare showMonth: boolean;

  private readonly stats = new DataController<VisitStats>(this, async ({ transport, agency, signal }) => {
    const stats = await bindRoutes<Pick<typeof visitEndpoints, 'getVisitStats'>>(transport, statsRoutes).getVisitStats({ agency }, { signal });
    this.inStep.publish(stats, this.statsKey(agency));
    return stats;
  });
  /** Other counters of the same agency on the page: the figures one refreshes show in all. */
  private readonly inStep = new PageResource<VisitStats>(this, () => this.statsKey(resolveAgency(this.agency)), (stats) => this.takeStats(stats));

  constructor() {
    super();
    this.layout = 'full';
    this.noTrack = false;
    this.member = false;
    this.showToday = false;
    this.showMonth = false;
    new VisitTracker(this, () => VnVisitCounter.refreshInterval, () => void this.stats.reload());
  }

  private statsKey(agency: string | undefined): string | undefined {
    const apiBase = resolveApiBase(this.apiBase);
    return apiBase === undefined ? undefined : resourceKey(apiBase, 'visit-stats', agency ?? '');
  }

  private takeStats(stats: VisitStats): void {
    if (this.stats.data === undefined) return;
    this.stats.data = stats;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    return baseWrapper(
      this.stats,
      html`${renderStates(this.t, this.stats, {
        skeleton: () => html`<div></div>`,
        isEmpty: () => false,
        empty: () => '',
        ready: (stats) => this.renderStats(stats),
      })}`,
    );
  }

  private renderStats(stats: VisitStats) {
    const n = (value: number) => formatNumber(value, this.locale);
    const { guests, members, total } = stats.online;
    const figure = (label: string, value: string | TemplateResult, hideLabel = false) =>
      html`<div><dt part="label" class=${hideLabel ? 'visually-hidden' : nothing}>${label}</dt><dd part="value">${value}</dd></div>`;
    if (this.layout === 'badge') return html`<dl part="stats">${figure(this.t.msg('Tổng lượt truy cập'), n(stats.total), true)}</dl>`;
    return html`<dl part="stats">
      ${this.layout === 'compact'
        ? figure(this.t.msg('Người trực tuyến'), n(total))
        : figure(this.t.msg('Người trực tuyến'), this.t.msg(str`Khách ${n(guests)}, Thành viên ${n(members)}, Tổng ${n(total)}`))}
      ${figure(this.t.msg('Tổng lượt truy cập'), n(stats.total))}
      ${this.showToday ? figure(this.t.msg('Hôm nay'), n(stats.today)) : nothing}
      ${this.showMonth ? figure(this.t.msg('Tháng này'), n(stats.month)) : nothing}
    </dl>`;
  }
}
