// The reference API for the elements' browser tests: a fresh SQLite database in a temporary
// directory, migrated and seeded with the demo province plus the few cases the demo lacks, served
// on a free loopback port. Prints `{"url": …}` on one line once it listens; stops on SIGTERM.
// Usage: node --import tsx --conditions=source reference-server.ts <origin of the test pages>
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceAllowedOrigins } from '../../server/src/agencies/agency-repository.js';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createDatabase, migrateToLatest } from '../../server/src/db/database.js';
import { saveLeader } from '../../server/src/leaders/leader-repository.js';
import { loadMasterKey } from '../../server/src/security/master-key.js';
import { Secrets } from '../../server/src/security/secrets.js';
import { seedDemoData } from '../../server/src/seed/seed.js';
import { demoAllowedOrigins, provinceAgency } from '../../server/src/seed/demo-province.js';

const [pageOrigin = 'http://localhost:8000'] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-elements-'));
const config = { ...loadConfig({}), dataDir, host: '127.0.0.1', port: 0, rateLimits: false as const, visitFlushIntervalMs: 50, backupIntervalHours: 0 };
const database = createDatabase(config);
await migrateToLatest(database.db);
const now = new Date();
await seedDemoData({ db: database.db, secrets: new Secrets(loadMasterKey(config.encryptionKey, dataDir)), now, utcOffsetMinutes: config.utcOffsetMinutes });
// Pages of the test runner may write (count visits) like the province's own site.
await replaceAllowedOrigins(database.db, provinceAgency, [...(demoAllowedOrigins[provinceAgency] ?? []), pageOrigin]);
// What the demo has not: a leader with Vietnamese only (fallback), a photo, every contact, a term
// with an end, and a biography carrying script that must never run.
await saveLeader(
  database.db,
  'fixture-sgddt-0',
  {
    agency: 'sgddt',
    order: 0,
    fullName: 'Nguyễn Thị Ánh Tuyết',
    position: { vi: 'Giám đốc Sở' },
    unit: { vi: 'Sở Giáo dục và Đào tạo' },
    term: { from: '2021-06-15', to: '2026-06-14' },
    duties: { vi: 'Phụ trách chung; giáo dục mầm non.' },
    biography: { vi: '<p>Sinh năm 1975. <strong>Tiến sĩ</strong> Giáo dục học.</p><img src="data:," alt="" onerror="window.bioScriptRan=true"><script>window.bioScriptRan=true</script>' },
    phone: '0263 3826 100',
    mobile: '0912 345 678',
    fax: '0263 3826 199',
    email: 'tuyet.nta@binhson.example',
    photo: { url: `${pageOrigin}/packages/elements/test/fixtures/portrait.svg`, width: 300, height: 400 },
  },
  false,
);

const app = await buildApp({ config, database });
await app.listen({ host: config.host, port: 0 });
const { port } = app.server.address() as AddressInfo;
console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.destroy())
    .finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});
