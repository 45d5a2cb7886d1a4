import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

/** The app's database as the register uses it (the register's own tables are `LegalDocumentTables`). */
export type Db = Kysely<Tables>;
