import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Backup } from '@vn-portal/schema';
import { openSqlite, sqliteFileName, type Database } from '../db/database.js';

const run = promisify(execFile);

export const backupDirName = 'backups';
const backupPattern = /^vn-portal-\d{8}T\d{6}Z(?:-\d+)?\.(?:sqlite|pgdump)$/;

export const backupDirOf = (dataDir: string) => join(dataDir, backupDirName);

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Backups kept in the data directory, newest first. */
export function listBackups(dataDir: string): Backup[] {
  const dir = backupDirOf(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => backupPattern.test(name))
    .map((name) => {
      const stats = statSync(join(dir, name));
      return { id: name, createdAt: stats.mtime.toISOString(), size: stats.size };
    })
    .sort((a, b) => b.id.localeCompare(a.id));
}

/**
 * Takes a consistent copy while the server keeps serving: SQLite's online backup API, or
 * `pg_dump` in its custom format for PostgreSQL. The encryption key is not in it: keep the key
 * (ENCRYPTION_KEY or the key file) apart from the backups, or their personal data is unreadable.
 */
export async function createBackup(database: Database, dataDir: string, at: Date): Promise<Backup> {
  const dir = backupDirOf(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const extension = database.dialect === 'sqlite' ? 'sqlite' : 'pgdump';
  let name = `vn-portal-${stamp(at)}.${extension}`;
  for (let suffix = 1; existsSync(join(dir, name)); suffix += 1) name = `vn-portal-${stamp(at)}-${suffix}.${extension}`;
  const file = join(dir, name);
  if (database.dialect === 'sqlite') await database.native.backup(file);
  else await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${database.url}`]);
  const stats = statSync(file);
  return { id: name, createdAt: stats.mtime.toISOString(), size: stats.size };
}

/** Deletes the oldest backups beyond `keep`. */
export function pruneBackups(dataDir: string, keep: number): void {
  for (const backup of listBackups(dataDir).slice(keep)) rmSync(join(backupDirOf(dataDir), backup.id));
}

/**
 * Restores a backup with the server stopped. SQLite: the file becomes the database, and the one it
 * replaces is kept beside it. PostgreSQL: `pg_restore` replaces the objects of the database.
 */
export async function restoreBackup(target: { dataDir: string; databaseUrl: string | undefined }, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (target.databaseUrl !== undefined) {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${target.databaseUrl}`, file]);
    return;
  }
  // Refuses anything that is not a readable SQLite database before touching the current one.
  openSqlite(file).close();
  mkdirSync(target.dataDir, { recursive: true });
  const current = join(target.dataDir, sqliteFileName);
  if (existsSync(current)) renameSync(current, `${current}.before-restore-${stamp(new Date())}`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${current}${suffix}`, { force: true });
  copyFileSync(file, current);
}
