import type { ActivityReport, ActivityReportQuery, Output, Portal } from '@vn-portal/schema';
import { assertCoversAgency } from '../admin/api-keys.js';
import { localDay } from '../calendar/local-day.js';
import type { AppContext } from '../context.js';
import { readSetting } from '../db/settings.js';
import type { Principal, ResourceFactory } from '../http/handler.js';
import { activityCsv } from './activity-csv.js';
import { activityHtml } from './activity-html.js';
import { activityReport } from './activity-report.js';
import { periodOf } from './period.js';

function reportFor(query: Output<typeof ActivityReportQuery>, principal: Principal, context: AppContext): Promise<ActivityReport> {
  if (query.agency !== undefined) assertCoversAgency(principal, query.agency);
  const now = context.now();
  const { utcOffsetMinutes } = context.config;
  return activityReport(context.db, {
    period: periodOf(query, localDay(now, utcOffsetMinutes), utcOffsetMinutes),
    scope: principal.agencies,
    ...(query.agency === undefined ? {} : { agency: query.agency }),
    now,
    utcOffsetMinutes,
  });
}

/** The activity report the editorial board makes every six months and every year (Bắc Giang art. 18): JSON, CSV, and a page to print. */
export const reportResource: ResourceFactory = () => ({
  handlers: {
    getActivityReport: ({ query, principal }, context) => reportFor(query, principal, context),
    exportActivityReport: async ({ query, principal }, context) => activityCsv(await reportFor(query, principal, context)),
    printActivityReport: async ({ query, principal }, context) => {
      const report = await reportFor(query, principal, context);
      const portal = await readSetting<Portal>(context.db, 'portal');
      return activityHtml(report, portal === undefined ? 'Cổng thông tin điện tử' : query.lang === 'en' ? (portal.name.en ?? portal.name.vi) : portal.name.vi, query.lang);
    },
  },
});
