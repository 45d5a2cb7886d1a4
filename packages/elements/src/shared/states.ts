import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { PortalError } from '@vn-portal/sdk';
import type { DataController } from './data-controller.js';
import type { Translator } from './localization.js';

/** What to tell the visitor about a failure: what to do about it, not its code. */
export function errorText(t: Translator, error: PortalError | undefined): string {
  switch (error?.kind) {
    case 'network':
    case 'timeout':
      return t.msg('Không kết nối được với cổng thông tin. Hãy kiểm tra kết nối mạng và thử lại.');
    case 'validation':
      return t.msg('Cổng thông tin trả về dữ liệu mà tiện ích không đọc được.');
    default:
      return t.msg('Cổng thông tin tạm thời không phản hồi.');
  }
}

const errorMessage = (t: Translator, data: DataController<unknown>): string =>
  data.unconfigured ? t.msg('Tiện ích này chưa được cấu hình địa chỉ cổng thông tin.') : errorText(t, data.error);

/** The element's outer wrapper: busy while loading, and where focus goes after a successful retry. */
export const baseWrapper = (data: DataController<unknown>, content: unknown, busy = false) =>
  html`<div part="base" tabindex="-1" aria-busy=${data.loading || busy ? 'true' : 'false'}>${content}</div>`;

export interface StateViews<T> {
  /** Placeholder shaped like the content, so nothing moves when the data arrives. */
  skeleton: () => TemplateResult;
  isEmpty: (data: T) => boolean;
  empty: () => string;
  ready: (data: T) => TemplateResult;
}

/** The loading state: the placeholder, hidden from screen readers, which hear "Loading…" instead. */
export const loadingState = (t: Translator, skeleton: TemplateResult) =>
  html`<div class="skeleton" part="skeleton" aria-hidden="true">${skeleton}</div>
    <span class="visually-hidden">${t.msg('Đang tải…')}</span>`;

/** A failure, as an alert, with its Retry button (`nothing` when there is nothing to retry). */
export const errorState = (text: string, retry: TemplateResult | typeof nothing) =>
  html`<div class="state error" part="error" role="alert">${text} ${retry}</div>`;

/** The Retry button; `busy` while the retry is under way, when a second press does nothing. */
export const retryButton = (t: Translator, busy: boolean, retry: () => unknown) =>
  html`<button type="button" part="retry-button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => (busy ? undefined : retry())}>${t.msg('Thử lại')}</button>`;

/**
 * Runs a retry the visitor asked for. The Retry button goes away with the error, so if the focus
 * was in the element and is lost, it moves to the element's content instead of the page.
 */
export async function retryKeepingFocus(host: ReactiveElement, retry: () => Promise<unknown>): Promise<void> {
  const root = host.shadowRoot;
  const hadFocus = Boolean(root?.activeElement);
  await retry();
  await host.updateComplete;
  if (hadFocus && !root?.activeElement) root?.querySelector<HTMLElement>('[part~="base"]')?.focus();
}

/**
 * The loading, error (with Retry), empty and ready states every data element shows. After a failed
 * refresh the old data stays, with a notice and Retry above it.
 */
export function renderStates<T>(t: Translator, data: DataController<T>, views: StateViews<T>): TemplateResult {
  const { data: value, error } = data;
  const retry = data.unconfigured ? nothing : retryButton(t, data.loading, () => data.retry());
  if (value === undefined) return error ? errorState(errorMessage(t, data), retry) : loadingState(t, views.skeleton());
  const stale = error ? html`<div class="state stale" part="error" role="alert">${t.msg('Không cập nhật được: đang hiển thị dữ liệu trước đó.')} ${retry}</div>` : nothing;
  if (views.isEmpty(value)) return html`${stale}<p class="state empty" part="empty">${views.empty()}</p>`;
  return html`${stale}${views.ready(value)}`;
}
