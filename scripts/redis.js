// Makes sure a local Redis answers for the server's cluster tests, as postgres.js does for
// PostgreSQL: starts it when it is installed but stopped, installs Debian's package when it is
// missing and we are root with apt. Loopback only, nothing saved to disk.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const localUrl = 'redis://127.0.0.1:6379';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function answers() {
  const reply = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { encoding: 'utf8' });
  return reply.status === 0 && reply.stdout.trim() === 'PONG';
}

function install() {
  console.log('Redis not found: installing Debian package "redis-server"…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
}

function start() {
  const dir = join(tmpdir(), 'vn-portal-redis');
  mkdirSync(dir, { recursive: true });
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', join(dir, 'redis.log')];
  execFileSync('redis-server', args, { stdio: 'inherit' });
}

async function waitUntilReady() {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (answers()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Redis did not start within 5 s');
}

/** @returns {Promise<string>} the URL of a Redis the tests may write keys to (under prefixes of their own) */
export async function ensureRedis() {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  if (!has('redis-server') || !has('redis-cli')) {
    if (process.getuid?.() !== 0 || !has('apt-get')) {
      throw new Error('Redis is missing: install it with `sudo apt-get install redis-server` (or set TEST_REDIS_URL) and run the tests again.');
    }
    install();
  }
  if (!answers()) start();
  await waitUntilReady();
  return localUrl;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureRedis().then(
    (ready) => console.log(ready),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
