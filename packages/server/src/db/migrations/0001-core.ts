import type { Kysely, Migration } from 'kysely';

/** Portal, agencies, leaders, polls, visits, Q&A, calendar, API keys, audit log, idempotency. */
export const coreMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('value', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('agencies')
      .addColumn('code', 'text', (column) => column.primaryKey())
      .addColumn('parent', 'text')
      .addColumn('sort_order', 'integer', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('agency_origins')
      .addColumn('agency', 'text', (column) => column.notNull().references('agencies.code').onDelete('cascade'))
      .addColumn('origin', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('agency_origins_pk', ['agency', 'origin'])
      .execute();

    await db.schema
      .createTable('leaders')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('agency', 'text', (column) => column.notNull().references('agencies.code'))
      .addColumn('sort_order', 'integer', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('leaders_agency_order').on('leaders').columns(['agency', 'sort_order']).execute();

    await db.schema
      .createTable('polls')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('agency', 'text', (column) => column.notNull().references('agencies.code'))
      .addColumn('opens_at', 'text')
      .addColumn('closes_at', 'text')
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('polls_agency_created').on('polls').columns(['agency', 'created_at']).execute();

    // One vote per voter token per poll is the primary key: the database, not the code, keeps it.
    await db.schema
      .createTable('votes')
      .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
      .addColumn('voter', 'text', (column) => column.notNull())
      .addColumn('cast_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('votes_pk', ['poll_id', 'voter'])
      .execute();

    await db.schema
      .createTable('vote_choices')
      .addColumn('poll_id', 'text', (column) => column.notNull())
      .addColumn('voter', 'text', (column) => column.notNull())
      .addColumn('option_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('vote_choices_pk', ['poll_id', 'voter', 'option_id'])
      .addForeignKeyConstraint('vote_choices_vote', ['poll_id', 'voter'], 'votes', ['poll_id', 'voter'], (constraint) =>
        constraint.onDelete('cascade'),
      )
      .execute();

    // Running counts, updated in the transaction that inserts the vote: results cost one small
    // read however many votes there are. Option `*` counts voters.
    await db.schema
      .createTable('poll_tallies')
      .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
      .addColumn('option_id', 'text', (column) => column.notNull())
      .addColumn('count', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('poll_tallies_pk', ['poll_id', 'option_id'])
      .execute();

    await db.schema
      .createTable('visit_days')
      .addColumn('agency', 'text', (column) => column.notNull())
      .addColumn('day', 'text', (column) => column.notNull())
      .addColumn('hits', 'integer', (column) => column.notNull())
      .addColumn('bot_hits', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('visit_days_pk', ['agency', 'day'])
      .execute();

    await db.schema
      .createTable('questions')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('tracking_code', 'text', (column) => column.notNull().unique())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('topic', 'text', (column) => column.notNull())
      .addColumn('agency', 'text')
      .addColumn('title', 'text', (column) => column.notNull())
      .addColumn('content', 'text', (column) => column.notNull())
      .addColumn('search_text', 'text', (column) => column.notNull())
      .addColumn('asker_kind', 'text', (column) => column.notNull())
      .addColumn('asker_sealed', 'text')
      .addColumn('received_at', 'text', (column) => column.notNull())
      .addColumn('received_day', 'text', (column) => column.notNull())
      .addColumn('working_days', 'integer', (column) => column.notNull())
      .addColumn('due_date', 'text', (column) => column.notNull())
      .addColumn('answer', 'text')
      .addColumn('public_text', 'text')
      .addColumn('rejection_reason', 'text')
      .addColumn('published_at', 'text')
      .addColumn('personal_data_erased_at', 'text')
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('questions_state_due').on('questions').columns(['state', 'due_date']).execute();
    await db.schema.createIndex('questions_published').on('questions').columns(['published_at']).execute();

    await db.schema
      .createTable('question_events')
      .addColumn('question_id', 'text', (column) => column.notNull().references('questions.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (column) => column.notNull())
      .addColumn('state', 'text', (column) => column.notNull())
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('question_events_pk', ['question_id', 'seq'])
      .execute();

    await db.schema
      .createTable('calendar_days')
      .addColumn('date', 'text', (column) => column.primaryKey())
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('role', 'text', (column) => column.notNull())
      .addColumn('agencies', 'text', (column) => column.notNull())
      .addColumn('secret_hash', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('key_id', 'text', (column) => column.notNull())
      .addColumn('key_name', 'text', (column) => column.notNull())
      .addColumn('action', 'text', (column) => column.notNull())
      .addColumn('resource', 'text', (column) => column.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('agency', 'text')
      .execute();
    await db.schema.createIndex('audit_log_resource_at').on('audit_log').columns(['resource', 'at']).execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('operation', 'text', (column) => column.notNull())
      .addColumn('key', 'text', (column) => column.notNull())
      .addColumn('fingerprint', 'text', (column) => column.notNull())
      .addColumn('status', 'integer', (column) => column.notNull())
      .addColumn('response', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['operation', 'key'])
      .execute();
  },
};
