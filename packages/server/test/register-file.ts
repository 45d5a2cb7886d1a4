import { importHeader, importRow } from '../src/legal-documents/import/columns.js';

export interface ExpectedProblem {
  line: number;
  column: string;
  code: string;
}

export interface GeneratedRegister {
  /** The header row, then one row per document. */
  rows: string[][];
  /** The problems the import must report, by line (the header is line 1). */
  expected: ExpectedProblem[];
}

/** A mistake every `mistakeEvery` rows, one kind at a time, each where a spreadsheet would show it. */
const mistakes: { column: string; code: string; apply: (row: Record<string, string>, index: number) => void }[] = [
  { column: 'issued_date', code: 'invalid-date', apply: (row) => (row.issued_date = '31/02/2024') },
  { column: 'type', code: 'not-allowed-value', apply: (row) => (row.type = 'Nghị quyết ABC') },
  { column: 'summary_vi', code: 'required', apply: (row) => (row.summary_vi = '') },
  { column: 'summary_vi', code: 'formula', apply: (row) => (row.summary_vi = '=HYPERLINK("http://127.0.0.1/x","Bấm vào đây")') },
  // The same number as the row 4 before (a valid one), written another way: leading zero, lower case, spaces.
  { column: 'number', code: 'duplicate-in-file', apply: (row, index) => (row.number = `0${index - 4}/2024/qđ-ubnd `) },
  { column: 'agency', code: 'unknown-agency', apply: (row) => (row.agency = 'khong-co-co-quan-nay') },
  // The row as it is: the test puts a document of its number in the register first.
  { column: 'number', code: 'duplicate-in-register', apply: () => undefined },
  { column: 'status', code: 'not-allowed-value', apply: (row) => (row.status = 'đang xem xét') },
];

export interface RegisterOptions {
  agency: string;
  /** Rows between two mistakes; none without it. */
  mistakeEvery?: number;
}

/** A register of `count` documents as the template's columns hold them, with mistakes where asked. */
export function generateRegister(count: number, options: RegisterOptions): GeneratedRegister {
  const rows: string[][] = [importHeader];
  const expected: ExpectedProblem[] = [];
  let mistakeIndex = 0;
  for (let index = 1; index <= count; index++) {
    const row: Record<string, string> = {
      number: `${index}/2024/QĐ-UBND`,
      type: index % 2 === 0 ? 'decision' : 'Quyết định',
      issuer_code: 'ubnd-tinh',
      issuer_vi: 'Ủy ban nhân dân tỉnh',
      summary_vi: `Quy định số ${index} về quản lý đất đai và tài nguyên`,
      summary_en: index % 3 === 0 ? `Rules no. ${index} on land management` : '',
      issued_date: index % 2 === 0 ? '2024-03-15' : '15/03/2024',
      effective_date: '2024-04-01',
      status: index % 2 === 0 ? 'in-force' : 'Còn hiệu lực',
      agency: options.agency,
      normative: index % 5 === 0 ? 'không' : 'có',
      fields: 'dat-dai|Đất đai',
      replaces: index % 10 === 0 ? `${index}/2019/QĐ-UBND` : '',
    };
    const every = options.mistakeEvery;
    if (every !== undefined && index % every === 0 && index > 5) {
      const mistake = mistakes[mistakeIndex % mistakes.length];
      mistakeIndex += 1;
      if (mistake !== undefined) {
        mistake.apply(row, index);
        expected.push({ line: index + 1, column: mistake.column, code: mistake.code });
      }
    }
    rows.push(importRow(row));
  }
  return { rows, expected };
}

/** Rows as CSV text (RFC 4180), without escaping formulas: the file is what a careless export holds. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}
