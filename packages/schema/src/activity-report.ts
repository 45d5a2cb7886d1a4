import * as z from 'zod/mini';
import { CodedLabel } from './legal-document.js';
import { code, isoDate, isoDateTime, named } from './primitives.js';

const count = /* @__PURE__ */ z.int().check(z.minimum(0));

/**
 * The period of an activity report: `from` and `to` (local days, both included), or a preset the
 * editorial board reports on (Bắc Giang art. 18) ending on `to` (today when absent).
 */
export const ActivityReportQuery = z.object({
  preset: z.optional(z.enum(['six-months', 'year'])),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  /** One agency's figures only. */
  agency: z.optional(code),
  /** The language of the printable report. */
  lang: z._default(z.enum(['vi', 'en']), 'vi'),
});
export type ActivityReportQuery = z.input<typeof ActivityReportQuery>;

/** What one agency (or the whole report) did in the period. */
export const ActivityCounts = named(
  'ActivityCounts',
  z.object({
    documents: z.object({
      /** Documents of the register published in the period. */
      published: count,
      /** Of those, published more than 2 working days after their issue (Cao Bằng 01/2014 art. 8.1.c). */
      late: count,
      /** Documents withdrawn in the period. */
      withdrawn: count,
    }),
    questions: z.object({
      received: count,
      answered: count,
      /** Answered in the period, on or before the due date. */
      answeredOnTime: count,
      /** Due in the period and not answered by the due date (answered late, or still waiting). */
      overdue: count,
      rejected: count,
    }),
    comments: z.object({ received: count, approved: count, rejected: count }),
    polls: z.object({
      /** Polls whose voting opened in the period. */
      opened: count,
      votes: count,
    }),
    visits: z.object({ views: count, botViews: count }),
  }),
);
export type ActivityCounts = z.output<typeof ActivityCounts>;

export const ActivityReport = named(
  'ActivityReport',
  z.object({
    from: isoDate,
    to: isoDate,
    generatedAt: isoDateTime,
    /** The whole province, or the agencies the key covers. */
    scope: z.enum(['province', 'agencies']),
    total: z.object({
      ...ActivityCounts.shape,
      /**
       * Visitors of the whole portal, each counted once a day (visitor ids change every day, so
       * a visitor of several days counts once per day): the sum over the period.
       */
      uniqueVisitorDays: z.optional(count),
    }),
    agencies: z.array(z.object({ agency: CodedLabel, ...ActivityCounts.shape })),
  }),
);
export type ActivityReport = z.output<typeof ActivityReport>;
