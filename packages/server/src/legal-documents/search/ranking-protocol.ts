import type { ServerConfig } from '../../config.js';
import type { RankedPage, RankerOptions, SearchQuery } from './ranker.js';

/** What the ranking thread opens: the register's database, and its cache sizes. */
export interface RankingWorkerData {
  database: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>;
  options: RankerOptions;
}

export type RankingRequest = { id: number } & ({ op: 'ready' | 'refresh' | 'close' } | { op: 'rank'; query: SearchQuery });

/** For `rank`, the page; for the others, the index generation reached. */
export type RankingResult = RankedPage | { generation: number };

export type RankingReply = { id: number } & ({ result: RankingResult; error?: undefined } | { error: string; result?: undefined });
