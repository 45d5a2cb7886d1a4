import { LegalDocumentStatus, LegalDocumentType, RelationKind, vocabularyLabels, type LocalizedText } from '@vn-portal/schema';
import { csvDocument } from '../../http/csv.js';

/**
 * One column of the register's import template: its name in the header row, the path of the
 * `LegalDocumentInput` field it fills (for problems found by the schema), and what it holds.
 */
export interface ImportColumn {
  name: string;
  path: string;
  required: boolean;
  description: LocalizedText;
}

/** Relations are one column per kind of the schema (`replaces`, `amended_by`…), numbers separated by `;`. */
export const relationColumns = RelationKind.options.map((kind) => ({ kind, name: kind.replaceAll('-', '_') }));

const column = (name: string, path: string, required: boolean, vi: string, en: string): ImportColumn => ({ name, path, required, description: { vi, en } });

export const importColumns: readonly ImportColumn[] = [
  column('number', 'number', true, 'Số hiệu, ví dụ 10/2024/QĐ-UBND', 'Number, e.g. 10/2024/QĐ-UBND'),
  column('type', 'type', true, 'Loại văn bản: mã hoặc tên (Quyết định, decision…)', 'Type: code or name (Quyết định, decision…)'),
  column('issuer_code', 'issuer.code', true, 'Mã cơ quan ban hành (chữ thường, số, -)', 'Issuer code (lower-case letters, digits, -)'),
  column('issuer_vi', 'issuer.name.vi', true, 'Tên cơ quan ban hành', 'Issuer name in Vietnamese'),
  column('issuer_en', 'issuer.name.en', false, 'Tên cơ quan ban hành (tiếng Anh)', 'Issuer name in English'),
  column('summary_vi', 'summary.vi', true, 'Trích yếu', 'Summary in Vietnamese'),
  column('summary_en', 'summary.en', false, 'Trích yếu (tiếng Anh)', 'Summary in English'),
  column('issued_date', 'issuedDate', true, 'Ngày ban hành (YYYY-MM-DD hoặc dd/mm/yyyy)', 'Date of issue (YYYY-MM-DD or dd/mm/yyyy)'),
  column('effective_date', 'effectiveDate', false, 'Ngày có hiệu lực', 'Effective date'),
  column('expiry_date', 'expiryDate', false, 'Ngày hết hiệu lực', 'Expiry date'),
  column('status', 'status', true, 'Tình trạng hiệu lực: mã hoặc tên (Còn hiệu lực, in-force…)', 'Validity: code or name (Còn hiệu lực, in-force…)'),
  column('agency', 'agency', true, 'Mã cơ quan có sổ đăng ký liệt kê văn bản', 'Code of the agency whose register lists the document'),
  column('normative', 'normative', false, 'Văn bản quy phạm pháp luật: có/không (trống: có)', 'Normative: yes/no (empty: yes)'),
  column('signer_name', 'signer.name', false, 'Người ký', 'Signer'),
  column('signer_position_vi', 'signer.position.vi', false, 'Chức vụ người ký', "Signer's position in Vietnamese"),
  column('signer_position_en', 'signer.position.en', false, 'Chức vụ người ký (tiếng Anh)', "Signer's position in English"),
  column('gazette_number', 'gazette.number', false, 'Số Công báo', 'Gazette number'),
  column('gazette_date', 'gazette.date', false, 'Ngày đăng Công báo', 'Gazette date'),
  column(
    'published_date',
    'publishedOn',
    false,
    'Ngày sổ cũ đăng văn bản lên cổng (trống: ngày nhập); hạn đăng và báo cáo tính theo ngày này',
    'Day the old register published it on the portal (empty: the day of import); deadlines and reports count from it',
  ),
  column('fields', 'fields', false, 'Lĩnh vực: mã|tên, cách nhau bởi ; (ví dụ dat-dai|Đất đai)', 'Fields: code|name, separated by ; (e.g. dat-dai|Đất đai)'),
  ...relationColumns.map(({ kind, name }) =>
    column(name, 'relations', false, `Văn bản liên quan (${kind}): số hiệu, cách nhau bởi ;`, `Related documents (${kind}): numbers separated by ;`),
  ),
];

/** The template's header row: the columns' names, in order. */
export const importHeader = importColumns.map((column) => column.name);

/** A row of the template from values by column name; a column not given is left blank. */
export const importRow = (values: Readonly<Record<string, string>>) => importColumns.map((column) => values[column.name] ?? '');

/** Allowed values of the coded columns, by column: the schema's codes, and the register's names of them in both languages. */
export const codedValues = {
  type: { codes: LegalDocumentType.options, labels: [vocabularyLabels.vi.legalDocumentType, vocabularyLabels.en.legalDocumentType] },
  status: { codes: LegalDocumentStatus.options, labels: [vocabularyLabels.vi.legalDocumentStatus, vocabularyLabels.en.legalDocumentStatus] },
} as const;

/** The template file: the header row and one example row, for the agency given. */
export function importTemplate(agency: string): string {
  const example: Record<string, string> = {
    number: '10/2024/QĐ-UBND',
    type: 'decision',
    issuer_code: 'uy-ban-nhan-dan-tinh',
    issuer_vi: 'Ủy ban nhân dân tỉnh',
    issuer_en: "Provincial People's Committee",
    summary_vi: 'Quy định quản lý, vận hành Cổng thông tin điện tử tỉnh',
    summary_en: "Rules for managing and operating the province's web portal",
    issued_date: '2024-03-15',
    effective_date: '2024-04-01',
    published_date: '2024-03-18',
    status: 'in-force',
    agency,
    normative: 'có',
    signer_name: 'Nguyễn Văn A',
    signer_position_vi: 'Chủ tịch',
    fields: 'cong-nghe-thong-tin|Công nghệ thông tin',
    replaces: '05/2019/QĐ-UBND',
    based_on: '42/2022/NĐ-CP',
  };
  return csvDocument(importHeader, [importRow(example)]);
}
