import type { LocalizedText, RegisterImportProblem } from '@vn-portal/schema';

/** What the import says of each kind of problem, in both languages. */
const messages = {
  required: { vi: 'Ô bắt buộc đang trống', en: 'This cell is required' },
  'not-allowed-value': { vi: 'Giá trị không thuộc danh sách cho phép (xem mẫu)', en: 'Not one of the allowed values (see the template)' },
  'invalid-date': { vi: 'Không phải một ngày (YYYY-MM-DD hoặc dd/mm/yyyy)', en: 'Not a date (YYYY-MM-DD or dd/mm/yyyy)' },
  'invalid-boolean': { vi: 'Chỉ nhận có/không', en: 'Only yes/no' },
  invalid: { vi: 'Giá trị không hợp lệ', en: 'Not a valid value' },
  formula: {
    vi: 'Ô bắt đầu như một công thức bảng tính (=, +, -, @): bỏ ký tự đầu hoặc thêm dấu cách',
    en: 'The cell starts like a spreadsheet formula (=, +, -, @): remove the first character or add a space',
  },
  'legacy-encoding': { vi: 'Văn bản ở bảng mã cũ (TCVN3/VNI): chuyển sang Unicode trước khi nhập', en: 'Text in an old encoding (TCVN3/VNI): convert it to Unicode before importing' },
  'duplicate-in-file': { vi: 'Trùng số hiệu và cơ quan ban hành với một dòng trước', en: 'Same number and issuer as an earlier line' },
  'duplicate-in-register': { vi: 'Sổ đăng ký đã có văn bản cùng số hiệu và cơ quan ban hành', en: 'The register already holds a document of this number and issuer' },
  'unknown-agency': { vi: 'Không có cơ quan nào mang mã này', en: 'No agency has this code' },
  'agency-not-covered': { vi: 'Khóa này không được nhập văn bản cho cơ quan này', en: 'This key may not import documents for this agency' },
  'missing-column': { vi: 'Thiếu cột bắt buộc', en: 'A required column is missing' },
  'unknown-column': { vi: 'Cột không có trong mẫu: bị bỏ qua', en: 'A column the template does not have: ignored' },
  'too-many-rows': { vi: 'Tệp có quá nhiều dòng', en: 'The file has too many rows' },
  'published-before-issue': { vi: 'Ngày đăng trước ngày ban hành', en: 'Published before the date of issue' },
  'published-in-future': { vi: 'Ngày đăng chưa tới', en: 'The publication date has not come yet' },
  'window-order': { vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực', en: 'The expiry date must come after the effective date' },
} satisfies Record<string, LocalizedText>;

export type ImportProblemCode = keyof typeof messages;

export function problem(line: number, column: string | undefined, code: ImportProblemCode, detail?: string): RegisterImportProblem {
  const message = messages[code];
  return {
    line,
    ...(column === undefined ? {} : { column }),
    code,
    message: detail === undefined ? message : { vi: `${message.vi}: ${detail}`, en: `${message.en}: ${detail}` },
  };
}
