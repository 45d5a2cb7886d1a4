import type { FieldError, Problem, ProblemCode } from '@vn-portal/schema';

export const problemMediaType = 'application/problem+json';

/** The languages problem titles are written in; English unless the client prefers Vietnamese. */
export type ProblemLanguage = 'en' | 'vi';

const titles: Record<ProblemCode, Record<ProblemLanguage, string>> = {
  'validation-failed': { en: 'The request has invalid fields', vi: 'Yêu cầu có trường không hợp lệ' },
  'malformed-request': { en: 'The request could not be read', vi: 'Không đọc được yêu cầu' },
  'unsupported-media-type': { en: 'The body must be JSON', vi: 'Nội dung phải là JSON' },
  'payload-too-large': { en: 'The body is too large', vi: 'Nội dung quá lớn' },
  'not-found': { en: 'Not found', vi: 'Không tìm thấy' },
  'method-not-allowed': { en: 'Method not allowed', vi: 'Phương thức không được phép' },
  unauthorized: { en: 'A valid API key is required', vi: 'Cần khóa API hợp lệ' },
  forbidden: { en: 'Not allowed for this key', vi: 'Khóa này không được phép' },
  'origin-not-allowed': { en: 'This site may not write for this agency', vi: 'Trang này không được phép gửi dữ liệu cho cơ quan này' },
  conflict: { en: 'Conflict with the current state', vi: 'Xung đột với trạng thái hiện tại' },
  'idempotency-conflict': { en: 'This idempotency key was used for a different request', vi: 'Khóa chống lặp này đã dùng cho một yêu cầu khác' },
  'poll-not-open': { en: 'The poll is not open', vi: 'Cuộc thăm dò chưa mở hoặc đã đóng' },
  'comment-window-closed': { en: 'The draft is not open for comment', vi: 'Dự thảo không trong thời gian lấy ý kiến' },
  'duplicate-number': { en: 'The issuer already has a document with this number', vi: 'Cơ quan ban hành đã có văn bản mang số hiệu này' },
  'kept-permanently': { en: 'Published documents are kept permanently: withdraw it instead', vi: 'Văn bản đã đăng được lưu trữ vĩnh viễn: hãy thu hồi thay vì xóa' },
  'bot-check-failed': { en: 'The submission did not pass the bot check', vi: 'Nội dung gửi không qua được bước kiểm tra chống máy' },
  'rate-limited': { en: 'Too many requests', vi: 'Quá nhiều yêu cầu' },
  'precondition-failed': { en: 'Precondition failed', vi: 'Điều kiện tiên quyết không thỏa' },
  'internal-error': { en: 'Internal error', vi: 'Lỗi nội bộ' },
  unavailable: { en: 'Temporarily unavailable', vi: 'Tạm thời không phục vụ được' },
};

/** The language an `Accept-Language` header prefers among the titles' (`vi-VN,vi;q=0.9,en;q=0.8` → vi). */
export function problemLanguage(acceptLanguage: string | undefined): ProblemLanguage {
  let best: { language: ProblemLanguage; weight: number } = { language: 'en', weight: 0 };
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = entry.trim().toLowerCase().split(';');
    const language = tag === 'vi' || tag.startsWith('vi-') ? 'vi' : tag === 'en' || tag.startsWith('en-') ? 'en' : undefined;
    const quality = parameters.map((parameter) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    const weight = quality === undefined ? 1 : Number(quality);
    if (language !== undefined && weight > best.weight) best = { language, weight };
  }
  return best.language;
}

/** An error a handler throws to answer with problem+json; anything else thrown becomes a 500. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? titles[code].en);
    this.name = 'ProblemError';
  }

  toProblem(instance?: string, language: ProblemLanguage = 'en'): Problem {
    return problemBody(this.status, this.code, this.message === titles[this.code].en ? undefined : this.message, this.errors, instance, language);
  }
}

export function problemBody(status: number, code: ProblemCode, detail?: string, errors?: FieldError[], instance?: string, language: ProblemLanguage = 'en'): Problem {
  return {
    // Resolves to the code's entry on the API docs page.
    type: `/api/v1/docs#problem-${code}`,
    title: titles[code][language],
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(instance === undefined ? {} : { instance }),
    ...(errors === undefined ? {} : { errors }),
  };
}

/**
 * A browser write from a page whose origin the agency does not allow. The problem names both, so
 * the page (which may read it: see the CORS answer to strangers in app.ts) can tell the site's
 * administrator what to add where.
 */
export class OriginRefusal extends ProblemError {
  constructor(
    readonly origin: string,
    readonly agency: string | undefined,
  ) {
    super(403, 'origin-not-allowed', `${origin} may not write for ${agency ?? 'this portal'}: add it to the agency's allowed origins`);
  }

  override toProblem(instance?: string): Problem {
    return { ...super.toProblem(instance), origin: this.origin, ...(this.agency === undefined ? {} : { agency: this.agency }) };
  }
}

export const notFound = (detail?: string) => new ProblemError(404, 'not-found', detail);
export const conflict = (detail?: string) => new ProblemError(409, 'conflict', detail);
export const forbidden = (detail?: string) => new ProblemError(403, 'forbidden', detail);

/** A 422 for rule violations found after the schema accepted the body (unknown option, etc.). */
export function invalidFields(errors: FieldError[]): ProblemError {
  return new ProblemError(422, 'validation-failed', undefined, errors);
}
