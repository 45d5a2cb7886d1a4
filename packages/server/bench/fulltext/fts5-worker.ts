/*
 * SQLite FTS5 over the register, in a thread of its own as our engine's index is (see
 * `fts5-search.ts`): it reads every document from the register's database, builds an in-memory
 * SQLite database with an FTS5 table of the folded text and the facet columns, and answers each
 * search with one statement (see `searchStatement`). better-sqlite3 is synchronous: one search at a
 * time, as in any one SQLite connection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { createDatabase } from '../../src/db/database.js';
import { loadAllDocuments } from '../../src/legal-documents/search/load.js';
import type { SearchQuery } from '../../src/legal-documents/search/ranker.js';
import { documentRow, hitsOf, indexedText, queryPhrases, searchStatement, type StatementRow } from './fulltext-sql.js';

export interface Fts5Request {
  id: number;
  query: SearchQuery;
}

const register = createDatabase({ dataDir: (workerData as { dataDir: string }).dataDir, databaseUrl: undefined });
const index = new BetterSqlite3(':memory:');
index.exec(`
  CREATE TABLE fulltext_docs (doc INTEGER PRIMARY KEY, id TEXT, stage TEXT, agency TEXT, type TEXT, issuer TEXT, year TEXT, status TEXT, issued TEXT, effective TEXT);
  CREATE TABLE fulltext_fields (doc INTEGER, field TEXT);
  CREATE VIRTUAL TABLE fulltext_match USING fts5(text, tokenize = 'unicode61');
`);
const insertDoc = index.prepare('INSERT INTO fulltext_docs VALUES (@doc, @id, @stage, @agency, @type, @issuer, @year, @status, @issued, @effective)');
const insertField = index.prepare('INSERT INTO fulltext_fields VALUES (?, ?)');
const insertText = index.prepare('INSERT INTO fulltext_match (rowid, text) VALUES (?, ?)');
let key = 0;
index.exec('BEGIN');
await loadAllDocuments(register.db, (doc) => {
  key++;
  insertDoc.run(documentRow(doc, key));
  for (const field of doc.fields) insertField.run(key, field);
  insertText.run(key, indexedText(doc));
});
index.exec('COMMIT');
index.exec('CREATE INDEX fulltext_fields_doc ON fulltext_fields (doc); CREATE INDEX fulltext_fields_field ON fulltext_fields (field, doc); ANALYZE');
await register.destroy();

const port = parentPort;
port?.on('message', ({ id, query }: Fts5Request) => {
  try {
    const { sql, params } = searchStatement('sqlite', query, queryPhrases(query.q));
    const rows = index.prepare(sql).all(...params) as StatementRow[];
    port.postMessage({ id, hits: hitsOf(rows, query) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port?.postMessage('ready');
