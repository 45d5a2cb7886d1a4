import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RegisterImportReport, registerImportMediaTypes, safeParse, type ActivityReport, type AdminLegalDocumentList, type LegalDocumentInput, type Problem } from '@vn-portal/schema';
import { sql } from 'kysely';
import { adminRequest, seedAgencies } from '../../../test/fixtures.js';
import { csvText, generateRegister } from '../../../test/register-file.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { testDialects } from '../../../test/test-database.js';
import { xlsxFile } from '../../../test/xlsx-file.js';
import { createApiKey } from '../../admin/api-keys.js';
import { loadMasterKey } from '../../security/master-key.js';
import { Secrets } from '../../security/secrets.js';
import { importColumns, importHeader, importRow } from './columns.js';

const importUrl = '/api/v1/admin/legal-documents/imports';

const document = (number: string): LegalDocumentInput => ({
  number,
  type: 'decision',
  summary: { vi: 'Văn bản có sẵn trong sổ' },
  issuedDate: '2023-01-10',
  issuer: { code: 'ubnd-tinh', name: { vi: 'Ủy ban nhân dân tỉnh' } },
  fields: [],
  status: 'in-force',
  agency: 'ubnd-tinh',
  stage: 'issued',
  attachments: [],
  normative: true,
  relations: [],
});

