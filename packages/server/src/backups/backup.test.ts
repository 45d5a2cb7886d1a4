import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Backup } from '@vn-portal/schema';
import { adminRequest, createPoll, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createTestDatabase, testDialects } from '../../test/test-database.js';
import { buildApp } from '../app.js';
import { createDatabase, migrateToLatest } from '../db/database.js';
import { backupDirOf, restoreBackup } from './backup-store.js';

/** Everything a client can read, as one comparable value. */
async function contentOf(app: TestApp['app'], authorization: string, pollId: string): Promise<unknown> {
  const urls = ['/api/v1/agencies', '/api/v1/leaders', `/api/v1/polls/${pollId}/results`, '/api/v1/admin/questions', '/api/v1/admin/api-keys'];
  const bodies = [];
  for (const url of urls) bodies.push((await app.inject({ method: 'GET', url, headers: { authorization } })).json<unknown>());
  return bodies;
}

for (const dialect of testDialects) {
  describe(`backup and restore (${dialect})`, () => {
    let t: TestApp;
    let pollId: string;
    const encryptionKey = Buffer.alloc(32, 7).toString('base64');
    before(async () => {
      t = await startTestApp(dialect, { config: { encryptionKey } });
      await seedAgencies(t);
      pollId = await createPoll(t);
      for (let n = 0; n < 5; n += 1) {
        await t.app.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: voterToken(n), optionIds: ['tot'] } });
      }
    });
    after(() => t.close());

    test('a backup restored into an empty data directory gives back the same content', async () => {
      const backup = await adminRequest<Backup>(t, 'POST', '/api/v1/admin/backups', undefined, 201);
      assert.ok(backup.size > 0, 'the backup file is not empty');
      const listed = await adminRequest<{ items: Backup[] }>(t, 'GET', '/api/v1/admin/backups');
      assert.deepEqual(listed.items.map((item) => item.id), [backup.id]);
      const before = await contentOf(t.app, t.admin.authorization, pollId);

      const file = join(backupDirOf(t.testDatabase.config.dataDir), backup.id);
      const target = dialect === 'sqlite' ? undefined : await createTestDatabase('postgres');
      const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-restore-'));
      const config = { ...t.testDatabase.config, dataDir, databaseUrl: target?.config.databaseUrl };
      try {
        await target?.disconnect();
        await restoreBackup(config, file);
        const database = createDatabase(config);
        await migrateToLatest(database.db);
        const restored = await buildApp({ config, database, now: t.clock.now });
        try {
          assert.deepEqual(await contentOf(restored, t.admin.authorization, pollId), before);
        } finally {
          await restored.close();
          await database.destroy();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
        await target?.drop();
      }
    });
  });
}
