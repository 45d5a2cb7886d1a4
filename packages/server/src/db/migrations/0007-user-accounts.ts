import type { Kysely, Migration } from 'kysely';

/**
 * People's accounts for the console, their sessions (only a hash of each session id is kept), the
 * failed sign-ins that lock an account or an address, and which kind of actor made each change.
 */
export const userAccountsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('username', 'text', (column) => column.notNull().unique())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('role', 'text', (column) => column.notNull())
      .addColumn('agencies', 'text', (column) => column.notNull())
      .addColumn('password_hash', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('disabled_at', 'text')
      .execute();

    await db.schema
      .createTable('user_sessions')
      .addColumn('id_hash', 'text', (column) => column.primaryKey())
      .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('last_seen_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('user_sessions_user').on('user_sessions').column('user_id').execute();

    // Keyed by a hash of the username or of the client address, never the address itself.
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('failures', 'integer', (column) => column.notNull())
      .addColumn('window_started_at', 'text', (column) => column.notNull())
      .addColumn('locked_until', 'text')
      .execute();

    await db.schema.alterTable('audit_log').addColumn('actor_type', 'text', (column) => column.notNull().defaultTo('key')).execute();
  },
};
