import { msg } from '@lit/localize';
import { safeParse, type AnySchema } from '@vn-portal/schema';
import { ApiProblemError, PortalError } from '@vn-portal/sdk';

/** What went wrong, in the officer's language: one message, and one per field by its path (`position.vi`). */
export interface Problem {
  message: string;
  fields: Readonly<Record<string, string>>;
  /** The session ended (401): the shell takes the officer back to sign-in. */
  sessionEnded?: boolean;
}

/** One field's fault by the issue code zod and the server (whose field errors come from the same schemas) give it. */
const fieldMessage = (code: string): string =>
  ({
    too_big: msg('Dài hoặc lớn quá mức cho phép.', { id: 'field-too-big' }),
    too_small: msg('Chưa điền, hoặc ngắn hay nhỏ hơn mức tối thiểu.', { id: 'field-too-small' }),
    invalid_format: msg('Không đúng định dạng.', { id: 'field-format' }),
    required: msg('Cần điền mục này.', { id: 'field-required' }),
    'unknown-agency': msg('Không có cơ quan nào mang mã này.', { id: 'field-unknown-agency' }),
    unreadable: msg('Không đọc được tệp: cần tệp CSV hoặc XLSX theo mẫu.', { id: 'field-unreadable-file' }),
  })[code] ?? msg('Giá trị chưa hợp lệ.', { id: 'field-invalid' });

/** Refusals whose code says more than their status: the register's duties. */
const codeMessage = (code: string): string | undefined =>
  ({
    'kept-permanently': msg('Văn bản đã đăng được lưu trữ vĩnh viễn nên không xóa được; hãy thu hồi văn bản thay vì xóa.', { id: 'problem-kept-permanently' }),
    'duplicate-number': msg('Cơ quan ban hành này đã có văn bản mang số hiệu này trong sổ.', { id: 'problem-duplicate-number' }),
  })[code];

/** Faults of named fields, with the message that points to them. */
export const invalidFields = (fields: Record<string, string>): Problem => ({ message: msg('Có mục chưa hợp lệ, xem từng mục bên dưới.', { id: 'problem-fields' }), fields });

/** An error of a call through the SDK as a Problem; anything else is a bug and is thrown again. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiProblemError) {
    if (error.fieldErrors.length > 0) return invalidFields(Object.fromEntries(error.fieldErrors.map((field) => [field.path, fieldMessage(field.code)])));
    const message =
      codeMessage(error.code) ??
      {
        401: msg('Phiên làm việc đã kết thúc, vui lòng đăng nhập lại.', { id: 'session-ended' }),
        403: msg('Tài khoản của bạn không có quyền làm việc này.', { id: 'problem-forbidden' }),
        404: msg('Không còn tìm thấy mục này: có thể người khác vừa xóa.', { id: 'problem-not-found' }),
        409: msg('Mục này vừa thay đổi hoặc trùng với mục đã có; tải lại rồi thử lại.', { id: 'problem-conflict' }),
      }[error.status] ?? msg('Máy chủ chưa làm được việc này, vui lòng thử lại sau.', { id: 'problem-server' });
    return { message, fields: {}, ...(error.status === 401 ? { sessionEnded: true } : {}) };
  }
  if (error instanceof PortalError) return { message: msg('Không kết nối được máy chủ, vui lòng thử lại.', { id: 'problem-network' }), fields: {} };
  throw error;
}

/** What the schema finds wrong with a value before it is sent, in the same shape as the server's answer. */
export function schemaProblem(schema: AnySchema, value: unknown): Problem | undefined {
  const result = safeParse(schema, value);
  if (result.success) return undefined;
  return invalidFields(Object.fromEntries(result.error.issues.map((issue) => [issue.path.map(String).join('.'), fieldMessage(issue.code)])));
}
