import type { RegisterImportReport } from '@vn-portal/schema';

/** The report as the command line prints it: one problem a line, both languages, then the totals. */
export function formatImportReport(report: RegisterImportReport): string {
  const problems = report.problems.map(
    (problem) => `line ${problem.line}${problem.column === undefined ? '' : `, ${problem.column}`}: ${problem.message.en} / ${problem.message.vi}`,
  );
  if (report.problemsNotListed > 0) problems.push(`… and ${report.problemsNotListed} more problems`);
  const encoding = report.encoding === undefined ? '' : `, read as ${report.encoding}`;
  const outcome = report.dryRun ? `dry run: nothing written` : `${report.written} written in one transaction`;
  return [...problems, `${report.format.toUpperCase()}${encoding}: ${report.rows} rows, ${report.valid} valid, ${outcome}.`].join('\n');
}
