import type { ReactiveController } from 'lit';
import type { visitEndpoints } from '@vn-portal/schema';
import { visitRoutes } from '@vn-portal/schema/compact';
import { bindRoutes, randomToken, type Transport } from '@vn-portal/sdk';
import { transportFor } from '../shared/api.js';
import { resolveAgency, resolveApiBase } from '../shared/config.js';

const trackingRoutes = { recordVisit: visitRoutes.recordVisit, heartbeat: visitRoutes.heartbeat };
const api = (transport: Transport) => bindRoutes<Pick<typeof visitEndpoints, 'recordVisit' | 'heartbeat'>>(transport, trackingRoutes);

/** Automated browsers and crawlers are never counted (the server also classifies bots it is sent). */
const isAutomated = () => navigator.webdriver || /bot|crawl|spider|slurp|headless|lighthouse/i.test(navigator.userAgent);

// sessionStorage lives as long as the tab and survives reloads: what dedupes a reload. Browsers
// that refuse storage fall back to this page load's memory.
const recordedThisLoad = new Set<string>();
function firstTimeInSession(key: string): boolean {
  if (recordedThisLoad.has(key)) return false;
  recordedThisLoad.add(key);
  try {
    if (sessionStorage.getItem(key) !== null) return false;
    sessionStorage.setItem(key, '1');
  } catch {
    // Storage disabled: counted once per page load.
  }
  return true;
}

/** Random per tab, never a cookie: the server counts presence by it and stores no address. */
function tabSession(): string {
  const key = 'vn-portal:session';
  try {
    let session = sessionStorage.getItem(key);
    if (session === null) {
      session = randomToken();
      sessionStorage.setItem(key, session);
    }
    return session;
  } catch {
    return (tabSessionFallback ??= randomToken());
  }
}
let tabSessionFallback: string | undefined;

// Two counters on one page (a header badge and a footer block) are one visitor: for each API base,
// agency and kind of visitor, the first counter still on the page sends the heartbeats.
const beating = new Map<string, VisitTracker>();

export interface TrackingHost {
  apiBase: string | undefined;
  agency: string | undefined;
  noTrack: boolean;
  member: boolean;
  addController(controller: ReactiveController): void;
}

/**
 * Records the page view once per tab session and keeps a presence heartbeat while the tab is
 * visible; `onTick` runs on every heartbeat (the counter refreshes its figures then). Nothing runs
 * while the tab is hidden.
 */
export class VisitTracker implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: TrackingHost,
    private readonly intervalMs: () => number,
    private readonly onTick: () => void,
  ) {
    host.addController(this);
  }

  /** On the page: the counter that sends a page's heartbeats is the first one still on it. */
  connected = false;

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.recordView();
    if (document.visibilityState === 'visible') this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') {
      this.start();
      this.onTick();
    } else {
      this.stop();
    }
  };

  private recordView(): void {
    const target = this.target();
    if (!target) return;
    const path = location.pathname.slice(0, 2048);
    if (!firstTimeInSession(`vn-portal:visit:${target.apiBase}:${target.agency ?? ''}:${path}`)) return;
    api(target.transport)
      .recordVisit({ body: { agency: target.agency, path, title: document.title.slice(0, 500) || undefined, member: this.host.member } })
      .catch(() => undefined);
  }

  /** Where to send tracking, or nothing when this visitor must not be tracked. */
  private target() {
    const apiBase = resolveApiBase(this.host.apiBase);
    if (apiBase === undefined || this.host.noTrack || isAutomated()) return undefined;
    return { apiBase, agency: resolveAgency(this.host.agency), transport: transportFor(apiBase) };
  }

  private start(): void {
    this.stop();
    this.beat();
    this.timer = setInterval(() => {
      this.beat();
      this.onTick();
    }, this.intervalMs());
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private beat(): void {
    const target = this.target();
    if (!target) return;
    const key = `${target.apiBase}\n${target.agency ?? ''}\n${String(this.host.member)}`;
    const beater = beating.get(key);
    if (beater !== undefined && beater !== this && beater.connected) return;
    beating.set(key, this);
    api(target.transport)
      .heartbeat({ body: { agency: target.agency, session: tabSession(), member: this.host.member } })
      .catch(() => undefined);
  }
}
