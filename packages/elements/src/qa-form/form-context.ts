import { PortalError } from '@vn-portal/sdk';
import { announce } from '../shared/announcer.js';
import { transportFor } from '../shared/api.js';
import { resolveAgency, resolveApiBase } from '../shared/config.js';
import { explainOriginRefusal } from '../shared/origin-refusal.js';
import { qaApi, type QaApi } from './qa-api.js';
import type { QaFormView, VnQaForm } from './qa-form.js';
import { RichText } from './rich-text.js';

type Replies = typeof import('./form-replies.js');

let repliesModule: Promise<Replies> | undefined;

/** A form's submission: whether one is on its way, and why the last one failed. */
export interface Submitting {
  busy: boolean;
  failure?: PortalError;
}

/** What the element's views share, kept off the element so that its public API stays its attributes. */
export class QaFormContext {
  readonly richText: RichText;
  /** The checks and replies, once loaded: what renders the problems found, the receipt, a status. */
  replies: Replies | undefined;

  constructor(
    readonly host: VnQaForm,
    /** The views the element shows, and the way to the tracking view with a code filled in. */
    readonly views: { shown: () => QaFormView[]; track: (trackingCode: string) => Promise<void> },
  ) {
    this.richText = new RichText(host);
  }

  get locale() {
    return this.host.locale;
  }

  /** The element's translator, for the text the views make. */
  get t() {
    return this.host.t;
  }

  get legalDocsUrl() {
    return this.host.legalDocsUrl;
  }

  apiBase = () => resolveApiBase(this.host.apiBase);
  agency = () => resolveAgency(this.host.agency);

  /** The API, or a `validation` error when the page configured none (the element says so already). */
  api(): QaApi {
    const apiBase = this.apiBase();
    if (apiBase === undefined) throw new PortalError('validation', 'No API base');
    return qaApi(transportFor(apiBase));
  }

  /** Loads the checks and replies on first use of a form; a failed load (offline) is tried again next time. */
  readonly prepare = (): Promise<Replies> => {
    repliesModule ??= import('./form-replies.js').catch((error: unknown) => {
      repliesModule = undefined;
      throw new PortalError('network', 'The form checks could not be loaded', { cause: error });
    });
    return repliesModule.then((replies) => (this.replies = replies));
  };

  /** Starts loading the checks as the visitor enters a form, so they are there by the first submit. */
  readonly warm = () => {
    this.prepare().catch(() => undefined);
  };

  say(text: string): void {
    announce(this.host.renderRoot, text);
  }

  /** A failure as the SDK's error, reported with `vn-error`. */
  reportFailure(error: unknown): PortalError {
    const failure = error instanceof PortalError ? error : new PortalError('network', String(error), { cause: error });
    this.host.emit('vn-error', { error: failure });
    explainOriginRefusal(this.host, failure);
    return failure;
  }

  /**
   * Runs a form's submission with the checks loaded, one at a time: `busy` is set before anything
   * is awaited, so a second click while the checks load does nothing; a failure is reported and kept.
   */
  async submitOnce(state: Submitting, work: (replies: Replies) => Promise<void>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    state.failure = undefined;
    this.host.requestUpdate();
    try {
      await work(await this.prepare());
    } catch (error) {
      state.failure = this.reportFailure(error);
    } finally {
      state.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Why a submit or a lookup failed; without the replies (they failed to load), the network is to blame. */
  failureText(failure: PortalError, kind: 'submitFailureText' | 'lookupFailureText'): string {
    return this.replies?.[kind](this.t, failure) ?? this.t.msg('Không kết nối được với cổng thông tin. Hãy kiểm tra kết nối mạng và thử lại.');
  }
}
