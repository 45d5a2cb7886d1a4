/**
 * Cells a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+cmd|…`, `-1+1`, `@SUM(…)`), and
 * tab and carriage return, which some strip before looking (OWASP "CSV injection").
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text that would start a formula gets a leading `'`, which spreadsheets take as
 * "this is text"; quotes, commas and line breaks are quoted.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document (RFC 4180, CRLF), with the byte-order mark spreadsheets need to read Vietnamese as UTF-8. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
