import type { RegisterImportFormat, RegisterImportProblem, RegisterImportReport } from '@vn-portal/schema';
import type { Db } from '../db.js';
import { numberKey } from '../search/text.js';
import { localDay, vietnamUtcOffsetMinutes } from '../../calendar/local-day.js';
import { insertDocuments, type RegisteredInput } from '../store.js';
import { importColumns, importHeader } from './columns.js';
import { problem } from './problems.js';
import { readSpreadsheet, type Sheet } from './read-file.js';
import { legacyEncodingCheck, readRow, type ColumnIndex } from './rows.js';

/** The most rows one import reads: twice the largest register expected of a province. */
export const maxImportRows = 200_000;
/** Problems listed in a report; further ones are only counted, so a report stays readable and small. */
const maxListedProblems = 10_000;
/** Numbers looked up in the register per query (bound parameters stay far below SQLite's limit). */
const lookupChunk = 500;

export interface ImportOptions {
  format: RegisterImportFormat;
  dryRun: boolean;
  now: Date;
  /** Whether the importer may write documents of this agency (an agency-scoped key may not write others'). */
  covers: (agency: string) => boolean;
}

/** Same number (as the search normalises numbers: `01/2014/QĐ-UBND` = `1/2014/qd-ubnd`) and same issuer. */
const duplicateKey = (input: RegisteredInput) => `${numberKey(input.number)}\u0000${input.issuer.code}`;

function readHeader(sheet: Sheet, problems: RegisterImportProblem[]): ColumnIndex {
  const columns = new Map<string, number>();
  const known = new Set(importHeader);
  sheet.header.cells.forEach((cell, index) => {
    const name = cell.replace(/^\uFEFF/, '').normalize('NFC').trim().toLowerCase();
    if (name === '') return;
    if (known.has(name) && !columns.has(name)) columns.set(name, index);
    else problems.push(problem(sheet.header.line, name.slice(0, 100), 'unknown-column'));
  });
  for (const column of importColumns) {
    if (column.required && !columns.has(column.name)) problems.push(problem(sheet.header.line, column.name, 'missing-column'));
  }
  return columns;
}

/** Ids of documents already in the register under each duplicate key among `keys`. */
async function registered(db: Db, inputs: readonly RegisteredInput[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const numbers = [...new Set(inputs.map((input) => numberKey(input.number)))];
  for (let start = 0; start < numbers.length; start += lookupChunk) {
    const rows = await db
      .selectFrom('legal_documents')
      .select(['id', 'number_key', 'issuer_code'])
      .where('number_key', 'in', numbers.slice(start, start + lookupChunk))
      .execute();
    for (const row of rows) found.set(`${row.number_key}\u0000${row.issuer_code}`, row.id);
  }
  return found;
}

/**
 * Imports a register from a spreadsheet. Every row is checked first, as the admin API checks a
 * document, and each problem reported by line and column; duplicates within the file and against
 * the register are problems too. A dry run stops there. Otherwise every valid row is written in one
 * transaction (all of them or, on a failure, none); rows with problems are left out, so a file can
 * be corrected and sent again with only those rows.
 */
export async function importRegister(db: Db, bytes: Uint8Array, options: ImportOptions): Promise<RegisterImportReport> {
  const sheet = await readSpreadsheet(bytes, options.format);
  const problems: RegisterImportProblem[] = [];
  const columns = readHeader(sheet, problems);
  const report = (valid: readonly RegisteredInput[], written: number): RegisterImportReport => ({
    dryRun: options.dryRun,
    format: options.format,
    ...(sheet.encoding === undefined ? {} : { encoding: sheet.encoding }),
    rows: sheet.rows.length,
    valid: valid.length,
    written,
    problems: problems.sort((a, b) => a.line - b.line).slice(0, maxListedProblems),
    problemsNotListed: Math.max(0, problems.length - maxListedProblems),
  });
  if (sheet.rows.length > maxImportRows) {
    problems.push(problem(sheet.rows[maxImportRows]?.line ?? 0, undefined, 'too-many-rows', `> ${maxImportRows}`));
    return report([], 0);
  }
  if (importColumns.some((column) => column.required && !columns.has(column.name))) return report([], 0);

  const agencies = new Set((await db.selectFrom('agencies').select('code').execute()).map((row) => row.code));
  const candidates: { line: number; input: RegisteredInput }[] = [];
  const today = localDay(options.now, vietnamUtcOffsetMinutes);
  const firstLineOf = new Map<string, number>();
  const isLegacy = legacyEncodingCheck();
  for (const row of sheet.rows) {
    const { input, problems: rowProblems } = readRow(row, columns, isLegacy);
    problems.push(...rowProblems);
    if (input === undefined) continue;
    if (input.publishedOn !== undefined && input.publishedOn > today) {
      problems.push(problem(row.line, 'published_date', 'published-in-future', input.publishedOn));
      continue;
    }
    if (!agencies.has(input.agency)) {
      problems.push(problem(row.line, 'agency', 'unknown-agency', input.agency));
      continue;
    }
    if (!options.covers(input.agency)) {
      // The agency is not named: the key's holder learns nothing of agencies beyond it.
      problems.push(problem(row.line, 'agency', 'agency-not-covered'));
      continue;
    }
    const key = duplicateKey(input);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.push(problem(row.line, 'number', 'duplicate-in-file', String(first)));
      continue;
    }
    firstLineOf.set(key, row.line);
    candidates.push({ line: row.line, input });
  }

  const existing = await registered(db, candidates.map((candidate) => candidate.input));
  const valid: RegisteredInput[] = [];
  for (const { line, input } of candidates) {
    const id = existing.get(duplicateKey(input));
    if (id === undefined) valid.push(input);
    else problems.push(problem(line, 'number', 'duplicate-in-register', id));
  }
  const written = options.dryRun || valid.length === 0 ? 0 : (await insertDocuments(db, valid, options.now)).length;
  return report(valid, written);
}
