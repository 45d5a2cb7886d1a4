import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';

/** The channel the change log's trigger notifies (migration `0006-change-notices`). */
const channel = 'legal_document_changes';
/** After a lost connection, the next attempt waits this long; polling covers the gap. */
const reconnectDelayMs = 1000;

/**
 * Listens, on a PostgreSQL connection of its own, for changes other processes log, and has the
 * search index apply them as they commit, instead of when the next search polls the change log
 * (the poll stays: it catches what is missed while the connection is down). Notifications that
 * arrive while the index is applying one are folded into one more pass.
 */
export class ChangeNotices {
  #client: pg.Client | undefined;
  #closed = false;
  #applying: Promise<void> | undefined;
  #again = false;
  #retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly apply: () => Promise<void>,
    private readonly log: FastifyBaseLogger,
  ) {
    this.#connect();
  }

  #connect(): void {
    const client = new pg.Client({ connectionString: this.url });
    this.#client = client;
    client.on('notification', () => {
      this.#changed();
    });
    client.on('error', (error) => {
      this.#lost(client, error);
    });
    client
      .connect()
      .then(() => client.query(`listen ${channel}`))
      .then(
        // What changed while nobody listened is applied now.
        () => {
          this.#changed();
        },
        (error: unknown) => {
          this.#lost(client, error);
        },
      );
  }

  #lost(client: pg.Client, error: unknown): void {
    if (this.#closed || this.#client !== client) return;
    this.#client = undefined;
    this.log.warn({ err: error }, 'listening for register changes failed; polling until it reconnects');
    client.end().catch(() => undefined);
    this.#retry = setTimeout(() => {
      this.#connect();
    }, reconnectDelayMs);
    this.#retry.unref();
  }

  #changed(): void {
    if (this.#closed) return;
    if (this.#applying !== undefined) {
      this.#again = true;
      return;
    }
    this.#applying = this.apply()
      .catch((error: unknown) => {
        this.log.warn({ err: error }, 'applying register changes failed; the next search polls again');
      })
      .finally(() => {
        this.#applying = undefined;
        if (this.#again) {
          this.#again = false;
          this.#changed();
        }
      });
  }

  /** Stops listening; waits for a pass under way. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    await this.#client?.end().catch(() => undefined);
    await this.#applying;
  }
}
