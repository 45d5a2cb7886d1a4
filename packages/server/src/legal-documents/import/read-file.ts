import type { RegisterImportFormat, RegisterImportReport } from '@vn-portal/schema';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { readSheet, type CellValue, type SheetData } from 'read-excel-file/node';
import type { SheetRow } from './rows.js';

export type TextEncoding = NonNullable<RegisterImportReport['encoding']>;

/** The file as rows of text cells: the header apart, each row with the line a spreadsheet shows. */
export interface Sheet {
  header: SheetRow;
  rows: SheetRow[];
  encoding?: TextEncoding;
}

/** A file that cannot be read as a spreadsheet at all, in words for the person who sent it. */
export class UnreadableFile extends Error {
  constructor(readonly vi: string, en: string) {
    super(en);
    this.name = 'UnreadableFile';
  }
}

/**
 * What an XLSX (a zip archive) may unpack to: a register of 200,000 rows is far below it, and a
 * zip bomb (a few kilobytes swelling to gigabytes) far above.
 */
const maxUnpackedBytes = 512 * 1024 * 1024;
const maxEntries = 10_000;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * The text of a CSV file: UTF-8 with or without its byte-order mark, UTF-16 by its mark, and
 * otherwise Windows-1258 (the code page of Vietnamese Windows, which older Excel versions save
 * CSV in); Windows-1258 writes tone marks as combining characters, which NFC composes.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258' };
  }
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new UnreadableFile('Tệp không phải văn bản CSV', 'The file is not CSV text');
  // Excel in a Vietnamese locale saves CSV with semicolons: the header line tells which.
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, max_record_size: 2_000_000 });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new UnreadableFile(`Không đọc được CSV: ${error.message}`, `The CSV cannot be read: ${error.message}`);
  }
  // Lines are records, as a spreadsheet numbers its rows (a quoted cell may span several lines of text).
  const rows = records.flatMap((cells, index) => (isBlank(cells) ? [] : [{ line: index + 1, cells }]));
  const [header, ...body] = rows;
  if (header === undefined) throw new UnreadableFile('Tệp trống', 'The file is empty');
  return { header, rows: body, encoding };
}

/** Refuses an archive that would unpack past the limits, before anything is inflated. */
function checkArchive(bytes: Uint8Array): void {
  let unpacked = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        entries += 1;
        return false;
      },
    });
  } catch {
    throw new UnreadableFile('Tệp không phải XLSX hợp lệ (tệp nén hỏng)', 'The file is not a valid XLSX (a damaged archive)');
  }
  if (unpacked > maxUnpackedBytes || entries > maxEntries) {
    throw new UnreadableFile('Tệp XLSX giải nén ra quá lớn', 'The XLSX file unpacks to too much data');
  }
}

const cellText = (value: CellValue | null | undefined): string => {
  if (value === null || value === undefined) return '';
  // Dates of a sheet are calendar days: the library reads them as midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
};

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  checkArchive(bytes);
  let data: SheetData;
  try {
    data = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { trim: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    throw new UnreadableFile(`Không đọc được tệp XLSX: ${reason}`, `The XLSX file cannot be read: ${reason}`);
  }
  const rows: SheetRow[] = [];
  data.forEach((row, index) => {
    const cells = row.map(cellText);
    if (!isBlank(cells)) rows.push({ line: index + 1, cells });
  });
  const [header, ...body] = rows;
  if (header === undefined) throw new UnreadableFile('Trang tính đầu tiên trống', 'The first sheet is empty');
  return { header, rows: body };
}

/** Reads the first sheet of an XLSX file or a CSV file. */
export function readSpreadsheet(bytes: Uint8Array, format: RegisterImportFormat): Promise<Sheet> {
  return format === 'xlsx' ? readXlsx(bytes) : Promise.resolve(readCsv(bytes));
}
