// Makes sure a local Redis answers for the server's cluster tests, as postgres.js does for
// PostgreSQL: starts it when it is installed but stopped, installs Debian's package when it is
// missing and we are root with apt. Loopback only, nothing saved to disk.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalService, has, printWhenRun } from './local-service.js';

function answers() {
  const reply = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { encoding: 'utf8' });
  return reply.status === 0 && reply.stdout.trim() === 'PONG';
}

function start() {
  const dir = join(tmpdir(), 'vn-portal-redis');
  mkdirSync(dir, { recursive: true });
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', join(dir, 'redis.log')];
  execFileSync('redis-server', args, { stdio: 'inherit' });
}

/** @returns {Promise<string>} the URL of a Redis the tests may write keys to (under prefixes of their own) */
export const ensureRedis = () =>
  ensureLocalService({
    name: 'Redis',
    envVar: 'TEST_REDIS_URL',
    aptPackage: 'redis-server',
    installed: () => has('redis-server') && has('redis-cli'),
    answers,
    start,
    startStepMs: 100,
    localUrl: 'redis://127.0.0.1:6379',
  });

printWhenRun(import.meta.url, ensureRedis);
