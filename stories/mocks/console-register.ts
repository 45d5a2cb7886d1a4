// What the mocked API answers the console's register screens: the register with its publication
// deadlines, an import's dry run with problems, and an activity report.
import type { HttpHandler } from 'msw';
import type { ActivityCounts, ActivityReport, AdminLegalDocumentSummary, LegalDocument, RegisterImportReport } from '@vn-portal/schema';
import { exampleLegalDocument, exampleLegalDocumentAmendment, exampleLegalDocumentDirective } from '@vn-portal/schema/examples';
import { answerConsole, type ConsoleOperation } from './console.js';

const summaryOf = (
  { signer: _signer, gazette: _gazette, normative: _normative, relations: _relations, content: _content, publishedAt, updatedAt: _updatedAt, ...summary }: LegalDocument,
  dueDate: string,
  late: boolean,
  englishOutdated = false,
): AdminLegalDocumentSummary => ({ ...summary, publication: { dueDate, publishedAt, late }, englishOutdated });

const amendment26: LegalDocument = { ...exampleLegalDocumentAmendment, id: '26-2026-qd-ubnd', number: '26/2026/QĐ-UBND' };

/** On time, late with its English older than its Vietnamese, withdrawn, and registered unpublished. */
export const exampleAdminRegister: AdminLegalDocumentSummary[] = [
  summaryOf(exampleLegalDocumentAmendment, '2026-11-24', false),
  { ...summaryOf(amendment26, '2026-11-27', false), publication: { dueDate: '2026-11-27', late: false } },
  summaryOf(exampleLegalDocument, '2024-03-12', true, true),
  {
    ...summaryOf(exampleLegalDocumentDirective, '2025-01-10', true),
    withdrawal: { date: '2025-06-02', reason: { vi: 'Ban hành sai thẩm quyền', en: 'Issued without authority' } },
  },
];

/** A dry run of a 120-row file: three problems, each at its line and column. */
export const exampleImportDryRun: RegisterImportReport = {
  dryRun: true,
  format: 'csv',
  encoding: 'utf-8',
  rows: 120,
  valid: 117,
  written: 0,
  problems: [
    { line: 14, column: 'issued_date', code: 'invalid-date', message: { vi: 'Ngày không có thật: 31/02/2019', en: 'Not a day of the calendar: 31/02/2019' } },
    { line: 52, column: 'number', code: 'duplicate-in-file', message: { vi: 'Trùng số hiệu với dòng 9', en: 'Same number as line 9' } },
    { line: 87, column: 'agency', code: 'unknown-agency', message: { vi: 'Không có cơ quan mang mã "so-xay-dung"', en: 'No agency has the code "so-xay-dung"' } },
  ],
  problemsNotListed: 0,
};

/** Figures proportional to `scale`, so an agency twice as busy as another and their total add up. */
const counts = (scale: number): ActivityCounts => ({
  documents: { published: 41 * scale, late: 3 * scale, withdrawn: scale },
  questions: { received: 128 * scale, answered: 117 * scale, answeredOnTime: 109 * scale, overdue: 6 * scale, rejected: 9 * scale },
  comments: { received: 64 * scale, approved: 51 * scale, rejected: 13 * scale },
  polls: { opened: 2 * scale, votes: 1344 * scale },
  visits: { views: 1_145_403 * scale, botViews: 210_377 * scale },
});

/** A year of the province: two agencies and their total. */
export const exampleActivityReport: ActivityReport = {
  from: '2025-12-01',
  to: '2026-11-30',
  generatedAt: '2026-11-30T09:00:00.000Z',
  scope: 'province',
  total: { ...counts(3), uniqueVisitorDays: 402_118 },
  agencies: [
    { agency: { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh Bình Sơn', en: 'Bình Sơn Provincial People’s Committee' } }, ...counts(2) },
    { agency: { code: 'stttt', name: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' } }, ...counts(1) },
  ],
};

export const registerMocks: Partial<Record<ConsoleOperation, HttpHandler>> = {
  listLegalDocumentsForAdmin: answerConsole('listLegalDocumentsForAdmin', { items: exampleAdminRegister, total: exampleAdminRegister.length, page: 1, pageSize: 50 }),
  importLegalDocuments: answerConsole('importLegalDocuments', exampleImportDryRun),
  getActivityReport: answerConsole('getActivityReport', exampleActivityReport),
};
