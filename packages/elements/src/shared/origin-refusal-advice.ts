import type { ApiProblemError } from '@vn-portal/sdk';
import { apiRootOf } from './api.js';

// Loaded only when a write is refused for the page's origin: every element can meet the refusal,
// few pages ever do once their origin is allowed.

/** What the site's developer reads in the console, in both languages whatever the page's: what to add, and where. */
export function originRefusalAdvice(error: ApiProblemError, apiBase: string, pageOrigin: string): string {
  const origin = error.problem.origin ?? pageOrigin;
  const { agency } = error.problem;
  const listOf = (code: string) => `PUT ${apiRootOf(apiBase)}/admin/agencies/${code}/allowed-origins`;
  const vi =
    agency === undefined
      ? `Cổng thông tin chưa cho phép trang ${origin} gửi dữ liệu. Quản trị viên cổng cần thêm ${origin} vào danh sách nguồn được phép (allowed origins) của cơ quan cấp tỉnh, hoặc của cơ quan mà trang thuộc về: ${listOf('{mã-cơ-quan}')} (tài liệu vận hành, mục “Nguồn được phép”).`
      : `Cổng thông tin chưa cho phép trang ${origin} gửi dữ liệu cho cơ quan “${agency}”. Quản trị viên cổng cần thêm ${origin} vào danh sách nguồn được phép (allowed origins) của cơ quan này: ${listOf(agency)} (tài liệu vận hành, mục “Nguồn được phép”).`;
  const en =
    agency === undefined
      ? `The portal does not allow writes from ${origin} yet. Its administrator must add ${origin} to the allowed origins of the province-level agency, or of the agency the site belongs to: ${listOf('{agency-code}')} (operations guide, “Allowed origins”).`
      : `The portal does not allow writes from ${origin} for agency “${agency}” yet. Its administrator must add ${origin} to that agency's allowed origins: ${listOf(agency)} (operations guide, “Allowed origins”).`;
  return `[VN Portal Kit] ${vi}\n[VN Portal Kit] ${en}`;
}

// Shared by every copy of the kit on the page (a page may include it twice).
const reportedKey = Symbol.for('vn-portal.origin-refusals-reported');

/**
 * Logs the advice once per page and portal, however many elements are refused: the site has one
 * origin, and a form's first request (its bot-check challenge) names no agency anyway.
 */
export function reportOriginRefusal(error: ApiProblemError, apiBase: string): void {
  const registry = globalThis as typeof globalThis & { [reportedKey]?: Set<string> };
  const reported = (registry[reportedKey] ??= new Set());
  if (reported.has(apiBase)) return;
  reported.add(apiBase);
  console.warn(originRefusalAdvice(error, apiBase, location.origin));
}
