import { parentPort, workerData } from 'node:worker_threads';
import { createDatabase } from '../../db/database.js';
import { Ranker } from './ranker.js';
import type { RankingReply, RankingRequest, RankingResult, RankingWorkerData } from './ranking-protocol.js';

/*
 * The search index in a thread of its own (see `SearchEngine`): it opens its own connection to the
 * register's database, loads the index from it and applies the change log when asked.
 */
const { database: target, options } = workerData as RankingWorkerData;
const database = createDatabase(target);
const ranker = new Ranker(database.db, options);
const port = parentPort;

async function answer(request: RankingRequest): Promise<RankingResult> {
  switch (request.op) {
    case 'ready':
      return { generation: await ranker.ready() };
    case 'refresh':
      return { generation: await ranker.refresh() };
    case 'rank':
      return ranker.rank(request.query);
    case 'close':
      await database.destroy();
      return { generation: 0 };
  }
}

port?.on('message', (request: RankingRequest) => {
  answer(request).then(
    (result) => {
      port.postMessage({ id: request.id, result } satisfies RankingReply);
    },
    (error: unknown) => {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies RankingReply);
    },
  );
});
