import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.js';

/**
 * Every byte the live database keeps of some tables, as text, dead row versions and free space
 * included: what someone reading the files would find. SQLite: the database file, its write-ahead
 * log and index. PostgreSQL: the raw pages of the tables and their TOAST tables (pageinspect).
 */
export async function rawStorageText(database: Database, tables: readonly string[]): Promise<string> {
  if (database.dialect === 'sqlite') {
    return ['', '-wal', '-shm']
      .map((suffix) => `${database.file}${suffix}`)
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n');
  }
  await sql`create extension if not exists pageinspect`.execute(database.db);
  const relations: string[] = [];
  for (const table of tables) {
    relations.push(table);
    const toast = await sql<{ toast: string | null }>`select reltoastrelid::regclass::text as toast from pg_class where oid = ${table}::regclass and reltoastrelid <> 0`.execute(database.db);
    const name = toast.rows[0]?.toast;
    if (name != null) relations.push(name);
  }
  const pages: string[] = [];
  for (const relation of relations) {
    const { rows } = await sql<{ page: string }>`select encode(get_raw_page(${relation}::text, n), 'escape') as page from generate_series(0, (pg_relation_size(${relation}::regclass) / current_setting('block_size')::int) - 1) as n`.execute(database.db);
    pages.push(...rows.map((row) => row.page));
  }
  return pages.join('\n');
}
