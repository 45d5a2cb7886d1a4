import { html, type TemplateResult } from 'lit';
import { PortalError } from '@vn-portal/sdk';
import type { PortalElement } from './portal-element.js';
import { errorState, errorText, loadingState, retryButton, retryKeepingFocus } from './states.js';

/** How many parts each element shows as loading: it is busy (`aria-busy`) while any is. */
const waiting = new WeakMap<PortalElement, number>();

const count = (host: PortalElement, change: number) => waiting.set(host, (waiting.get(host) ?? 0) + change);

/** Counts `host` busy until `work` settles: content still on its way (rich text waiting for its sanitizer). */
export async function busyWhile<T>(host: PortalElement, work: Promise<T>): Promise<T> {
  count(host, 1);
  try {
    return await work;
  } finally {
    count(host, -1);
  }
}

/**
 * A secondary part of an element (a view, a form) whose code is a chunk of its own, fetched with
 * `import()` when the part is first shown, or ahead of that with `prefetch()`: a visitor who never
 * opens it never downloads it. Shown before it is there, the part is the kit's loading state and
 * the element counts as busy; once it is there, the element renders again, with it. If that fetch
 * fails (offline), the element fires `vn-error` and the part shows the network error with Retry;
 * the next render, Retry's or any other, fetches again.
 */
export class LazyPart<T> {
  /** The part, once loaded. */
  value: T | undefined;
  private loading: Promise<T> | undefined;
  /** The loading state is on screen. */
  private shown = false;
  /** Why the fetch the loading state waited for failed, until a render has said so. */
  private failure: PortalError | undefined;

  /**
   * @param load imports the part's module and makes this element's part from it; the browser
   *   fetches a module once, however many elements import it.
   */
  constructor(
    private readonly host: PortalElement,
    private readonly load: () => Promise<T>,
  ) {}

  /** Whether `host` shows any of its parts as loading; asked once they are rendered (`baseWrapper`'s last argument). */
  static busy(host: PortalElement): boolean {
    return Boolean(waiting.get(host));
  }

  /** The part, fetched if it is not there yet. */
  get(): Promise<T> {
    return (this.loading ??= this.fetch());
  }

  /** Starts fetching the part ahead of its first render. */
  prefetch(): void {
    this.get().catch(() => undefined);
  }

  /** The part as `view` renders it, once loaded; until then the loading state, with the fetch started. */
  render(view: (part: T) => TemplateResult): TemplateResult {
    if (this.value !== undefined) return view(this.value);
    const { failure } = this;
    this.failure = undefined;
    if (failure) return errorState(errorText(this.host.t, failure), retryButton(this.host.t, false, () => retryKeepingFocus(this.host, () => this.retry())));
    if (!this.shown) count(this.host, 1);
    this.shown = true;
    this.prefetch();
    return loadingState(this.host.t, html`<div></div>`);
  }

  private retry(): Promise<unknown> {
    this.host.requestUpdate();
    return this.get().catch(() => undefined);
  }

  private async fetch(): Promise<T> {
    try {
      const value = (this.value = await this.load());
      this.settle();
      return value;
    } catch (error) {
      this.loading = undefined;
      const failure = new PortalError('network', 'A part of the element could not be loaded', { cause: error });
      // Said if the visitor was waiting for the part; a failed prefetch is tried again when the part is shown.
      if (this.shown) {
        this.failure = failure;
        this.host.emit('vn-error', { error: failure });
        this.settle();
      }
      throw failure;
    }
  }

  /** The wait is over: the element renders again, with the part or with why it is missing. */
  private settle(): void {
    if (this.shown) count(this.host, -1);
    this.shown = false;
    this.host.requestUpdate();
  }
}
