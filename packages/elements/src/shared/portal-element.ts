import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { DraftCommentReceipt, LegalDocumentSearchQuery, PollResults, QuestionReceipt } from '@vn-portal/schema';
import type { PortalError } from '@vn-portal/sdk';
import { portalNamespace } from './config.js';
import { inheritedLang, loadTranslations, toPortalLocale, translationsReady, translatorFor, type Translator } from './localization.js';
import type { Language } from '@vn-portal/schema';

/** Detail of `vn-error`: what failed, as the SDK's typed error. */
export interface VnErrorDetail {
  error: PortalError;
}

/** Detail of `vn-copy`: the citation as it was put on the clipboard. */
export interface VnCopyDetail {
  text: string;
  html: string;
}

/** Detail of `vn-vote`: the vote the server took, and the results it answered with. */
export interface VnVoteDetail {
  pollId: string;
  optionIds: string[];
  /** False when this browser had voted in the poll already: the earlier vote stands. */
  counted: boolean;
  results: PollResults;
}

/** Detail of `vn-search`: the register search the visitor asked for, as the API query. */
export interface VnSearchDetail {
  query: LegalDocumentSearchQuery;
}

/** Detail of `vn-document-open`: the legal document the visitor opened. */
export interface VnDocumentOpenDetail {
  id: string;
}

/** Detail of `vn-comment`: the comment on a draft the portal took, waiting for moderation. */
export interface VnCommentDetail {
  documentId: string;
  receipt: DraftCommentReceipt;
}

/** Detail of `vn-question-submitted`: the receipt of the question the portal took (no personal data). */
export type VnQuestionSubmittedDetail = QuestionReceipt;

/** Every event the kit fires, by name; `emit()` and `GlobalEventHandlersEventMap` derive from it. */
export interface VnEventDetails {
  'vn-error': VnErrorDetail;
  'vn-copy': VnCopyDetail;
  'vn-vote': VnVoteDetail;
  'vn-search': VnSearchDetail;
  'vn-document-open': VnDocumentOpenDetail;
  'vn-comment': VnCommentDetail;
  'vn-question-submitted': VnQuestionSubmittedDetail;
}

type VnEventMap = { [K in keyof VnEventDetails]: CustomEvent<VnEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's map, so `addEventListener('vn-vote', …)` is typed
  interface GlobalEventHandlersEventMap extends VnEventMap {}
}

// Every connected element re-renders when any `lang` on the page changes (the `<html lang>` switch
// a bilingual site makes) or when `VnPortal.configure()` is called: one observer for all of them.
const connected = new Set<PortalElement>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;
const updateAll = () => {
  for (const element of connected) element.requestUpdate();
};

function watch(element: PortalElement): void {
  connected.add(element);
  if (connected.size > 1) return;
  observer ??= new MutationObserver(updateAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  unsubscribe = portalNamespace().subscribe(updateAll);
}

function unwatch(element: PortalElement): void {
  connected.delete(element);
  if (connected.size > 0) return;
  observer?.disconnect();
  unsubscribe?.();
}

/**
 * What every element of the kit shares: the `api-base` and `agency` attributes, locale resolution
 * and a typed `emit()`. Behaviour beyond that lives in controllers and functions under `shared/`.
 */
export abstract class PortalElement extends LitElement {
  // Typed wide so subclasses declare only their own properties; lit merges the inherited ones.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    agency: {},
  };

  /** The API base; falls back to `VnPortal.configure({ apiBase })` and `<meta name="vn-portal:api">`. */
  declare apiBase: string | undefined;
  /** Agency code; falls back to `VnPortal.configure({ agency })`, and none means province-wide. */
  declare agency: string | undefined;

  /** The locale of the latest render: the element's or nearest ancestor's `lang`, else the configured one, else `vi`. */
  locale: Language = 'vi';

  /**
   * Makes this element's text in the locale of its latest render: given to every function that
   * makes text, announcements included.
   * @internal
   */
  t: Translator = translatorFor('vi');

  override connectedCallback(): void {
    super.connectedCallback();
    watch(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  /** The element's or nearest ancestor's `lang`, else the configured locale, else `vi`. */
  private resolveLocale(): Language {
    return toPortalLocale(inheritedLang(this)) ?? portalNamespace().settings.locale ?? 'vi';
  }

  /** An update in English waits for the English translations, the first time they are needed. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!translationsReady(this.resolveLocale())) await loadTranslations();
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    this.locale = this.resolveLocale();
    this.t = translatorFor(this.locale);
    super.update(changed);
  }

  /**
   * Fires a kit event. Decided per event, the same for all: each reports something already done (a
   * vote taken, a text copied, a search sent, a load failed), which a page acts on from anywhere
   * (analytics, a toast, its own error log), so each bubbles and crosses shadow roots; none is
   * cancelable, since the element never asks the page first and `preventDefault()` would change nothing.
   */
  emit<K extends keyof VnEventDetails>(name: K, detail: VnEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }
}
