import type { Kysely, Migration } from 'kysely';

/**
 * The per-address daily cap on counted votes: how many votes of a poll each address (as a keyed
 * hash, never in clear) had counted on a local day, deleted once the day is past; and how many
 * votes the cap refused, per poll, for its administrators.
 */
export const voteCapsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('poll_address_votes')
      .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
      .addColumn('day', 'text', (column) => column.notNull())
      .addColumn('address', 'text', (column) => column.notNull())
      .addColumn('counted', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('poll_address_votes_pk', ['poll_id', 'day', 'address'])
      .execute();
    await db.schema.createIndex('poll_address_votes_day').on('poll_address_votes').column('day').execute();
    await db.schema
      .createTable('poll_cap_refusals')
      .addColumn('poll_id', 'text', (column) => column.primaryKey().references('polls.id').onDelete('cascade'))
      .addColumn('refused', 'integer', (column) => column.notNull())
      .execute();
  },
};
