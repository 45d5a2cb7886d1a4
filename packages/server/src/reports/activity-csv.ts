import type { ActivityReport } from '@vn-portal/schema';
import { csvDocument } from '../http/csv.js';
import { counters, valueOf } from './report-labels.js';

/** The report as CSV: one row per agency, then the total (with the portal's unique visitor-days). */
export function activityCsv(report: ActivityReport): string {
  const header = ['from', 'to', 'agency', 'agency_name', ...counters.map(([group, name]) => `${group}.${name}`), 'unique_visitor_days'];
  const rows = report.agencies.map((row) => [report.from, report.to, row.agency.code, row.agency.name.vi, ...counters.map(([group, name]) => valueOf(row, group, name)), undefined]);
  rows.push([report.from, report.to, report.scope === 'province' ? '*' : '+', report.scope === 'province' ? 'Toàn tỉnh' : 'Tổng', ...counters.map(([group, name]) => valueOf(report.total, group, name)), report.total.uniqueVisitorDays]);
  return csvDocument(header, rows);
}
