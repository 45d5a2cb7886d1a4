import type { VisitStats } from '@vn-portal/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { localDay } from '../calendar/local-day.js';
import type { Tables } from '../db/tables.js';
import type { Presence } from './presence.js';
import { timedCache } from './timed-cache.js';

/** A reload of the same page by the same visitor within this time is not a new visit. */
const reloadWindowMs = 30 * 60_000;
/** Totals read from the database are reused this long; buffered hits are added on top. */
const totalsCacheMs = 1000;

interface Tally {
  hits: number;
  botHits: number;
}

interface Totals {
  total: number;
  today: number;
  month: number;
}

// Keys of the buffer: agency and day, joined by a character neither can hold.
const tallyKey = (agency: string, day: string) => `${agency} ${day}`;

function addTally(into: Map<string, Tally>, key: string, hits: number, botHits: number): void {
  const tally = into.get(key);
  if (tally === undefined) into.set(key, { hits, botHits });
  else {
    tally.hits += hits;
    tally.botHits += botHits;
  }
}


/**
 * The visit counter: hits are tallied in memory per agency and day and written in one batch per
 * interval (a page view must cost next to nothing); `close()` writes what is left. Presence is
 * about the last five minutes and means nothing after a restart: it is kept in this process's
 * memory, or in Redis when several processes must show the same figure (see `presence.ts`).
 */
export class VisitCounter {
  #pending = new Map<string, Tally>();
  #inFlight = new Map<string, Tally>();
  /** Page views within the reload window, by visitor, agency and path. */
  readonly #recentViews;
  /** Stored totals by agency (`*` for all), with the day they were read for. */
  readonly #totalsCache;
  #flushing: Promise<void> | undefined;
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly presence: Presence,
    private readonly options: { flushIntervalMs: number; utcOffsetMinutes: number; now: () => Date; log: FastifyBaseLogger },
  ) {
    const clock = () => options.now().getTime();
    this.#recentViews = timedCache<true>(clock, reloadWindowMs);
    this.#totalsCache = timedCache<{ day: string; totals: Totals }>(clock, totalsCacheMs, 1_000);
    this.#timer = setInterval(() => void this.flush(), options.flushIntervalMs);
    this.#timer.unref();
  }

  #day(at: Date): string {
    return localDay(at, this.options.utcOffsetMinutes);
  }

  /** Counts a page view; false when it is a reload within the reload window. */
  async recordHit(hit: { visitor: string; agency: string; path: string; member: boolean; bot: boolean }): Promise<boolean> {
    const now = this.options.now();
    const key = tallyKey(hit.agency, this.#day(now));
    if (hit.bot) {
      addTally(this.#pending, key, 0, 1);
      return false;
    }
    await this.#touch({ key: `v ${hit.visitor}`, agency: hit.agency, member: hit.member });
    const viewKey = `${hit.visitor} ${hit.agency} ${hit.path}`;
    if (this.#recentViews.has(viewKey)) return false;
    this.#recentViews.set(viewKey, true);
    addTally(this.#pending, key, 1, 0);
    return true;
  }

  /** A visible tab's ping; the visitor's anonymous hit-based presence gives way to the tab's. */
  recordHeartbeat(beat: { visitor: string; session: string; agency: string; member: boolean }): Promise<void> {
    return this.#touch({ key: `s ${beat.session}`, agency: beat.agency, member: beat.member, replaces: `v ${beat.visitor}` });
  }

  /** A page view is counted even when presence cannot be written (Redis away): it is logged instead. */
  async #touch(sign: Parameters<Presence['touch']>[0]): Promise<void> {
    try {
      await this.presence.touch(sign);
    } catch (error) {
      this.options.log.warn({ err: error }, 'presence not recorded');
    }
  }

  async #storedTotals(agency: string | undefined, day: string): Promise<Totals> {
    const cacheKey = agency ?? '*';
    const cached = this.#totalsCache.get(cacheKey);
    if (cached !== undefined && cached.day === day) return cached.totals;
    let query = this.db
      .selectFrom('visit_days')
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>('hits'), eb.lit(0)).as('total'),
        eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('day', '=', day).then(eb.ref('hits')).else(0).end()), eb.lit(0)).as('today'),
        eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('day', '>=', `${day.slice(0, 7)}-01`).then(eb.ref('hits')).else(0).end()), eb.lit(0)).as('month'),
      ]);
    if (agency !== undefined) query = query.where('agency', '=', agency);
    const row = await query.executeTakeFirstOrThrow();
    const totals = { total: row.total, today: row.today, month: row.month };
    this.#totalsCache.set(cacheKey, { day, totals });
    return totals;
  }

  /** Online now and visit totals, including hits not yet written. */
  async stats(agency: string | undefined): Promise<VisitStats> {
    const now = this.options.now();
    const day = this.#day(now);
    const stored = await this.#storedTotals(agency, day);
    const totals = { ...stored };
    for (const buffer of [this.#inFlight, this.#pending]) {
      for (const [key, tally] of buffer) {
        const [tallyAgency = '', tallyDay = ''] = key.split(' ');
        if (agency !== undefined && tallyAgency !== agency) continue;
        totals.total += tally.hits;
        if (tallyDay === day) totals.today += tally.hits;
        if (tallyDay.slice(0, 7) === day.slice(0, 7)) totals.month += tally.hits;
      }
    }
    return { ...(agency === undefined ? {} : { agency }), online: await this.presence.online(agency), ...totals, at: now.toISOString() };
  }

  /** Writes the buffered tallies in one transaction; on failure they go back to the buffer. */
  flush(): Promise<void> {
    this.#flushing ??= this.#write().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  }

  async #write(): Promise<void> {
    if (this.#pending.size === 0) return;
    this.#inFlight = this.#pending;
    this.#pending = new Map();
    const rows = [...this.#inFlight].map(([key, tally]) => {
      const [agency = '', day = ''] = key.split(' ');
      return { agency, day, hits: tally.hits, bot_hits: tally.botHits };
    });
    try {
      await this.db.transaction().execute(async (transaction) => {
        for (const row of rows) {
          await transaction
            .insertInto('visit_days')
            .values(row)
            .onConflict((conflict) =>
              conflict.columns(['agency', 'day']).doUpdateSet((eb) => ({
                hits: eb('visit_days.hits', '+', eb.ref('excluded.hits')),
                bot_hits: eb('visit_days.bot_hits', '+', eb.ref('excluded.bot_hits')),
              })),
            )
            .execute();
        }
      });
      this.#totalsCache.clear();
    } catch (error) {
      this.options.log.error({ err: error }, 'writing visit counts failed; kept for the next flush');
      for (const [key, tally] of this.#inFlight) addTally(this.#pending, key, tally.hits, tally.botHits);
    } finally {
      this.#inFlight = new Map();
    }
  }

  /** Stops the timer and writes everything buffered: nothing acknowledged is lost on shutdown. */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
    // Hits acknowledged while the last flush ran are in the buffer again.
    await this.flush();
  }
}
