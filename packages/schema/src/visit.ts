import * as z from 'zod/mini';
import { code, isoDateTime, named, text } from './primitives.js';

export const VisitHit = named(
  'VisitHit',
  z.object({
    agency: z.optional(code),
    /** Path of the page viewed, without query string (it may hold personal data). */
    path: z.string().check(z.normalize('NFC'), z.maxLength(2048), z.regex(/^\/[^?#]*$/)),
    title: z.optional(text(500)),
    member: z.optional(z.boolean()),
  }),
);
export type VisitHit = z.input<typeof VisitHit>;

export const VisitHitReceipt = named(
  'VisitHitReceipt',
  z.object({
    counted: z.boolean(),
    /** Bots are counted apart and never in the totals. */
    bot: z.boolean(),
  }),
);
export type VisitHitReceipt = z.output<typeof VisitHitReceipt>;

/** Presence ping from a visible tab; `session` is random per tab and never a cookie. */
export const VisitHeartbeat = named(
  'VisitHeartbeat',
  z.object({
    agency: z.optional(code),
    session: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
    member: z.optional(z.boolean()),
  }),
);
export type VisitHeartbeat = z.input<typeof VisitHeartbeat>;

const count = /* @__PURE__ */ z.int().check(z.minimum(0));

/** "Người trực tuyến — Khách 26, Thành viên 0, Tổng 26; Tổng lượt truy cập: 11454030". */
export const VisitStats = named(
  'VisitStats',
  z.object({
    agency: z.optional(code),
    online: z.object({ guests: count, members: count, total: count }),
    total: count,
    today: count,
    month: count,
    at: isoDateTime,
  }),
);
export type VisitStats = z.output<typeof VisitStats>;

export const VisitStatsQuery = z.object({ agency: z.optional(code) });
export type VisitStatsQuery = z.input<typeof VisitStatsQuery>;
