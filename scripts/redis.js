// Makes sure a local Redis answers for the server's cluster tests, as postgres.js does for
// PostgreSQL: starts it when it is installed but stopped, installs Debian's package when it is
// missing and we are root with apt. Loopback only, nothing saved to disk.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, canInstall, has, printWhenRun, waitUntil } from './local-service.js';

const localUrl = 'redis://127.0.0.1:6379';

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
export async function ensureRedis() {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  if (!has('redis-server') || !has('redis-cli')) {
    if (!canInstall()) {
      throw new Error('Redis is missing: install it with `sudo apt-get install redis-server` (or set TEST_REDIS_URL) and run the tests again.');
    }
    aptInstall('redis-server', 'Redis');
  }
  if (!answers()) start();
  await waitUntil(answers, 50, 100, 'Redis did not start within 5 s');
  return localUrl;
}

printWhenRun(import.meta.url, ensureRedis);
