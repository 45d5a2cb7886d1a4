import { LRUCache } from 'lru-cache';
import { agencyExists } from '../agencies/agency-repository.js';
import { localDay } from '../calendar/local-day.js';
import type { AppContext } from '../context.js';
import type { ResourceFactory } from '../http/handler.js';
import { every } from '../scheduled-task.js';
import { invalidFields } from '../http/problem.js';
import { isBot } from './bot-detection.js';
import { MemoryPresence, RedisPresence } from './presence.js';
import { VisitCounter } from './visit-counter.js';
import { UniqueVisitors } from './unique-visitors.js';
import { DailyVisitorIds, dropOldSalts } from './visitor-id.js';

/** Agency codes seen recently: a page view must not cost a database read. */
class KnownAgencies {
  readonly #known = new LRUCache<string, boolean>({ max: 10_000, ttl: 60_000 });

  constructor(private readonly context: AppContext) {}

  async check(agency: string | undefined): Promise<string> {
    if (agency === undefined) return '';
    let exists = this.#known.get(agency);
    if (exists === undefined) {
      exists = await agencyExists(this.context.db, agency);
      this.#known.set(agency, exists);
    }
    if (!exists) throw invalidFields([{ path: 'agency', code: 'unknown-agency', message: 'No agency has this code' }]);
    return agency;
  }
}

/** The visit counter: page views, presence heartbeats and the totals portals show. */
export const visitResource: ResourceFactory = (context) => {
  const clock = () => context.now().getTime();
  const presence = context.redis === undefined ? new MemoryPresence(clock) : new RedisPresence(context.redis, clock);
  const counter = new VisitCounter(context.db, presence, {
    flushIntervalMs: context.config.visitFlushIntervalMs,
    utcOffsetMinutes: context.config.utcOffsetMinutes,
    now: context.now,
    log: context.log,
  });
  const visitorIds = new DailyVisitorIds(context.db);
  const agencies = new KnownAgencies(context);
  const today = () => localDay(context.now(), context.config.utcOffsetMinutes);
  const visitorOf = (agency: string, ip: string, userAgent: string) => visitorIds.idOf(today(), context.now(), agency, ip, userAgent);
  // Salts also go when no visit comes to replace them.
  const stop = every(600_000, () => dropOldSalts(context.db, today(), context.now()), context.log, 'dropping old visitor salts');
  const uniqueVisitors = new UniqueVisitors(context.db);
  const stopUnique = every(context.config.visitFlushIntervalMs, () => uniqueVisitors.flush(today()), context.log, 'writing unique visitors');
  // No agency code holds `*`: the portal-wide id of a visitor, the same on every agency's pages.
  const siteVisitorOf = (ip: string, userAgent: string) => visitorOf('*', ip, userAgent);

  return {
    handlers: {
      recordVisit: async ({ body, client }) => {
        const agency = await agencies.check(body.agency);
        const bot = isBot(client.userAgent);
        // Bots are counted apart, and need no visitor id.
        const visitor = bot ? '' : await visitorOf(agency, client.ip, client.userAgent);
        if (!bot) uniqueVisitors.note(today(), await siteVisitorOf(client.ip, client.userAgent));
        const counted = await counter.recordHit({ visitor, agency, path: body.path, member: body.member === true, bot });
        return { counted, bot };
      },
      heartbeat: async ({ body, client }) => {
        const agency = await agencies.check(body.agency);
        if (!isBot(client.userAgent)) {
          await counter.recordHeartbeat({ visitor: await visitorOf(agency, client.ip, client.userAgent), session: body.session, agency, member: body.member === true });
        }
        return undefined;
      },
      getVisitStats: ({ query }) => counter.stats(query.agency),
    },
    close: async () => {
      stop();
      stopUnique();
      await counter.close();
      await uniqueVisitors.flush(today()).catch((error: unknown) => {
        context.log.error({ err: error }, 'writing unique visitors failed at shutdown');
      });
    },
  };
};
