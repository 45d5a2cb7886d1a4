import { Worker } from 'node:worker_threads';
import type { RankedPage, SearchQuery } from './ranker.js';
import type { RankingReply, RankingRequest, RankingResult, RankingWorkerData } from './ranking-protocol.js';

type Pending = { resolve: (result: RankingResult) => void; reject: (error: Error) => void };

/**
 * The ranking thread: started on first use, and again after a crash (each pending call then fails).
 */
export class RankingThread {
  readonly #data: RankingWorkerData;
  #worker: Worker | undefined;
  #pending = new Map<number, Pending>();
  #nextId = 0;

  constructor(data: RankingWorkerData) {
    this.#data = data;
  }

  #start(): Worker {
    // From the TypeScript sources (tests, benchmarks), the thread loads the same TypeScript loader.
    const fromSources = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSources ? './ranking-worker.ts' : './ranking-worker.js', import.meta.url);
    const worker = fromSources
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, workerData: this.#data })
      : new Worker(entry, { workerData: this.#data });
    worker.on('message', (reply: RankingReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref();
      if (reply.error === undefined) pending?.resolve(reply.result);
      else pending?.reject(new Error(`search: ${reply.error}`));
    });
    const lost = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      lost(new Error(`search: the ranking thread stopped (exit code ${String(code)})`));
    });
    // A server stops on its own signal: an idle ranking thread must not keep it running, a busy one
    // must (see `call`). After the listeners: adding one refs the thread again.
    worker.unref();
    return worker;
  }

  call(request: { op: 'ready' | 'refresh' | 'close' }): Promise<{ generation: number }>;
  call(request: { op: 'rank'; query: SearchQuery }): Promise<RankedPage>;
  call(request: Omit<RankingRequest, 'id'>): Promise<RankingResult> {
    this.#worker ??= this.#start();
    const worker = this.#worker;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      if (this.#pending.size === 0) worker.ref();
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  async stop(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    // Closes the thread's database connection before the thread goes.
    await this.call({ op: 'close' }).catch(() => undefined);
    this.#worker = undefined;
    await worker.terminate();
  }
}
