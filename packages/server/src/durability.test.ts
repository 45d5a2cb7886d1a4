import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { AdminQuestionList, PollResults, VisitStats } from '@vn-portal/schema';
import { consentVersion } from '../test/fixtures.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/test-database.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const nodeArgs = ['--import', 'tsx', '--conditions=source', cli];
const seededPoll = 'binh-chon-1';

interface Server {
  child: ChildProcess;
  base: string;
}

/** Starts the real server process (`cli start`) and waits for the address it listens on. */
async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, [...nodeArgs, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the server did not start: ${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)}: ${output}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, base };
}

async function stop(server: Server, signal: NodeJS.Signals): Promise<number | null> {
  const exited = once(server.child, 'exit');
  server.child.kill(signal);
  const [code] = (await exited) as [number | null];
  return code;
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** Voters spread over offices (through the proxy the server trusts): one address has 50 votes a day counted. */
const votingOffice = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n % 4}` });

const question = (n: number) => ({
  asker: { kind: 'individual', fullName: `Người hỏi ${n}`, nationality: 'Việt Nam', occupation: 'Nông dân', idNumber: '001090000123', address: 'Xã An Phú', phone: '0912345678', email: `nguoi${n}@example.com` },
  topic: 'chinh-sach',
  title: `Câu hỏi số ${n} về chính sách đất đai`,
  content: 'Xin hỏi thủ tục chuyển mục đích sử dụng đất nông nghiệp sang đất ở như thế nào?',
  consent: { accepted: true, version: consentVersion },
});

for (const dialect of testDialects) {
  describe(`durability of the server process (${dialect})`, () => {
    let testDatabase: TestDatabase;
    let env: NodeJS.ProcessEnv;
    let authorization: string;
    before(async () => {
      testDatabase = await createTestDatabase(dialect);
      // The processes open the database themselves.
      await testDatabase.disconnect();
      env = {
        ...process.env,
        DATA_DIR: testDatabase.config.dataDir,
        DATABASE_URL: testDatabase.config.databaseUrl ?? '',
        HOST: '127.0.0.1',
        PORT: '0',
        RATE_LIMITS: 'off',
        TRUSTED_PROXIES: '127.0.0.1',
        // The questions are posted by hand, with no proof of work (the bot check is tested apart).
        PROOF_OF_WORK_BITS: '0',
        BACKUP_INTERVAL_HOURS: '0',
        // Long enough that only a shutdown writes the visit counts.
        VISIT_FLUSH_INTERVAL_MS: '600000',
        ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('hex'),
        LOG_LEVEL: 'info',
      };
      const created = spawnSync(process.execPath, [...nodeArgs, 'create-key', '--role', 'admin', '--name', 'Kiểm thử'], { env, encoding: 'utf8' });
      assert.equal(created.status, 0, created.stderr);
      const secret = /^(vnp_\S+)$/m.exec(created.stdout)?.[1];
      assert.ok(secret, created.stdout);
      authorization = `Bearer ${secret}`;
    });
    after(() => testDatabase.drop());

    test('SIGKILL right after acknowledged writes loses none of them', async () => {
      let server = await startServer(env);
      const resultsBefore = (await (await fetch(`${server.base}/api/v1/polls/${seededPoll}/results`)).json()) as PollResults;
      const writes: Promise<Response>[] = [];
      for (let n = 0; n < 40; n += 1) writes.push(post(server.base, '/api/v1/qa/questions', question(n)));
      for (let n = 0; n < 120; n += 1) writes.push(post(server.base, `/api/v1/polls/${seededPoll}/votes`, { voterToken: `durable-voter-${String(n).padStart(6, '0')}`, optionIds: ['tot'] }, votingOffice(n)));
      const responses = await Promise.all(writes);
      assert.deepEqual(new Set(responses.map((response) => response.status)), new Set([200, 201]));
      assert.equal(await stop(server, 'SIGKILL'), null);

      server = await startServer(env);
      try {
        const results = (await (await fetch(`${server.base}/api/v1/polls/${seededPoll}/results`)).json()) as PollResults;
        assert.equal(results.total, resultsBefore.total + 120);
        const list = (await (await fetch(`${server.base}/api/v1/admin/questions?pageSize=100`, { headers: { authorization } })).json()) as AdminQuestionList;
        const asked = list.items.filter((item) => item.title.startsWith('Câu hỏi số '));
        assert.equal(asked.length, 40);
      } finally {
        await stop(server, 'SIGKILL');
      }
    });

    test('SIGTERM waits SHUTDOWN_GRACE_SECONDS at most for a client that stops sending its body', async () => {
      const server = await startServer({ ...env, SHUTDOWN_GRACE_SECONDS: '1' });
      const socket = connect(Number(new URL(server.base).port), '127.0.0.1');
      try {
        await once(socket, 'connect');
        const closed = once(socket, 'close');
        socket.on('error', () => undefined);
        socket.write('POST /api/v1/qa/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":');
        await sleep(500);
        const exit = stop(server, 'SIGTERM');
        const timeLimit = sleep(20_000).then(() => 'still running' as const);
        const outcome = await Promise.race([exit, timeLimit]);
        if (outcome === 'still running') server.child.kill('SIGKILL');
        assert.equal(outcome, 0, 'the server exited by itself, long before the client would have finished');
        await closed;
      } finally {
        socket.destroy();
      }
    });

    test('SIGTERM writes the buffered visit counts before exiting', async () => {
      let server = await startServer(env);
      const before = (await (await fetch(`${server.base}/api/v1/visits/stats`)).json()) as VisitStats;
      for (let n = 0; n < 30; n += 1) {
        const response = await fetch(`${server.base}/api/v1/visits/hits`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' },
          body: JSON.stringify({ path: `/trang-${n}` }),
        });
        assert.equal(response.status, 202);
      }
      assert.equal(await stop(server, 'SIGTERM'), 0);
      server = await startServer(env);
      try {
        const afterRestart = (await (await fetch(`${server.base}/api/v1/visits/stats`)).json()) as VisitStats;
        assert.equal(afterRestart.total, before.total + 30);
      } finally {
        await stop(server, 'SIGTERM');
      }
    });
  });
}
