import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestClock } from '../../test/test-app.js';
import { createTestDatabase } from '../../test/test-database.js';
import { buildApp } from '../app.js';
import { listBackups } from './backup-store.js';
import type { BackupStatus } from './schedule.js';

const hourMs = 3_600_000;

/** The backup part of `GET /readyz`, once `done` says it is what the test waits for (or after 5 s). */
async function readyBackup(app: Awaited<ReturnType<typeof buildApp>>, done: (status: BackupStatus) => boolean): Promise<BackupStatus> {
  let status: BackupStatus | undefined;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    status = (await app.inject({ method: 'GET', url: '/readyz' })).json<{ backup: BackupStatus }>().backup;
    if (done(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`readyz never showed the awaited backup status: ${JSON.stringify(status)}`);
}

describe('backup schedule across restarts', () => {
  test('a server whose last backup is older than the interval takes one at start; one within it does not', async () => {
    const testDatabase = await createTestDatabase('sqlite', { backupIntervalHours: 24 });
    const { config, database } = testDatabase;
    const clock = new TestClock();
    const start = () => buildApp({ config, database, now: clock.now });
    try {
      // Never backed up: the first start takes one.
      let app = await start();
      const first = await readyBackup(app, (status) => status.lastTakenAt !== null);
      assert.deepEqual(first, { lastTakenAt: clock.now().toISOString(), intervalHours: 24, overdue: false }, 'the first start took a backup');
      await app.close();
      assert.equal(listBackups(config).length, 1, 'one backup after the first start');

      // Restarted within the interval: nothing is due, and readyz says when the last was taken.
      clock.advance(23 * hourMs);
      app = await start();
      assert.deepEqual(await readyBackup(app, () => true), { ...first, overdue: false }, 'the second start found the backup recent');
      await app.close();
      assert.equal(listBackups(config).length, 1, 'no backup at a restart within the interval');

      // Restarted after the interval (the server was down when the backup fell due): taken at start.
      clock.advance(2 * hourMs);
      app = await start();
      const taken = await readyBackup(app, (status) => status.lastTakenAt !== first.lastTakenAt);
      assert.deepEqual(taken, { lastTakenAt: clock.now().toISOString(), intervalHours: 24, overdue: false }, 'the overdue backup was taken at start');
      await app.close();
      assert.equal(listBackups(config).length, 2, 'a second backup after the overdue start');
    } finally {
      await testDatabase.drop();
    }
  });

  test('readyz warns when the last backup is older than the schedule', async () => {
    const testDatabase = await createTestDatabase('sqlite', { backupIntervalHours: 24 });
    const clock = new TestClock();
    const app = await buildApp({ config: { ...testDatabase.config, backupIntervalHours: 0 }, database: testDatabase.database, now: clock.now });
    try {
      assert.equal((await readyBackup(app, () => true)).overdue, false, 'no schedule, nothing overdue');
    } finally {
      await app.close();
    }
    const scheduled = await buildApp({ config: testDatabase.config, database: testDatabase.database, now: clock.now });
    try {
      await readyBackup(scheduled, (status) => status.lastTakenAt !== null);
      clock.advance(25 * hourMs);
      const late = await readyBackup(scheduled, () => true);
      assert.equal(late.overdue, true, 'a backup 25 hours old is overdue on a 24-hour schedule');
    } finally {
      await scheduled.close();
      await testDatabase.drop();
    }
  });
});
