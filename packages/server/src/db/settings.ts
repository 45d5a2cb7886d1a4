import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

export type SettingKey = 'portal' | 'qa-form-config' | 'last-backup' | 'backup-claim';

export async function readSetting<T>(db: Kysely<Tables>, key: SettingKey): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.value) as T);
}

export async function writeSetting(db: Kysely<Tables>, key: SettingKey, value: unknown, now: Date): Promise<void> {
  const row = { key, value: JSON.stringify(value), updated_at: now.toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}
