import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Backup } from '@vn-portal/schema';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { sqliteFileName, type Database } from '../db/database.js';
import { differences, manifestFileOf, readManifest, sha256OfFile, summarizeTables, type BackupManifest, type SummarySource } from './manifest.js';

const run = promisify(execFile);

export const backupDirName = 'backups';
const backupPattern = /^vn-portal-\d{8}T\d{6}Z(?:-\d+)?\.(?:sqlite|pgdump)$/;

export const backupDirOf = (dataDir: string) => join(dataDir, backupDirName);

/** Where backups go: the data directory, and a second location when one is configured. */
export interface BackupPlaces {
  dataDir: string;
  backupCopyDir: string | undefined;
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function describe(dir: string, name: string, copyDir: string | undefined): Backup {
  const file = join(dir, name);
  const stats = statSync(file);
  const manifest = existsSync(manifestFileOf(file)) ? readManifest(file) : undefined;
  return {
    id: name,
    createdAt: stats.mtime.toISOString(),
    size: stats.size,
    ...(manifest === undefined ? {} : { sha256: manifest.sha256 }),
    ...(copyDir === undefined ? {} : { copied: existsSync(join(copyDir, name)) && existsSync(manifestFileOf(join(copyDir, name))) }),
  };
}

/** Backups kept in the data directory, newest first. */
export function listBackups(places: BackupPlaces): Backup[] {
  const dir = backupDirOf(places.dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => backupPattern.test(name))
    .sort((a, b) => b.localeCompare(a))
    .map((name) => describe(dir, name, places.backupCopyDir));
}

const sqliteSource = (native: BetterSqlite3.Database): SummarySource => ({
  query: (statement) => Promise.resolve(native.prepare(statement).all() as Record<string, unknown>[]),
  tables: () => Promise.resolve((native.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((row) => row.name)),
});

const postgresSource = (client: pg.Client): SummarySource => ({
  query: async (statement) => (await client.query<Record<string, unknown>>(statement)).rows,
  tables: async () => (await client.query<{ tablename: string }>('select tablename from pg_tables where schemaname = current_schema()')).rows.map((row) => row.tablename),
});

/** Runs `work` on a PostgreSQL connection of its own, closed after. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row counts and checksums of an open database: what a backup of it taken now would hold. */
export function summarizeDatabase(database: Database): Promise<BackupManifest['tables']> {
  return database.dialect === 'sqlite' ? summarizeTables(sqliteSource(database.native)) : withClient(database.url, (client) => summarizeTables(postgresSource(client)));
}

/** Row counts and checksums of a SQLite file, opened read-only (which also proves it is one). */
function summarizeSqliteFile(file: string) {
  const native = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  return summarizeTables(sqliteSource(native)).finally(() => native.close());
}

/**
 * A backup made from a database in WAL mode is in WAL mode too: reading it would make `-wal` and
 * `-shm` files beside it. Switched back to a rollback journal, it is one self-contained file.
 */
function makeSelfContained(file: string): void {
  const native = new BetterSqlite3(file, { fileMustExist: true });
  try {
    native.pragma('journal_mode = DELETE');
  } finally {
    native.close();
  }
}

/**
 * Writes the file's manifest, then copies both to the second location, through a temporary name
 * and a rename so that a copy is either whole or absent, and checks the copy's hash.
 */
async function finish(file: string, tables: BackupManifest['tables'], copyDir: string | undefined): Promise<void> {
  const manifest: BackupManifest = { file: basename(file), sha256: await sha256OfFile(file), tables };
  writeFileSync(manifestFileOf(file), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  if (copyDir === undefined) return;
  mkdirSync(copyDir, { recursive: true, mode: 0o700 });
  for (const source of [file, manifestFileOf(file)]) {
    const target = join(copyDir, basename(source));
    copyFileSync(source, `${target}.partial`);
    renameSync(`${target}.partial`, target);
  }
  const copied = join(copyDir, basename(file));
  if ((await sha256OfFile(copied)) !== manifest.sha256) throw new Error(`The copy of ${manifest.file} in ${copyDir} differs from the backup`);
}

/**
 * Takes a consistent copy while the server keeps serving: SQLite's online backup API, or
 * `pg_dump` in its custom format for PostgreSQL, run in a snapshot that the manifest (row counts
 * and checksums of every table) is computed in too. The manifest goes beside the backup, and both
 * to the second location when there is one. The encryption key is not in it: keep the key
 * (ENCRYPTION_KEY or the key file) apart from the backups, or their personal data is unreadable.
 */
export async function createBackup(database: Database, places: BackupPlaces, at: Date): Promise<Backup> {
  const dir = backupDirOf(places.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const extension = database.dialect === 'sqlite' ? 'sqlite' : 'pgdump';
  let name = `vn-portal-${stamp(at)}.${extension}`;
  for (let suffix = 1; existsSync(join(dir, name)); suffix += 1) name = `vn-portal-${stamp(at)}-${suffix}.${extension}`;
  const file = join(dir, name);
  let tables: BackupManifest['tables'];
  if (database.dialect === 'sqlite') {
    await database.native.backup(file);
    makeSelfContained(file);
    tables = await summarizeSqliteFile(file);
  } else {
    tables = await withClient(database.url, async (client) => {
      await client.query('begin isolation level repeatable read read only');
      try {
        const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
        await run('pg_dump', ['--format=custom', '--no-owner', `--snapshot=${rows[0]?.snapshot ?? ''}`, `--file=${file}`, `--dbname=${database.url}`]);
        return await summarizeTables(postgresSource(client));
      } finally {
        await client.query('commit');
      }
    });
  }
  await finish(file, tables, places.backupCopyDir);
  return describe(dir, name, places.backupCopyDir);
}

/** Deletes the oldest backups beyond `keep`, in the data directory and in the second location. */
export function pruneBackups(places: BackupPlaces, keep: number): void {
  for (const dir of [backupDirOf(places.dataDir), places.backupCopyDir]) {
    if (dir === undefined || !existsSync(dir)) continue;
    const names = readdirSync(dir).filter((name) => backupPattern.test(name)).sort((a, b) => b.localeCompare(a));
    for (const name of names.slice(keep)) {
      rmSync(join(dir, name));
      rmSync(manifestFileOf(join(dir, name)), { force: true });
    }
  }
}

/** Checks a restored database against the manifest of its backup, when it has one. */
async function verifyRestored(manifest: BackupManifest | undefined, source: () => Promise<BackupManifest['tables']>): Promise<void> {
  if (manifest === undefined) return;
  const changed = differences(manifest.tables, await source());
  if (changed.length > 0) throw new Error(`The restored database differs from the backup in: ${changed.join(', ')}`);
}

/**
 * Restores a backup with the server stopped, from the data directory or the second location. The
 * file must match its manifest's hash, and the restored database its row counts and checksums.
 * SQLite: the file becomes the database, and the one it replaces is kept beside it. PostgreSQL:
 * `pg_restore` replaces the objects of the database.
 */
export async function restoreBackup(target: { dataDir: string; databaseUrl: string | undefined }, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  const manifest = existsSync(manifestFileOf(file)) ? readManifest(file) : undefined;
  if (manifest !== undefined && (await sha256OfFile(file)) !== manifest.sha256) throw new Error(`${file} is damaged: its hash differs from its manifest's`);
  if (target.databaseUrl !== undefined) {
    const url = target.databaseUrl;
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, file]);
    await verifyRestored(manifest, () => withClient(url, (client) => summarizeTables(postgresSource(client))));
    return;
  }
  // Refuses anything that is not a readable SQLite database before touching the current one.
  if (manifest === undefined) await summarizeSqliteFile(file);
  mkdirSync(target.dataDir, { recursive: true });
  const current = join(target.dataDir, sqliteFileName);
  if (existsSync(current)) renameSync(current, `${current}.before-restore-${stamp(new Date())}`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${current}${suffix}`, { force: true });
  copyFileSync(file, current);
  await verifyRestored(manifest, () => summarizeSqliteFile(current));
}
