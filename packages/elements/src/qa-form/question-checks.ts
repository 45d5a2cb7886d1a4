/**
 * What the form checks before sending, loaded with `import()` when the visitor first uses a form:
 * the request schemas the server parses with (zod) and the legacy-encoding tables are more than a
 * page that only shows answers should download.
 */
import { QuestionStatusRequest, QuestionSubmission, checkAgainstFormConfig, safeParse, type FieldError, type Output, type QaFormConfig } from '@vn-portal/schema';
import { convertLegacyText, detectLegacyEncoding } from '@vn-portal/sdk/vietnamese';
import { str, type Translator } from '../shared/localization.js';
import type { FormField } from './ask-fields.js';

/** Why a field was refused, as the form words it (zod's and the server's messages are never shown). */
export type Problem =
  | { kind: 'required' | 'choose' | 'consent' | 'consent-changed' | 'invalid' | FormatProblem }
  | { kind: 'too-long' | 'too-short'; limit: number };
type FormatProblem = 'phone' | 'email' | 'id-number' | 'tracking-code';

export type Problems = Map<FormField, Problem>;

/** A submission as the form holds it, before the schema has had its say. */
export interface SubmissionInput {
  asker: Record<string, string>;
  topic: string;
  agency?: string;
  title: string;
  content: string;
  consent: { accepted: boolean; version: string };
  website?: string;
}

type Submission = Output<typeof QuestionSubmission>;

const choices = new Set<string>(['kind', 'topic', 'agency']);
const formats: Partial<Record<string, FormatProblem>> = { phone: 'phone', email: 'email', idNumber: 'id-number', trackingCode: 'tracking-code' };

/** The form field a schema path points at: `asker.email` → `email`, `consent.accepted` → `consent`. */
const fieldOf = (path: readonly PropertyKey[]) => String(path[0] === 'asker' ? (path[1] ?? 'kind') : path[0]) as FormField;

/** Words a zod issue code or a form-configuration issue code for one field. */
function problemOf(field: FormField, code: string, config: QaFormConfig | undefined, maximum?: number): Problem {
  if (field === 'consent') return { kind: code === 'consent-version' ? 'consent-changed' : 'consent' };
  switch (code) {
    case 'too_big':
    case 'too-long': {
      const limit = maximum ?? (field === 'title' ? config?.limits.titleMax : field === 'content' ? config?.limits.contentMax : undefined);
      return limit === undefined ? { kind: 'invalid' } : { kind: 'too-long', limit };
    }
    case 'too-short':
      return config ? { kind: 'too-short', limit: config.limits.contentMin } : { kind: 'invalid' };
    case 'invalid_format':
      return { kind: formats[field] ?? (choices.has(field) ? 'choose' : 'invalid') };
    case 'too_small':
    case 'invalid_type':
    case 'required':
    case 'not-accepted':
    case 'unknown-topic':
    case 'unknown-agency':
      return { kind: choices.has(field) ? 'choose' : 'required' };
    default:
      return { kind: 'invalid' };
  }
}

function collect(issues: Iterable<{ field: FormField; problem: Problem }>, into: Problems = new Map()): Problems {
  // The first problem of a field is the one shown: a missing value before its format.
  for (const { field, problem } of issues) if (!into.has(field)) into.set(field, problem);
  return into;
}

const schemaProblems = (issues: readonly { path: PropertyKey[]; code: string; maximum?: unknown }[], config?: QaFormConfig) =>
  collect(
    issues.map((issue) => {
      const field = fieldOf(issue.path);
      return { field, problem: problemOf(field, issue.code, config, typeof issue.maximum === 'number' ? issue.maximum : undefined) };
    }),
  );

/**
 * Checks a question exactly as the server will: the `QuestionSubmission` schema, then the
 * province's form configuration. Returns the submission to send (NFC, trimmed) or the problems.
 */
export function checkQuestion(input: SubmissionInput, config: QaFormConfig): { submission?: Submission; problems: Problems } {
  const parsed = safeParse(QuestionSubmission, input);
  const problems = parsed.success ? new Map<FormField, Problem>() : schemaProblems(parsed.error.issues, config);
  // The server checks the configuration only once the schema passes; the form checks both at
  // once, so the visitor sees every problem in one go. The input is already NFC and trimmed.
  const configIssues = checkAgainstFormConfig(parsed.success ? parsed.data : (input as unknown as Submission), config);
  collect(configIssues.map((issue) => ({ field: fieldOf(issue.path), problem: problemOf(fieldOf(issue.path), issue.code, config) })), problems);
  return parsed.success && problems.size === 0 ? { submission: parsed.data, problems } : { problems };
}

/** The field errors of a 422 answer, worded like the form's own. */
export const serverProblems = (errors: readonly FieldError[], config: QaFormConfig | undefined): Problems =>
  schemaProblems(
    errors.map((error) => ({ path: error.path.split('.'), code: error.code })),
    config,
  );

export function checkStatusRequest(trackingCode: string, contact: string): { request?: Output<typeof QuestionStatusRequest>; problems: Problems } {
  const parsed = safeParse(QuestionStatusRequest, { trackingCode, contact });
  if (parsed.success) return { request: parsed.data, problems: new Map() };
  const problems = schemaProblems(parsed.error.issues);
  // An empty code fails the code's pattern; what the visitor needs to hear is that it is missing.
  if (!trackingCode.trim()) problems.set('trackingCode', { kind: 'required' });
  return { problems };
}

export function problemText(t: Translator, problem: Problem): string {
  switch (problem.kind) {
    case 'required':
      return t.msg('Vui lòng nhập thông tin này.');
    case 'choose':
      return t.msg('Vui lòng chọn một mục.');
    case 'phone':
      return t.msg('Số điện thoại chưa đúng, ví dụ 0912 345 678 hoặc +84 263 3826 100.');
    case 'email':
      return t.msg('Vui lòng nhập địa chỉ thư điện tử, ví dụ ten@example.com.');
    case 'id-number':
      return t.msg('Vui lòng nhập số CCCD (12 chữ số), CMND (9 chữ số) hoặc số hộ chiếu.');
    case 'tracking-code':
      return t.msg('Mã tra cứu chưa đúng, ví dụ HD-2025-7K3F9QXM.');
    case 'consent':
      return t.msg('Vui lòng đánh dấu để đồng ý: nếu không đồng ý, câu hỏi không thể được tiếp nhận.');
    case 'consent-changed':
      return t.msg('Thông báo về thông tin cá nhân đã thay đổi. Vui lòng tải lại trang, đọc và xác nhận đồng ý lại.');
    case 'too-long':
      return t.msg(str`Tối đa ${problem.limit} ký tự.`);
    case 'too-short':
      return t.msg(str`Cần ít nhất ${problem.limit} ký tự.`);
    case 'invalid':
      return t.msg('Vui lòng kiểm tra lại thông tin này.');
  }
}

/** Pasted text in TCVN3 or VNI, and what it says in Unicode; undefined for Unicode text. */
export function legacyReading(text: string): { encoding: string; converted: string } | undefined {
  const encoding = detectLegacyEncoding(text);
  return encoding ? { encoding: encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI', converted: convertLegacyText(text, encoding) } : undefined;
}
