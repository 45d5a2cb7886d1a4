import { Worker } from 'node:worker_threads';
import type { SearchQuery } from '../../src/legal-documents/search/ranker.js';
import type { FulltextHits, FulltextSearch } from './fulltext-sql.js';
import type { Fts5Request } from './fts5-worker.js';

type Reply = { id: number; hits: FulltextHits; error?: undefined } | { id: number; error: string };

/** SQLite FTS5 searches, run in a worker thread that holds the index (see `fts5-worker.ts`). */
export class Fts5Search implements FulltextSearch {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (hits: FulltextHits) => void; reject: (error: Error) => void }>();
  #nextId = 0;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: Reply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.error === undefined) pending?.resolve(reply.hits);
      else pending?.reject(new Error(`fts5: ${reply.error}`));
    });
  }

  /** Resolves once the worker has indexed the register in `dataDir`'s SQLite database. */
  static start(dataDir: string): Promise<Fts5Search> {
    // From the TypeScript sources, as our ranking thread is started by the benchmarks.
    const entry = new URL('./fts5-worker.ts', import.meta.url);
    const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, workerData: { dataDir } });
    return new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => {
        resolve(new Fts5Search(worker));
      });
    });
  }

  rank(query: SearchQuery): Promise<FulltextHits> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, query } satisfies Fts5Request);
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
