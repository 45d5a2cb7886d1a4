import type { Kysely, Migration } from 'kysely';

/**
 * Site-wide unique visitors per local day, which the activity report needs and the per-agency
 * counter cannot give (one person visiting three agencies' pages is one visitor of the portal).
 * Today's visitor ids (keyed hashes under the day's salt, unlinkable to other days) are kept only
 * until the day is over, then only their number remains.
 */
export const uniqueVisitorsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('visitor_ids_today')
      .addColumn('day', 'text', (column) => column.notNull())
      .addColumn('visitor', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('visitor_ids_today_pk', ['day', 'visitor'])
      .execute();
    await db.schema
      .createTable('unique_visitor_days')
      .addColumn('day', 'text', (column) => column.primaryKey())
      .addColumn('visitors', 'integer', (column) => column.notNull())
      .execute();
  },
};
