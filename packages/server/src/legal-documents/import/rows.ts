import { isCalendarDay, LegalDocumentInput, safeParse, type RegisterImportProblem } from '@vn-portal/schema';
import { detectLegacyEncoding, foldVietnamese } from '@vn-portal/sdk/vietnamese';
import type { RegisteredInput } from '../store.js';
import { codedValues, importColumns, relationColumns } from './columns.js';
import { problem, type ImportProblemCode } from './problems.js';

/** A row of the file as text cells, with the line a spreadsheet shows it on. */
export interface SheetRow {
  line: number;
  cells: readonly string[];
}

/** Where each template column is in the file's header. */
export type ColumnIndex = ReadonlyMap<string, number>;

/**
 * Whether text is in a legacy encoding, remembered per import: issuers, types and fields repeat on
 * every row, and reading each word as TCVN3 and VNI is the costliest check of a row.
 */
export function legacyEncodingCheck(): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let legacy = known.get(text);
    if (legacy === undefined) {
      legacy = detectLegacyEncoding(text) !== null;
      if (known.size < 100_000) known.set(text, legacy);
    }
    return legacy;
  };
}

/**
 * Text a spreadsheet would run as a formula when the register is exported and opened again (OWASP
 * "CSV injection"); a minus sign before a digit or a space is ordinary text.
 */
const formulaStart = /^(?:[=+@\t\r]|-[^\s\d])/;

/** `dd/mm/yyyy` (as Vietnamese offices write dates) or ISO `yyyy-mm-dd`. */
function isoDay(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return match ? `${match[3] ?? ''}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}` : undefined;
}

const yes = new Set(['co', 'yes', 'true', '1', 'x']);
const no = new Set(['khong', 'no', 'false', '0']);

/** Coded values by their code and by the register's names of them in either language, folded ("quyet dinh", "decision"). */
function lookupOf(coded: { codes: readonly string[]; labels: readonly Readonly<Record<string, string>>[] }): ReadonlyMap<string, string> {
  return new Map(coded.codes.flatMap((value) => [value, ...coded.labels.map((labels) => labels[value] ?? value)].map((name) => [foldVietnamese(name), value] as const)));
}

const codedLookups = { type: lookupOf(codedValues.type), status: lookupOf(codedValues.status) };

const localizedOf = (vi: string | undefined, en: string | undefined) => (vi === undefined ? undefined : en === undefined ? { vi } : { vi, en });

/** Column of a schema path: relations by their position, every other field by the longest column path it starts with. */
function columnOfPath(path: string, relationNames: readonly string[]): string | undefined {
  const relation = /^relations\.(\d+)/.exec(path);
  if (relation) return relationNames[Number(relation[1])];
  let best: string | undefined;
  let bestLength = -1;
  for (const entry of importColumns) {
    if ((path === entry.path || path.startsWith(`${entry.path}.`)) && entry.path.length > bestLength) {
      best = entry.name;
      bestLength = entry.path.length;
    }
  }
  // A group left out altogether (no summary at all) is its first column's to fill.
  return best ?? importColumns.find((entry) => entry.path.startsWith(`${path}.`))?.name;
}

/**
 * A row turned into the document it describes, or the problems that keep it out: each cell is
 * read as the template says, and the result checked by the same schema and rules as the admin API.
 */
export function readRow(row: SheetRow, columns: ColumnIndex, isLegacy: (text: string) => boolean): { input?: RegisteredInput; problems: RegisterImportProblem[] } {
  const problems: RegisterImportProblem[] = [];
  const reported = new Set<string>();
  const report = (column: string | undefined, code: ImportProblemCode, detail?: string) => {
    if (column !== undefined) {
      if (reported.has(column)) return;
      reported.add(column);
    }
    problems.push(problem(row.line, column, code, detail));
  };
  const cell = (name: string): string | undefined => {
    const index = columns.get(name);
    const text = index === undefined ? '' : (row.cells[index] ?? '').normalize('NFC').trim();
    return text === '' ? undefined : text;
  };
  for (const [name, index] of columns) {
    const text = row.cells[index] ?? '';
    if (formulaStart.test(text)) report(name, 'formula');
    else if (isLegacy(text)) report(name, 'legacy-encoding');
  }
  const day = (name: string) => {
    const text = cell(name);
    if (text === undefined) return undefined;
    const iso = isoDay(text);
    if (iso === undefined) report(name, 'invalid-date', text.slice(0, 40));
    return iso;
  };
  const coded = (name: 'type' | 'status') => {
    const text = cell(name);
    if (text === undefined) return undefined;
    const value = codedLookups[name].get(foldVietnamese(text));
    if (value === undefined) report(name, 'not-allowed-value', text.slice(0, 40));
    return value;
  };
  const normativeText = cell('normative');
  const normative = normativeText === undefined || yes.has(foldVietnamese(normativeText)) ? true : no.has(foldVietnamese(normativeText)) ? false : undefined;
  if (normative === undefined) report('normative', 'invalid-boolean');

  const relationNames: string[] = [];
  const relations = relationColumns.flatMap(({ kind, name }) =>
    (cell(name) ?? '')
      .split(';')
      .map((number) => number.trim())
      .filter((number) => number !== '')
      .map((number) => {
        relationNames.push(name);
        return { kind, number };
      }),
  );
  const fields = (cell('fields') ?? '')
    .split(';')
    .map((entry) => entry.split('|').map((part) => part.trim()))
    .filter(([code]) => code !== undefined && code !== '')
    .map(([code = '', vi = code, en]) => ({ code, name: localizedOf(vi, en === '' ? undefined : en) }));
  const signerName = cell('signer_name');
  const gazetteNumber = cell('gazette_number');
  const gazetteDate = day('gazette_date');
  const publishedOn = day('published_date');
  const raw = {
    number: cell('number'),
    type: coded('type'),
    summary: localizedOf(cell('summary_vi'), cell('summary_en')),
    issuedDate: day('issued_date'),
    issuer: { code: cell('issuer_code'), name: localizedOf(cell('issuer_vi'), cell('issuer_en')) },
    fields,
    status: coded('status'),
    effectiveDate: day('effective_date'),
    expiryDate: day('expiry_date'),
    agency: cell('agency'),
    stage: 'issued',
    attachments: [],
    normative: normative ?? true,
    signer: signerName === undefined ? undefined : { name: signerName, position: localizedOf(cell('signer_position_vi'), cell('signer_position_en')) },
    gazette: gazetteNumber === undefined && gazetteDate === undefined ? undefined : { number: gazetteNumber, date: gazetteDate },
    relations,
  };
  const parsed = safeParse(LegalDocumentInput, raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const column = columnOfPath(path, relationNames);
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      report(column, missing ? 'required' : column?.endsWith('_date') === true ? 'invalid-date' : 'invalid', missing ? undefined : issue.message);
    }
    return { problems };
  }
  const input = parsed.data;
  if (input.effectiveDate !== undefined && input.expiryDate !== undefined && input.expiryDate <= input.effectiveDate) report('expiry_date', 'window-order');
  if (publishedOn !== undefined && !isCalendarDay(publishedOn)) report('published_date', 'invalid-date');
  else if (publishedOn !== undefined && publishedOn < input.issuedDate) report('published_date', 'published-before-issue');
  if (problems.length > 0) return { problems };
  return { input: publishedOn === undefined ? input : { ...input, publishedOn }, problems };
}
