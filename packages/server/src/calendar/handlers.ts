import type { CalendarDay, LocalizedText } from '@vn-portal/schema';
import type { ResourceFactory } from '../http/handler.js';
import { notFound } from '../http/problem.js';
import { recomputePublicationDueDates } from '../legal-documents/publication-deadline.js';
import { recomputeOpenDueDates } from '../qa/due-dates.js';

const toDay = (row: { date: string; kind: string; name: string }): CalendarDay => ({
  date: row.date,
  kind: row.kind as CalendarDay['kind'],
  name: JSON.parse(row.name) as LocalizedText,
});

/**
 * The government's yearly extra days off and make-up working Saturdays. Public holidays are known
 * to the working-day arithmetic already; these are the ones decided each year.
 */
export const calendarResource: ResourceFactory = () => ({
  handlers: {
    listCalendarDays: async (_input, { db }) => ({
      items: (await db.selectFrom('calendar_days').selectAll().orderBy('date').execute()).map(toDay),
    }),
    setCalendarDay: async ({ params, body }, { db }) => {
      const row = { date: params.date, kind: body.kind, name: JSON.stringify(body.name) };
      await db
        .insertInto('calendar_days')
        .values(row)
        .onConflict((conflict) => conflict.column('date').doUpdateSet({ kind: row.kind, name: row.name }))
        .execute();
      await recomputeOpenDueDates(db);
      await recomputePublicationDueDates(db, params.date);
      return toDay(row);
    },
    deleteCalendarDay: async ({ params }, { db }) => {
      const result = await db.deleteFrom('calendar_days').where('date', '=', params.date).executeTakeFirst();
      if (result.numDeletedRows === 0n) throw notFound();
      await recomputeOpenDueDates(db);
      await recomputePublicationDueDates(db, params.date);
      return undefined;
    },
  },
});
