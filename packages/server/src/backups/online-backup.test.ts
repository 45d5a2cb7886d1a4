// Backups taken while the server keeps writing are consistent snapshots: restored (from the second
// location, as after losing the first), they match the row counts and checksums of their manifest,
// pass the integrity and tally checks, and hold only rows the live database has too.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Backup } from '@vn-portal/schema';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { adminRequest, commentSubmission, createOpenDraft, createPoll, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { recountAndTallies } from '../../test/poll-audit.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createTestDatabase, testDialects } from '../../test/test-database.js';
import { createDatabase, sqliteFileName } from '../db/database.js';
import { restoreBackup, summarizeDatabase } from './backup-store.js';
import { backedUpTables, readManifest } from './manifest.js';

test('the manifest covers every table the migrations create', async () => {
  const testDatabase = await createTestDatabase('sqlite');
  try {
    const tables = await testDatabase.database.db.introspection.getTables();
    const names = tables.map((table) => table.name).filter((name) => !name.startsWith('sqlite_'));
    const migrations = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name like 'kysely_%'`.execute(testDatabase.database.db);
    assert.deepEqual([...names, ...migrations.rows.map((row) => row.name)].sort(), Object.keys(backedUpTables).sort());
  } finally {
    await testDatabase.drop();
  }
});

for (const dialect of testDialects) {
  describe(`online backup under live writes (${dialect})`, () => {
    let t: TestApp;
    let copyDir: string;
    let pollId: string;
    let draftId: string;
    before(async () => {
      copyDir = mkdtempSync(join(tmpdir(), 'vn-portal-second-place-'));
      t = await startTestApp(dialect, { config: { backupCopyDir: copyDir } });
      t.clock.current = new Date();
      await seedAgencies(t);
      // Every vote of the writer comes from the test's one address: the daily cap is not what is tested here.
      pollId = await createPoll(t, { maxVotesPerAddressPerDay: 1_000_000 });
      draftId = await createOpenDraft(t);
    });
    after(async () => {
      await t.close();
      rmSync(copyDir, { recursive: true, force: true });
    });

    /** Writes through the API until told to stop: votes, questions and comments, eight at a time. */
    function liveWrites() {
      let stopped = false;
      let written = 0;
      const writer = async (lane: number) => {
        for (let n = 0; !stopped; n += 1) {
          const kind = n % 3;
          const answer =
            kind === 0
              ? await t.app.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: `backup-${lane}-${String(n).padStart(8, '0')}`, optionIds: ['tot'] } })
              : kind === 1
                ? await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission({ title: `Câu hỏi khi sao lưu ${lane}-${n}` }) })
                : await t.app.inject({ method: 'POST', url: `/api/v1/legal-documents/${draftId}/comments`, payload: commentSubmission() });
          assert.ok(answer.statusCode < 300, answer.body);
          written += 1;
        }
      };
      const lanes = Promise.all(Array.from({ length: 8 }, (_, lane) => writer(lane)));
      return {
        written: () => written,
        stop: async () => {
          stopped = true;
          await lanes;
        },
      };
    }

    const count = async (table: 'votes' | 'questions' | 'legal_document_comments') =>
      (await t.testDatabase.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

    test('three backups taken during writes restore from the second location with matching counts and checksums', async (context) => {
      const writes = liveWrites();
      const backups: { backup: Backup; votesBefore: number; votesAfter: number }[] = [];
      try {
        for (let n = 0; n < 3; n += 1) {
          await new Promise((resolve) => setTimeout(resolve, 150));
          const votesBefore = await count('votes');
          const backup = await adminRequest<Backup>(t, 'POST', '/api/v1/admin/backups', undefined, 201);
          backups.push({ backup, votesBefore, votesAfter: await count('votes') });
        }
      } finally {
        await writes.stop();
      }
      assert.ok(writes.written() > 30, 'the backups ran under writes');
      const listed = await adminRequest<{ items: Backup[] }>(t, 'GET', '/api/v1/admin/backups');
      assert.equal(listed.items.length, 3);
      assert.ok(listed.items.every((item) => item.copied === true && item.sha256 !== undefined), 'every listed backup is copied and has its SHA-256');

      for (const { backup, votesBefore, votesAfter } of backups) {
        const copy = join(copyDir, backup.id);
        const manifest = readManifest(copy);
        assert.equal(manifest.sha256, backup.sha256);
        const votes = manifest.tables.votes?.rows ?? -1;
        assert.ok(votes >= votesBefore && votes <= votesAfter, `the snapshot is of a moment during the backup: ${votesBefore} ≤ ${votes} ≤ ${votesAfter}`);

        const target = await createTestDatabase(dialect);
        try {
          await target.disconnect();
          const config = { ...target.config, dataDir: mkdtempSync(join(tmpdir(), 'vn-portal-restore-')) };
          await restoreBackup(config, copy);
          const restored = createDatabase(config);
          try {
            // restoreBackup checked the manifest; checked here again, table by table.
            assert.deepEqual(await summarizeDatabase(restored), manifest.tables);
            if (restored.dialect === 'sqlite') assert.deepEqual(restored.native.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
            const { recount, tallies } = await recountAndTallies(restored.db, pollId);
            assert.deepEqual(tallies, recount, 'the tallies of the snapshot equal its vote rows');
            const restoredVotes = await restored.db.selectFrom('votes').select('voter').where('poll_id', '=', pollId).execute();
            const live = new Set((await t.testDatabase.database.db.selectFrom('votes').select('voter').where('poll_id', '=', pollId).execute()).map((row) => row.voter));
            assert.ok(restoredVotes.every((row) => live.has(row.voter)), 'only rows the live database has');
          } finally {
            await restored.destroy();
            rmSync(config.dataDir, { recursive: true, force: true });
          }
        } finally {
          await target.drop();
        }
      }
      context.diagnostic(`${writes.written()} writes during the backups; snapshots of ${backups.map((entry) => readManifest(join(copyDir, entry.backup.id)).tables.votes?.rows ?? 0).join(', ')} votes`);
    });

    test('a damaged copy is refused before anything is restored', async () => {
      const [backup] = (await adminRequest<{ items: Backup[] }>(t, 'GET', '/api/v1/admin/backups')).items;
      assert.ok(backup, 'a backup is listed');
      const damaged = join(copyDir, backup.id);
      const bytes = readFileSync(damaged);
      bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
      writeFileSync(damaged, bytes);
      const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-restore-'));
      try {
        await assert.rejects(restoreBackup({ dataDir, databaseUrl: undefined }, damaged), /damaged/);
        assert.throws(() => new BetterSqlite3(join(dataDir, sqliteFileName), { fileMustExist: true }), 'nothing was restored');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
