import type { ReactiveController } from 'lit';
import { PortalError, type Transport } from '@vn-portal/sdk';
import { transportFor } from './api.js';
import { resolveAgency, resolveApiBase } from './config.js';
import type { PortalElement } from './portal-element.js';
import { retryKeepingFocus } from './states.js';

/** What a loader gets: the page's shared transport, the resolved agency, and a signal for cancellation. */
export interface LoadContext {
  transport: Transport;
  agency: string | undefined;
  signal: AbortSignal;
}

/**
 * Loads an element's data and keeps its state: `loading` (the element shows a skeleton and sets
 * `aria-busy`), `data`, `error`. Reloads when the API base or agency changes (attribute or
 * `VnPortal.configure()`). A failed refresh keeps the data it had: stale data beats a blank widget.
 * Every failure fires `vn-error` on the host.
 */
export class DataController<T> implements ReactiveController {
  data: T | undefined;
  error: PortalError | undefined;
  loading = false;
  /** No API base anywhere: the page forgot the attribute, `configure()` and the meta tag. */
  unconfigured = false;
  private key: string | undefined;
  private abort: AbortController | undefined;
  private pending: Promise<void> | undefined;

  /**
   * @param loader fetches the data through the page's shared transport.
   * @param local data the element already has without the API (e.g. from its attributes); while it
   *   returns something, nothing is fetched.
   */
  constructor(
    private readonly host: PortalElement,
    private readonly loader: (context: LoadContext) => Promise<T>,
    private readonly local?: () => T | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const local = this.local?.();
    if (local !== undefined) {
      this.abort?.abort();
      this.data = local;
      this.error = undefined;
      this.loading = false;
      this.unconfigured = false;
      this.key = undefined;
      return;
    }
    const apiBase = resolveApiBase(this.host.apiBase);
    const agency = resolveAgency(this.host.agency);
    const key = apiBase === undefined ? undefined : `${apiBase}\n${agency ?? ''}`;
    if (key === this.key && (key !== undefined || this.unconfigured)) return;
    this.key = key;
    this.data = undefined;
    this.unconfigured = apiBase === undefined;
    if (apiBase === undefined) {
      this.fail(new PortalError('validation', 'No API base: set the api-base attribute, VnPortal.configure() or <meta name="vn-portal:api">'));
      return;
    }
    void this.load(apiBase, agency);
  }

  hostDisconnected(): void {
    // An element removed while loading loads again if it comes back.
    if (this.loading) this.key = undefined;
    this.abort?.abort();
  }

  /**
   * Loads again, keeping the current data on screen until the new data arrives. A reload asked
   * for while one is under way joins it (a slow API must not be asked again and again).
   */
  reload(): Promise<void> {
    const apiBase = resolveApiBase(this.host.apiBase);
    if (apiBase === undefined) return Promise.resolve();
    return this.loading && this.pending ? this.pending : this.load(apiBase, resolveAgency(this.host.agency));
  }

  /**
   * Loads again because what the loader asks for has changed (a new search, another document):
   * unlike `reload()`, a load under way is stale, so it is aborted instead of joined.
   */
  restart(): Promise<void> {
    const apiBase = resolveApiBase(this.host.apiBase);
    return apiBase === undefined ? Promise.resolve() : this.load(apiBase, resolveAgency(this.host.agency));
  }

  /**
   * Reload asked for by the user (the Retry button). The button goes away with the error, so
   * focus moves to the element's content instead of being dropped on the page.
   */
  retry(): Promise<void> {
    return retryKeepingFocus(this.host, () => this.reload());
  }

  private load(apiBase: string, agency: string | undefined): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loading = true;
    this.host.requestUpdate();
    return (this.pending = this.fetch(apiBase, agency, abort));
  }

  private async fetch(apiBase: string, agency: string | undefined, abort: AbortController): Promise<void> {
    try {
      this.data = await this.loader({ transport: transportFor(apiBase), agency, signal: abort.signal });
      this.error = undefined;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error instanceof PortalError ? error : new PortalError('network', String(error), { cause: error }));
    } finally {
      if (this.abort === abort) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  private fail(error: PortalError): void {
    this.error = error;
    this.host.emit('vn-error', { error });
  }
}
