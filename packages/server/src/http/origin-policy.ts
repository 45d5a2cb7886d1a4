import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

/** Normalizes an allowed origin (`https://Site.gov.vn/path` → `https://site.gov.vn`). */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/**
 * Which sites' pages may write (vote, ask, comment, count visits) for which agency. Origins listed
 * for the province-level agency may write for every agency. Kept in memory and reloaded after a
 * change, and every minute for changes made by other server processes.
 */
export class OriginPolicy {
  #byAgency = new Map<string, Set<string>>();
  #everywhere = new Set<string>();
  #known = new Set<string>();
  #loadedAt = 0;

  constructor(
    private readonly db: Kysely<Tables>,
    private readonly maxAgeMs = 60_000,
  ) {}

  async reload(): Promise<void> {
    const rows = await this.db
      .selectFrom('agency_origins')
      .innerJoin('agencies', 'agencies.code', 'agency_origins.agency')
      .select(['agency_origins.agency', 'agency_origins.origin', 'agencies.data'])
      .execute();
    const byAgency = new Map<string, Set<string>>();
    const everywhere = new Set<string>();
    for (const row of rows) {
      let origins = byAgency.get(row.agency);
      if (origins === undefined) byAgency.set(row.agency, (origins = new Set()));
      origins.add(row.origin);
      if ((JSON.parse(row.data) as { kind: string }).kind === 'province') everywhere.add(row.origin);
    }
    this.#byAgency = byAgency;
    this.#everywhere = everywhere;
    this.#known = new Set(rows.map((row) => row.origin));
    this.#loadedAt = Date.now();
  }

  async #fresh(): Promise<void> {
    if (Date.now() - this.#loadedAt > this.maxAgeMs) await this.reload();
  }

  /** Whether any agency allows this origin: decides the CORS answer to a preflight. */
  async isKnown(origin: string): Promise<boolean> {
    await this.#fresh();
    return this.#known.has(origin);
  }

  /** Whether pages of `origin` may write for `agency` (or, with no agency, for the portal). */
  async allows(origin: string, agency: string | undefined): Promise<boolean> {
    await this.#fresh();
    if (this.#everywhere.has(origin)) return true;
    if (agency === undefined) return this.#known.has(origin);
    return this.#byAgency.get(agency)?.has(origin) ?? false;
  }
}

/** Where a request arrived, as the socket and `TRUSTED_PROXIES` tell it, never as the request claims. */
export interface Arrival {
  /** The port of this server the connection reached. */
  localPort: number | undefined;
  /** The client's address, through trusted proxies only. */
  clientIp: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
const isLoopbackAddress = (ip: string) => ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');

/**
 * Whether `origin` is one of this server's own pages, which need no allowlist entry: one of the
 * configured public origins (`PUBLIC_ORIGINS`), or, for a browser on this machine, the loopback
 * address of the port the request reached (the demo pages opened locally). The `Host` header, which
 * any client or a site pointing its own name at the server chooses, is never taken for it.
 */
export function isOwnOrigin(origin: string, publicOrigins: readonly string[], arrival: Arrival): boolean {
  if (publicOrigins.includes(origin)) return true;
  if (arrival.localPort === undefined || !isLoopbackAddress(arrival.clientIp)) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && loopbackHosts.has(url.hostname) && url.port === String(arrival.localPort) && url.origin === origin;
}
