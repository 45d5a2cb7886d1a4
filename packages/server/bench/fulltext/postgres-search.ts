/*
 * PostgreSQL full-text search over the register: a table of the folded text as a `tsvector`
 * (`unaccent`, then the `simple` configuration: no stemming, no stop words, which Vietnamese has no
 * dictionary for) under a GIN index, beside the facet columns, in the register's own database.
 * Each search is one statement (see `searchStatement`), the facet counts computed in SQL.
 */
import pg from 'pg';
import { loadAllDocuments } from '../../src/legal-documents/search/load.js';
import type { Db } from '../../src/legal-documents/db.js';
import type { SearchQuery } from '../../src/legal-documents/search/ranker.js';
import { documentRow, hitsOf, indexedText, queryPhrases, searchStatement, type FulltextHits, type FulltextSearch, type StatementRow } from './fulltext-sql.js';

/** Rows per INSERT while indexing. */
const batch = 1000;

export class PostgresSearch implements FulltextSearch {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Indexes the register read through `db` into tables beside it, at `databaseUrl`. */
  static async start(db: Db, databaseUrl: string): Promise<PostgresSearch> {
    const pool = new pg.Pool({ connectionString: databaseUrl });
    await pool.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      DROP TABLE IF EXISTS fulltext_fields, fulltext_docs;
      CREATE TABLE fulltext_docs (doc integer PRIMARY KEY, id text, stage text, agency text, type text, issuer text, year text, status text, issued text, effective text, tsv tsvector);
      CREATE TABLE fulltext_fields (doc integer, field text);
    `);
    let rows: unknown[][] = [];
    let fields: [number, string][] = [];
    const flush = async () => {
      if (rows.length > 0) {
        const values = rows.map((_, at) => `(${Array.from({ length: 10 }, (__, column) => `$${String(at * 11 + column + 1)}`).join(', ')}, to_tsvector('simple', unaccent($${String(at * 11 + 11)})))`);
        await pool.query(`INSERT INTO fulltext_docs VALUES ${values.join(', ')}`, rows.flat());
      }
      if (fields.length > 0) await pool.query('INSERT INTO fulltext_fields SELECT * FROM unnest($1::integer[], $2::text[])', [fields.map(([doc]) => doc), fields.map(([, field]) => field)]);
      rows = [];
      fields = [];
    };
    let key = 0;
    const pending: IndexedRow[] = [];
    await loadAllDocuments(db, (doc) => {
      key++;
      pending.push({ row: [...Object.values(documentRow(doc, key)), indexedText(doc)], fields: doc.fields.map((field): [number, string] => [key, field]) });
    });
    for (const { row, fields: docFields } of pending) {
      rows.push(row);
      fields.push(...docFields);
      if (rows.length === batch) await flush();
    }
    await flush();
    await pool.query(`
      CREATE INDEX fulltext_docs_tsv ON fulltext_docs USING gin (tsv);
      CREATE INDEX fulltext_docs_stage ON fulltext_docs (stage, issued);
      CREATE INDEX fulltext_fields_doc ON fulltext_fields (doc);
      CREATE INDEX fulltext_fields_field ON fulltext_fields (field, doc);
      ANALYZE fulltext_docs;
      ANALYZE fulltext_fields;
    `);
    return new PostgresSearch(pool);
  }

  async rank(query: SearchQuery): Promise<FulltextHits> {
    const { sql, params } = searchStatement('postgres', query, queryPhrases(query.q));
    const { rows } = await this.#pool.query<StatementRow>(sql, params);
    return hitsOf(rows, query);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

interface IndexedRow {
  row: unknown[];
  fields: [number, string][];
}
