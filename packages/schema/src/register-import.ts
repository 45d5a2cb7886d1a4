import * as z from 'zod/mini';
import { LocalizedText, named, text } from './primitives.js';

/** The spreadsheet formats the register import reads, by the media type an upload declares. */
export const registerImportMediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type RegisterImportFormat = keyof typeof registerImportMediaTypes;

/** The largest file the import reads, in bytes: a register of 100,000 documents fits in it. */
export const registerImportMaxBytes = 40 * 1024 * 1024;

export const RegisterImportQuery = z.object({
  /** `true`: check every row and write nothing. */
  dryRun: z._default(z.enum(['true', 'false']), 'false'),
});
export type RegisterImportQuery = z.input<typeof RegisterImportQuery>;

/** One problem of an imported file, where a spreadsheet shows it: the line (1 is the header) and the column's name. */
export const RegisterImportProblem = named(
  'RegisterImportProblem',
  z.object({
    line: z.int().check(z.minimum(0)),
    /** The template's name of the column; absent for a problem of the whole row or file. */
    column: z.optional(text(100)),
    code: text(100, 1),
    message: LocalizedText,
  }),
);
export type RegisterImportProblem = z.output<typeof RegisterImportProblem>;

/**
 * What an import found, and (unless a dry run) wrote: every valid row is written in one
 * transaction, rows with problems are left out and listed.
 */
export const RegisterImportReport = named(
  'RegisterImportReport',
  z.object({
    dryRun: z.boolean(),
    format: z.enum(['csv', 'xlsx']),
    /** How the text of a CSV file was read: UTF-8 (with or without BOM), UTF-16, or Windows-1258 when it was not UTF-8. */
    encoding: z.optional(z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258'])),
    rows: z.int().check(z.minimum(0)),
    valid: z.int().check(z.minimum(0)),
    written: z.int().check(z.minimum(0)),
    problems: z.array(RegisterImportProblem),
    /** Problems past the first 10,000, counted but not listed. */
    problemsNotListed: z.int().check(z.minimum(0)),
  }),
);
export type RegisterImportReport = z.output<typeof RegisterImportReport>;
