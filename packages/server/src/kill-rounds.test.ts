// Questions, votes and comments are acknowledged only once durable: a server process killed with
// SIGKILL in the middle of write bursts, round after round, loses no write it acknowledged, and
// leaves a database that passes SQLite's integrity check. The process is a small pre-bundled
// writer (`test/durability-writer.ts`) running the real app, so a round costs a fraction of a
// second instead of a full server start through tsx.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { createOpenDraft, createPoll, seedAgencies } from '../test/fixtures.js';
import { recountAndTallies } from '../test/poll-audit.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { testDialects } from '../test/test-database.js';
import { createDatabase } from './db/database.js';
import { voterKey } from './polls/poll-repository.js';

const rounds = 200;

/** The drivers, native or with optional native parts: imported by the bundle from node_modules. */
const externalPackages = new Set(['better-sqlite3', 'pg', 'pg-native']);

/** Bundles the writer with everything it imports but the drivers: one small file that starts fast. */
async function bundleWriter(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../test/durability-writer.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'error',
    plugins: [
      {
        name: 'drivers-stay-external',
        setup(plugin) {
          plugin.onResolve({ filter: /^[^./]/ }, (args) => (externalPackages.has(args.path) ? { path: import.meta.resolve(args.path), external: true } : undefined));
        },
      },
    ],
  });
}

interface Round {
  acked: { question: string[]; vote: string[]; comment: string[] };
  output: string;
}

/** A writer process, loaded and waiting for `run` to open the database and start writing. */
interface Writer {
  /** Starts the burst; SIGKILLs the writer `afterMs` after it has acknowledged a write of each kind (votes wait for their batch). */
  run(afterMs: number): Promise<Round>;
  /** Kills a writer that will not be run (the test failed before its round). */
  discard(): void;
}

/** Starts a writer process: it loads while the previous round is being checked. */
function startWriter(writer: string, env: NodeJS.ProcessEnv): Writer {
  const child: ChildProcess = spawn(process.execPath, [writer], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const round: Round = { acked: { question: [], vote: [], comment: [] }, output: '' };
  const exited = once(child, 'exit');
  let afterMs = 0;
  let killing = false;
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    // A line cut by the kill has no newline yet: it was never acknowledged.
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const [word, kind, key] = line.split(' ');
      if (word !== 'ack' || (kind !== 'question' && kind !== 'vote' && kind !== 'comment') || key === undefined) continue;
      round.acked[kind].push(key);
      if (!killing && Object.values(round.acked).every((keys) => keys.length > 0)) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (round.output += chunk.toString()));
  return {
    async run(killAfterMs) {
      afterMs = killAfterMs;
      child.stdin?.write('go\n');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
      clearTimeout(timer);
      assert.equal(signal, 'SIGKILL', `the writer stopped by itself (${String(code)}): ${round.output}`);
      return round;
    },
    discard() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

for (const dialect of testDialects) {
  describe(`SIGKILL during write bursts (${dialect})`, () => {
    let t: TestApp;
    let writer: string;
    let env: NodeJS.ProcessEnv;
    let pollId: string;
    before(async () => {
      t = await startTestApp(dialect);
      // The writer runs on the real clock: the draft must be open now.
      t.clock.current = new Date();
      await seedAgencies(t);
      pollId = await createPoll(t);
      const draftId = await createOpenDraft(t);
      writer = join(t.testDatabase.config.dataDir, 'durability-writer.mjs');
      await bundleWriter(writer);
      const { config } = t.testDatabase;
      env = { ...process.env, DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '', LOG_LEVEL: 'silent', POLL_ID: pollId, DRAFT_ID: draftId };
    });
    after(async () => {
      await t.close();
      rmSync(writer, { force: true });
    });

    test('a commit returns once on disk: SQLite synchronous=FULL, PostgreSQL synchronous_commit=on whatever the server’s default', async () => {
      const { database } = t.testDatabase;
      if (database.dialect === 'sqlite') {
        assert.deepEqual(database.native.pragma('synchronous'), [{ synchronous: 2 }]);
        assert.deepEqual(database.native.pragma('journal_mode'), [{ journal_mode: 'wal' }]);
        assert.deepEqual(database.native.pragma('secure_delete'), [{ secure_delete: 1 }]);
        return;
      }
      const name = new URL(database.url).pathname.slice(1);
      await sql`${sql.raw(`alter database ${name} set synchronous_commit = off`)}`.execute(database.db);
      const reopened = createDatabase(t.testDatabase.config);
      try {
        const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(reopened.db);
        assert.equal(rows[0]?.synchronous_commit, 'on');
      } finally {
        await reopened.destroy();
        await sql`${sql.raw(`alter database ${name} reset synchronous_commit`)}`.execute(database.db);
      }
    });

    test(`${rounds} rounds: every acknowledged write survives, and the database stays consistent`, async (context) => {
      const { db } = t.testDatabase.database;
      const { database } = t.testDatabase;
      const totals = { question: 0, vote: 0, comment: 0 };
      const started = performance.now();
      let next = startWriter(writer, { ...env, RUN: '0' });
      context.after(() => {
        next.discard();
      });
      for (let round = 0; round < rounds; round += 1) {
        const current = next;
        // Kill at a different point of the burst each round: 0 to 24 ms into it.
        const running = current.run((round * 7) % 25);
        if (round + 1 < rounds) next = startWriter(writer, { ...env, RUN: String(round + 1) });
        const { acked } = await running;
        const questions = acked.question.length === 0 ? [] : await db.selectFrom('questions').select('tracking_code').where('tracking_code', 'in', acked.question).execute();
        const votes = acked.vote.length === 0 ? [] : await db.selectFrom('votes').select('voter').where('poll_id', '=', pollId).where('voter', 'in', acked.vote.map(voterKey)).execute();
        const comments = acked.comment.length === 0 ? [] : await db.selectFrom('legal_document_comments').select('id').where('id', 'in', acked.comment).execute();
        assert.equal(questions.length, acked.question.length, `round ${round}: an acknowledged question was lost`);
        assert.equal(votes.length, acked.vote.length, `round ${round}: an acknowledged vote was lost`);
        assert.equal(comments.length, acked.comment.length, `round ${round}: an acknowledged comment was lost`);
        if (database.dialect === 'sqlite') assert.deepEqual(database.native.pragma('integrity_check'), [{ integrity_check: 'ok' }], `round ${round}`);
        for (const kind of ['question', 'vote', 'comment'] as const) totals[kind] += acked[kind].length;
      }
      const { recount, tallies } = await recountAndTallies(db, pollId);
      assert.deepEqual(tallies, recount, 'the tallies equal a recount after every crash');
      assert.ok((recount['*'] ?? 0) >= totals.vote, 'the recount holds at least every acknowledged vote');
      if (database.dialect === 'sqlite') assert.deepEqual(database.native.pragma('foreign_key_check'), []);
      context.diagnostic(
        `${rounds} rounds in ${Math.round((performance.now() - started) / 1000)} s; acknowledged and found again: ${totals.question} questions, ${totals.vote} votes, ${totals.comment} comments`,
      );
    });
  });
}
