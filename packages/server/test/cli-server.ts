import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface CliServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The server's log lines at level error or worse, as it wrote them. */
  errorLogs: string[];
  /** Stops the server (SIGTERM to its PID), waits for it to exit and removes its data directory. */
  stop(): Promise<void>;
}

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/**
 * Runs `vn-portal-server start` as `npm start` does (migrate, seed the demo province, serve), from
 * the sources, on an empty temporary data directory (SQLite unless `env` names a database) and a
 * free loopback port; `{ HOST: undefined }` leaves `HOST` unset, so it listens where the default puts it.
 */
export async function startCliServer(env: Record<string, string | undefined> = {}): Promise<CliServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-demo-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', cli, 'start'], {
    // Node leaves out the variables set to undefined.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', ENCRYPTION_KEY: '', LOG_LEVEL: 'info', BACKUP_INTERVAL_HOURS: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const errorLogs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Every line is read, so the pipe never fills and stalls the server.
  const listening = new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { level: number; msg: string };
      if (entry.level >= 50) errorLogs.push(line);
      const port = /^Server listening at http:\/\/(?:127\.0\.0\.1|\[::\]|\[::1\]|0\.0\.0\.0):(\d+)$/.exec(entry.msg)?.[1];
      if (port !== undefined) resolve(`http://127.0.0.1:${port}`);
    });
  });
  const url = await Promise.race([listening, exited.then((code) => Promise.reject(new Error(`the server exited (${String(code)}) before listening`)))]);
  return {
    url,
    errorLogs,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
