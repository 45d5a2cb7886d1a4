import { html, nothing, type TemplateResult } from 'lit';
import type { DataController } from './data-controller.js';
import { msg } from './localization.js';

function errorMessage(data: DataController<unknown>): string {
  if (data.unconfigured) return msg('Tiện ích này chưa được cấu hình địa chỉ cổng thông tin.');
  switch (data.error?.kind) {
    case 'network':
    case 'timeout':
      return msg('Không kết nối được với cổng thông tin. Hãy kiểm tra kết nối mạng và thử lại.');
    case 'validation':
      return msg('Cổng thông tin trả về dữ liệu mà tiện ích không đọc được.');
    default:
      return msg('Cổng thông tin tạm thời không phản hồi.');
  }
}

/** The element's outer wrapper: busy while loading, and where focus goes after a successful retry. */
export const baseWrapper = (data: DataController<unknown>, content: unknown) =>
  html`<div part="base" tabindex="-1" aria-busy=${data.loading ? 'true' : 'false'}>${content}</div>`;

export interface StateViews<T> {
  /** Placeholder shaped like the content, so nothing moves when the data arrives. */
  skeleton: () => TemplateResult;
  isEmpty: (data: T) => boolean;
  empty: () => string;
  ready: (data: T) => TemplateResult;
}

const retryButton = (data: DataController<unknown>) =>
  data.unconfigured
    ? nothing
    : html`<button type="button" part="retry-button" aria-disabled=${data.loading ? 'true' : 'false'}
        @click=${() => (data.loading ? undefined : data.retry())}>${msg('Thử lại')}</button>`;

/**
 * The loading, error (with Retry), empty and ready states every data element shows. After a failed
 * refresh the old data stays, with a notice and Retry above it.
 */
export function renderStates<T>(data: DataController<T>, views: StateViews<T>): TemplateResult {
  const { data: value, error } = data;
  if (value === undefined) {
    if (error) return html`<div class="state error" part="error" role="alert">${errorMessage(data)} ${retryButton(data)}</div>`;
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">${views.skeleton()}</div>
      <span class="visually-hidden">${msg('Đang tải…')}</span>`;
  }
  const stale = error ? html`<div class="state stale" part="error" role="alert">${msg('Không cập nhật được: đang hiển thị dữ liệu trước đó.')} ${retryButton(data)}</div>` : nothing;
  if (views.isEmpty(value)) return html`${stale}<p class="state empty" part="empty">${views.empty()}</p>`;
  return html`${stale}${views.ready(value)}`;
}
