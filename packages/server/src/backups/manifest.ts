import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';

/**
 * Every table with its primary key, which orders its rows for the checksum. A test checks that
 * the list covers every table the migrations create, so that no table is left out of the check.
 */
export const backedUpTables: Readonly<Record<string, readonly string[]>> = {
  kysely_migration: ['name'],
  kysely_migration_lock: ['id'],
  settings: ['key'],
  agencies: ['code'],
  agency_origins: ['agency', 'origin'],
  leaders: ['id'],
  polls: ['id'],
  votes: ['poll_id', 'voter'],
  vote_choices: ['poll_id', 'voter', 'option_id'],
  poll_tallies: ['poll_id', 'option_id'],
  poll_address_votes: ['poll_id', 'day', 'address'],
  poll_cap_refusals: ['poll_id'],
  visit_days: ['agency', 'day'],
  questions: ['id'],
  question_events: ['question_id', 'seq'],
  calendar_days: ['date'],
  api_keys: ['id'],
  audit_log: ['id'],
  idempotency_keys: ['operation', 'key'],
  legal_document_issuers: ['code'],
  legal_document_fields: ['code'],
  legal_documents: ['id'],
  legal_document_field_links: ['document_id', 'field_code'],
  legal_document_relations: ['document_id', 'position'],
  legal_document_attachments: ['document_id', 'position'],
  legal_document_comments: ['id'],
  legal_document_changes: ['seq'],
  spent_challenges: ['id'],
  visitor_salts: ['day'],
  visitor_ids_today: ['day', 'visitor'],
  unique_visitor_days: ['day'],
  consent_records: ['subject_type', 'subject_id'],
  contact_index: ['contact_hash', 'subject_type', 'subject_id'],
  data_subject_requests: ['id'],
  users: ['id'],
  user_sessions: ['id_hash'],
  sign_in_failures: ['key'],
};

export interface TableSummary {
  rows: number;
  /** SHA-256 of the rows in primary-key order, each as the JSON array of its values. */
  checksum: string;
}

/** What a backup holds, written beside it: checked on every copy and restore. */
export interface BackupManifest {
  file: string;
  sha256: string;
  tables: Record<string, TableSummary>;
}

/** The database being summarized (a backup file, a snapshot, a restored copy): its queries and its tables. */
export interface SummarySource {
  query(statement: string): Promise<Record<string, unknown>[]>;
  /** The tables it has: a backup from before a migration lacks the tables that migration made. */
  tables(): Promise<string[]>;
}

const chunk = 2000;

/** Row counts and checksums of every table, read in primary-key order, a chunk at a time. */
export async function summarizeTables(source: SummarySource): Promise<Record<string, TableSummary>> {
  const summaries: Record<string, TableSummary> = {};
  const present = new Set(await source.tables());
  for (const [table, key] of Object.entries(backedUpTables)) {
    if (!present.has(table)) continue;
    const hash = createHash('sha256');
    let rows = 0;
    for (;;) {
      const page = await source.query(`select * from "${table}" order by ${key.map((column) => `"${column}"`).join(', ')} limit ${chunk} offset ${rows}`);
      for (const row of page) hash.update(`${JSON.stringify(Object.values(row))}\n`);
      rows += page.length;
      if (page.length < chunk) break;
    }
    summaries[table] = { rows, checksum: hash.digest('hex') };
  }
  return summaries;
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const data of createReadStream(file)) hash.update(data as Buffer);
  return hash.digest('hex');
}

export const manifestFileOf = (backupFile: string) => `${backupFile}.manifest.json`;

export function readManifest(backupFile: string): BackupManifest {
  return JSON.parse(readFileSync(manifestFileOf(backupFile), 'utf8')) as BackupManifest;
}

/** The tables whose count or checksum differs: empty when a restored database is the backup. */
export function differences(expected: Record<string, TableSummary>, actual: Record<string, TableSummary>): string[] {
  return Object.keys(backedUpTables).filter((table) => JSON.stringify(expected[table]) !== JSON.stringify(actual[table]));
}
