/*
 * Imports a register of 100,000 documents from a CSV file (the largest register a province is
 * expected to bring from its old CMS): the dry run that checks every row, then the import writing
 * them all in one transaction. Prints rows per second for each, per database.
 *
 *   npm run bench:import -w @vn-portal/server [-- --rows 100000 --dialects sqlite,postgres]
 */
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest } from '../src/db/database.js';
import { insertAgency } from '../src/agencies/agency-repository.js';
import { importRegister } from '../src/legal-documents/import/register-import.js';
import { csvText, generateRegister } from '../test/register-file.js';
import { benchDatabase, benchDialects } from './harness.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, dialects: { type: 'string', default: 'sqlite,postgres' } } });
const rows = Number(values.rows);
const file = Buffer.from(csvText(generateRegister(rows, { agency: 'ubnd-tinh' }).rows));
const table: Record<string, string | number>[] = [];

for (const dialect of benchDialects(values.dialects)) {
  const target = await benchDatabase(dialect);
  const database = createDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  try {
    await migrateToLatest(database.db);
    await insertAgency(database.db, { code: 'ubnd-tinh', name: { vi: 'UBND tỉnh' }, kind: 'province', order: 0 });
    for (const dryRun of [true, false]) {
      const started = performance.now();
      const report = await importRegister(database.db, file, { format: 'csv', dryRun, now: new Date(), covers: () => true });
      const seconds = (performance.now() - started) / 1000;
      if (report.valid !== rows) throw new Error(`expected ${rows} valid rows, found ${report.valid}: ${JSON.stringify(report.problems.slice(0, 3))}`);
      table.push({ database: dialect, step: dryRun ? 'dry run (check only)' : 'import (one transaction)', rows, 'file MB': +(file.length / 1e6).toFixed(1), seconds: +seconds.toFixed(2), 'rows/s': Math.round(rows / seconds) });
    }
  } finally {
    await database.destroy();
    await target.drop();
  }
}
console.table(table);