for (const dialect of testDialects) {
  describe(`register import (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const upload = (body: Uint8Array | string, options: { dryRun?: boolean; type?: string; authorization?: string } = {}) =>
      t.app.inject({
        method: 'POST',
        url: `${importUrl}?dryRun=${options.dryRun === true ? 'true' : 'false'}`,
        headers: { authorization: options.authorization ?? t.admin.authorization, 'content-type': options.type ?? registerImportMediaTypes.csv },
        payload: typeof body === 'string' ? body : Buffer.from(body),
      });
    const reportOf = (response: Awaited<ReturnType<typeof upload>>) => {
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json<RegisterImportReport>();
      assert.ok(safeParse(RegisterImportReport, report).success, 'the report matches the schema');
      return report;
    };
    const documentCount = async () => Number((await sql<{ n: number }>`select count(*) as n from legal_documents`.execute(t.testDatabase.database.db)).rows[0]?.n);

    test('5,000 rows with mistakes: the dry run reports each by line and column and writes nothing; the import writes every valid row', async () => {
      const { rows, expected } = generateRegister(5000, { agency: 'ubnd-tinh', mistakeEvery: 9 });
      const numberColumn = importColumns.findIndex((column) => column.name === 'number');
      const registered = expected.filter((problem) => problem.code === 'duplicate-in-register').map((problem) => rows[problem.line - 1]?.[numberColumn] ?? '');
      assert.ok(registered.length > 50, 'the file has rows already in the register');
      for (const number of registered) await adminRequest(t, 'POST', '/api/v1/admin/legal-documents', document(number), 201);
      const before = await documentCount();
      const file = csvText(rows);

      const dryRun = reportOf(await upload(file, { dryRun: true }));
      assert.deepEqual(
        dryRun.problems.map((problem) => ({ line: problem.line, column: problem.column, code: problem.code })),
        expected,
        'every mistake, where it is, and nothing else',
      );
      for (const problem of dryRun.problems) assert.ok(problem.message.vi !== '' && problem.message.en !== '', `line ${problem.line}: a message in both languages`);
      assert.deepEqual([dryRun.dryRun, dryRun.rows, dryRun.valid, dryRun.written], [true, 5000, 5000 - expected.length, 0]);
      assert.equal(await documentCount(), before, 'a dry run writes nothing');

      const confirmed = reportOf(await upload(file));
      assert.deepEqual([confirmed.valid, confirmed.written], [5000 - expected.length, 5000 - expected.length]);
      assert.equal(await documentCount(), before + confirmed.written, 'every valid row is in the register');
      // One transaction: every document written carries the one instant of the import, and the
      // search finds them (the index was refreshed once, after the commit).
      const stamps = await t.testDatabase.database.db.selectFrom('legal_documents').select('published_at').distinct().where('number', 'like', '%/2024/QĐ-UBND').execute();
      assert.equal(stamps.length, 1, 'the documents share the instant of their transaction');
      const found = await t.app.inject({ method: 'GET', url: '/api/v1/legal-documents?q=4999%2F2024%2FQĐ-UBND' });
      assert.equal(found.json<{ items: { number: string }[] }>().items[0]?.number, '4999/2024/QĐ-UBND', 'an imported document is found by its number');

      const again = reportOf(await upload(file, { dryRun: true }));
      assert.equal(again.valid, 0, 'a second import of the same file finds every row in the register');
      assert.ok(again.problems.some((problem) => problem.code === 'duplicate-in-register' && problem.line === 2), 'line 2 is now a duplicate of the register');
    });

    test('imports racing on the same numbers: one writes them, each other is told which document holds them, never a 5xx', async () => {
      const rows = generateRegister(200, { agency: 'stttt' }).rows.map((row) => row.map((cell) => cell.replace('/2024/', '/2037/')));
      const before = await documentCount();
      const answers = await Promise.all(Array.from({ length: 6 }, () => upload(csvText(rows))));
      const written = answers.filter((answer) => answer.statusCode === 200 && answer.json<RegisterImportReport>().written === 200);
      assert.equal(written.length, 1, `exactly one import writes the rows: ${answers.map((answer) => answer.statusCode).join(' ')}`);
      for (const answer of answers.filter((candidate) => !written.includes(candidate))) {
        if (answer.statusCode === 409) {
          const problem = answer.json<Problem & { existingId?: string }>();
          assert.equal(problem.code, 'duplicate-number', answer.body);
          assert.ok(problem.existingId !== undefined && problem.existingId !== '', 'the problem names the document holding the number');
        } else {
          const report = reportOf(answer);
          assert.deepEqual([report.written, report.problems.every((problem) => problem.code === 'duplicate-in-register')], [0, true], 'a later import finds every row in the register');
        }
      }
      assert.equal(await documentCount(), before + 200, 'each document once');
    });

    test("an old register's publication days are kept: on time is not late, late is, and impossible, earlier or future days are problems", async () => {
      const row = (number: string, publishedDate: string) =>
        importRow({ number, type: 'decision', issuer_code: 'so-tttt', issuer_vi: 'Sở TTTT', summary_vi: 'Quy chế của sổ cũ', issued_date: '12/08/2019', status: 'in-force', agency: 'stttt', published_date: publishedDate });
      const rows = [
        importHeader,
        row('1/2019/QĐ-STTTT', '13/08/2019'),
        row('2/2019/QĐ-STTTT', '2019-09-02'),
        row('3/2019/QĐ-STTTT', ''),
        row('4/2019/QĐ-STTTT', '2019-08-01'),
        row('5/2019/QĐ-STTTT', '2099-01-01'),
        row('6/2019/QĐ-STTTT', '31/02/2019'),
      ];
      const report = reportOf(await upload(csvText(rows)));
      assert.deepEqual(
        report.problems.map((problem) => [problem.line, problem.column, problem.code]),
        [
          [5, 'published_date', 'published-before-issue'],
          [6, 'published_date', 'published-in-future'],
          [7, 'published_date', 'invalid-date'],
        ],
      );
      assert.equal(report.written, 3);
      // Newest issue first: the 2019 documents are on the list's last page.
      const first = await adminRequest<AdminLegalDocumentList>(t, 'GET', '/api/v1/admin/legal-documents?agency=stttt&pageSize=100');
      const last = Math.ceil(first.total / 100);
      const { items } = await adminRequest<AdminLegalDocumentList>(t, 'GET', `/api/v1/admin/legal-documents?agency=stttt&pageSize=100&page=${String(last)}`);
      const publication = (number: string) => items.find((item) => item.number === number)?.publication;
      assert.deepEqual(publication('1/2019/QĐ-STTTT'), { dueDate: '2019-08-14', publishedAt: '2019-08-12T17:00:00.000Z', late: false }, 'published on its day (local midnight), on time');
      assert.equal(publication('2/2019/QĐ-STTTT')?.late, true, 'published three weeks after issue: late');
      assert.equal(publication('3/2019/QĐ-STTTT')?.publishedAt, t.clock.now().toISOString(), 'no day given: published by the import');
      const year = await adminRequest<ActivityReport>(t, 'GET', '/api/v1/admin/reports/activity?from=2019-01-01&to=2019-12-31&agency=stttt');
      assert.deepEqual(year.total.documents, { published: 2, late: 1, withdrawn: 0 }, "2019's report counts the old register's documents in 2019");
    });

    test('a write failing midway leaves the register as it was', async () => {
      const db = t.testDatabase.database.db;
      if (dialect === 'sqlite') {
        await sql`create trigger refuse_import before insert on legal_documents when new.number = '3/2031/QĐ-UBND' begin select raise(abort, 'refused'); end`.execute(db);
      } else {
        await sql`create function refuse_import() returns trigger language plpgsql as $$ begin if new.number = '3/2031/QĐ-UBND' then raise exception 'refused'; end if; return new; end $$`.execute(db);
        await sql`create trigger refuse_import before insert on legal_documents for each row execute function refuse_import()`.execute(db);
      }
      try {
        const rows = generateRegister(5, { agency: 'stttt' }).rows.map((row, index) => (index === 0 ? row : row.map((cell) => cell.replace('/2024/', '/2031/'))));
        const before = await documentCount();
        const response = await upload(csvText(rows));
        assert.ok(response.statusCode >= 400, `the database refused a row: ${response.statusCode}`);
        assert.equal(await documentCount(), before, 'none of the five rows was written');
      } finally {
        await sql`drop trigger refuse_import${sql.raw(dialect === 'postgres' ? ' on legal_documents' : '')}`.execute(db);
      }
    });

    test('XLSX: rows and problems by the sheet row; a damaged or foreign file is a 422 problem', async () => {
      const { rows } = generateRegister(3, { agency: 'stttt' });
      const sheet = rows.map((row, index) => (index === 0 ? row : row.map((cell) => cell.replace('/2024/', '/2032/'))));
      sheet[2] = sheet[2]?.map((cell, column) => (importColumns[column]?.name === 'issued_date' ? '2024-13-01' : cell)) ?? [];
      const report = reportOf(await upload(xlsxFile(sheet), { dryRun: true, type: registerImportMediaTypes.xlsx }));
      assert.equal(report.format, 'xlsx');
      assert.deepEqual(report.problems.map((problem) => [problem.line, problem.column, problem.code]), [[3, 'issued_date', 'invalid-date']]);
      assert.equal(report.valid, 2);

      const damaged = xlsxFile(sheet).slice(0, 200);
      for (const body of [damaged, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
        const response = await upload(body, { dryRun: true, type: registerImportMediaTypes.xlsx });
        assert.equal(response.statusCode, 422, response.body);
        assert.equal(response.json<Problem>().errors?.[0]?.path, 'file', 'the problem names the file');
      }
    });

    test('Windows-1258 and a UTF-8 BOM with semicolons are read as Vietnamese; TCVN3 text and foreign bodies are refused clearly', async () => {
      const row = (number: string, summary: string) => importRow({ number, type: 'decision', issuer_code: 'ubnd-tinh', issuer_vi: 'UBND tỉnh', summary_vi: summary, issued_date: '2024-02-01', status: 'in-force', agency: 'stttt' });
      // "Quyết định về đất" and "QĐ" in Windows-1258 (tone marks are combining characters of their own), the rest ASCII.
      const ascii = (text: string) => Buffer.from(text, 'latin1');
      const summary = Buffer.from([0x51, 0x75, 0x79, 0xea, 0xec, 0x74, 0x20, 0xf0, 0x69, 0xf2, 0x6e, 0x68, 0x20, 0x76, 0xea, 0xcc, 0x20, 0xf0, 0xe2, 0xec, 0x74]);
      const [beforeSummary = '', afterSummary = ''] = row('1/2033/QX-UBND', '@').map((cell) => cell.replace('UBND tỉnh', 'UBND tinh')).join(',').split('@');
      const [numberStart = '', numberEnd = ''] = beforeSummary.split('X');
      const bytes = Buffer.concat([ascii(`${importHeader.join(',')}\r\n${numberStart}`), Buffer.from([0xd0]), ascii(numberEnd), summary, ascii(`${afterSummary}\r\n`)]);
      const legacy = reportOf(await upload(bytes, { dryRun: true }));
      assert.equal(legacy.encoding, 'windows-1258');
      assert.deepEqual(legacy.problems, [], JSON.stringify(legacy.problems));
      await upload(bytes);
      const stored = await t.testDatabase.database.db.selectFrom('legal_documents').select(['summary_vi', 'number']).where('number', '=', '1/2033/QĐ-UBND').executeTakeFirstOrThrow();
      assert.equal(stored.summary_vi, 'Quyết định về đất', 'composed (NFC) Vietnamese');

      const bom = `\uFEFF${importHeader.join(';')}\r\n${row('2/2033/QĐ-UBND', 'Quy định về rừng').join(';')}\r\n${row('3/2033/QĐ-UBND', 'Quy ®Þnh vÒ rõng').join(';')}\r\n`;
      const semicolons = reportOf(await upload(bom, { dryRun: true }));
      assert.deepEqual([semicolons.encoding, semicolons.valid], ['utf-8', 1]);
      assert.deepEqual(semicolons.problems.map((problem) => [problem.line, problem.column, problem.code]), [[3, 'summary_vi', 'legacy-encoding']]);

      const json = await t.app.inject({ method: 'POST', url: importUrl, headers: t.admin, payload: { rows: [] } });
      assert.equal(json.statusCode, 415, 'the import takes a file, not JSON');
      const csvElsewhere = await t.app.inject({ method: 'POST', url: '/api/v1/admin/legal-documents', headers: { ...t.admin, 'content-type': 'text/csv' }, payload: 'a,b' });
      assert.equal(csvElsewhere.statusCode, 415, 'other operations take JSON alone');
      const unclosed = await upload(`${importHeader.join(',')}\r\n"1/2034/QĐ-UBND,decision\r\n`, { dryRun: true });
      assert.equal(unclosed.statusCode, 422, unclosed.body);
      const missing = reportOf(await upload('number,summary_vi,colour\r\n1/2035/QĐ-UBND,Quy định,xanh\r\n', { dryRun: true }));
      assert.deepEqual(
        missing.problems.map((problem) => [problem.line, problem.column, problem.code]),
        [[1, 'colour', 'unknown-column'], ...importColumns.filter((column) => column.required && !['number', 'summary_vi'].includes(column.name)).map((column) => [1, column.name, 'missing-column'])],
      );
      assert.equal(missing.valid, 0);
    });

    test('an agency-scoped key imports its agencies\' rows only; the template names its agency; huge bodies are refused', async () => {
      const secrets = new Secrets(loadMasterKey(t.testDatabase.config.encryptionKey, t.testDatabase.config.dataDir));
      const key = await createApiKey(t.testDatabase.database.db, secrets, { name: 'Sở TTTT', role: 'editor', agencies: ['stttt'] }, t.clock.now());
      const authorization = `Bearer ${key.secret}`;
      const rows = generateRegister(2, { agency: 'stttt' }).rows.map((row) => row.map((cell) => cell.replace('/2024/', '/2036/')));
      rows[2] = rows[2]?.map((cell) => (cell === 'stttt' ? 'ubnd-tinh' : cell)) ?? [];
      const report = reportOf(await upload(csvText(rows), { authorization, dryRun: true }));
      assert.deepEqual(report.problems.map((problem) => [problem.line, problem.column, problem.code]), [[3, 'agency', 'agency-not-covered']]);

      const template = await t.app.inject({ method: 'GET', url: `${importUrl}/template.csv`, headers: { authorization } });
      assert.equal(template.statusCode, 200);
      assert.match(String(template.headers['content-type'] ?? ''), /^text\/csv/);
      // The example is a valid row for the key's own agency, ready to be copied.
      const templateReport = reportOf(await upload(template.body, { authorization, dryRun: true }));
      assert.equal(templateReport.rows, 1);
      assert.deepEqual(templateReport.problems.map((problem) => [problem.line, problem.column, problem.code]), [], 'the example row is valid');

      const huge = await upload(Buffer.alloc(41 * 1024 * 1024, 0x61), { dryRun: true });
      assert.equal(huge.statusCode, 413, 'a body over the limit is refused before it is read');
    });
  });
}
