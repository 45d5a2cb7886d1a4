import type { Migration, MigrationProvider } from 'kysely';
import { coreMigration } from './migrations/0001-core.js';
import { legalDocumentsMigration } from './migrations/0002-legal-documents.js';
import { hardeningMigration } from './migrations/0003-hardening.js';
import { searchLoadOrderMigration } from './migrations/0004-search-load-order.js';
import { voteCapsMigration } from './migrations/0005-vote-caps.js';
import { changeNoticesMigration } from './migrations/0006-change-notices.js';
import { userAccountsMigration } from './migrations/0007-user-accounts.js';
import { legalDocumentDutiesMigration } from './migrations/0008-legal-document-duties.js';
import { consoleModerationMigration } from './migrations/0009-console-moderation.js';
import { uniqueVisitorsMigration } from './migrations/0010-unique-visitors.js';

/**
 * Every migration, applied in the order of their names. A static list rather than a folder scan, so
 * the compiled server finds them wherever it is installed. Never rename or edit one that shipped:
 * add the next one.
 */
export const migrations: Record<string, Migration> = {
  '0001-core': coreMigration,
  '0002-legal-documents': legalDocumentsMigration,
  '0003-hardening': hardeningMigration,
  '0004-search-load-order': searchLoadOrderMigration,
  '0005-vote-caps': voteCapsMigration,
  '0006-change-notices': changeNoticesMigration,
  '0007-user-accounts': userAccountsMigration,
  '0008-legal-document-duties': legalDocumentDutiesMigration,
  '0009-console-moderation': consoleModerationMigration,
  '0010-unique-visitors': uniqueVisitorsMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
