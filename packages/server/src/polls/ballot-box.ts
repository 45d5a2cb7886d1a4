import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { castBallots, type Ballot, type Tallies } from './poll-repository.js';

export interface BallotOutcome {
  counted: boolean;
  /** The per-address daily cap refused it: nothing was stored. */
  refused: boolean;
  tallies: Tallies;
}

interface Pending extends Ballot {
  resolve: (outcome: BallotOutcome) => void;
  reject: (error: unknown) => void;
}

/** Bounds one transaction (and SQLite's count of bound parameters). */
const maxBatch = 256;

/**
 * Group commit for votes. Every vote is acknowledged only after the transaction holding it has
 * committed, but votes arriving while a transaction runs wait and go together in the next one:
 * one commit per batch instead of one per vote, which is what lets a burst of votes on one poll
 * through a single SQLite connection (or one hot row of tallies in PostgreSQL).
 */
export class BallotBox {
  #queue: Pending[] = [];
  #draining = false;
  #scheduled = false;

  constructor(private readonly db: Kysely<Tables>) {}

  /** Resolves once the vote is stored: whether it counted (not if this voter had voted), and the tallies. */
  cast(ballot: Ballot): Promise<BallotOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...ballot, resolve, reject });
      this.#schedule();
    });
  }

  /**
   * Starts writing after the requests already received are handled: a synchronous driver runs a
   * whole transaction in microtasks, so starting at once would write every vote alone.
   */
  #schedule(): void {
    if (this.#scheduled || this.#draining) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, maxBatch);
        await this.#write(batch);
      }
    } finally {
      this.#draining = false;
    }
  }

  async #write(batch: Pending[]): Promise<void> {
    try {
      const { counted, refused, tallies } = await castBallots(this.db, batch);
      batch.forEach((pending, index) => {
        pending.resolve({ counted: counted[index] === true, refused: refused[index] === true, tallies: tallies.get(pending.pollId) ?? new Map() });
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One bad ballot (its poll deleted meanwhile) must not fail the others: retry them alone.
      for (const pending of batch) await this.#write([pending]);
    }
  }
}
