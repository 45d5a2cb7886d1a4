import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { SessionUser } from '@vn-portal/schema';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const console = 'https://cong.example.gov.vn';

test('create-user makes the first admin account, which then signs in to the console', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-users-'));
  try {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('hex'), PUBLIC_ORIGINS: console, BACKUP_INTERVAL_HOURS: '0' };
    const run = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', cli, ...args], { env, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
    const refused = run(['create-user', '--username', 'Khoa Le', '--name', 'Lê Khoa', '--role', 'admin']);
    assert.notEqual(refused.status, 0, 'a username with spaces and capitals is refused');
    const tooShort = run(['create-user', '--username', 'khoa', '--name', 'Lê Khoa', '--role', 'admin', '--password-stdin'], 'ngan\n');
    assert.notEqual(tooShort.status, 0, 'a short password is refused');
    const typed = run(['create-user', '--username', 'khoa', '--name', 'Lê Khoa', '--role', 'admin', '--password-stdin'], 'một mật khẩu dài\n');
    assert.equal(typed.status, 0, typed.stderr);
    assert.ok(!typed.stdout.includes('một mật khẩu dài'), 'a typed password is not echoed');
    const generated = run(['create-user', '--username', 'lan.so', '--name', 'Nguyễn Thị Lan', '--role', 'moderator', '--agency', 'stttt']);
    assert.equal(generated.status, 0, generated.stderr);
    const printed = /shown only now:\n(\S+)$/m.exec(generated.stdout)?.[1];
    assert.ok(printed !== undefined && printed.length >= 20, `a generated password is printed once: ${generated.stdout}`);

    const app = await buildApp({ config: loadConfig(env) });
    try {
      for (const [username, password, role] of [['khoa', 'một mật khẩu dài', 'admin'], ['lan.so', printed, 'moderator']] as const) {
        const signedIn = await app.inject({ method: 'POST', url: '/api/v1/admin/session', headers: { origin: console }, payload: { username, password } });
        assert.equal(signedIn.statusCode, 200, signedIn.body);
        assert.equal(signedIn.json<SessionUser>().role, role);
      }
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
