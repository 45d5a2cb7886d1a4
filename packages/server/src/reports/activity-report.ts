import type { ActivityCounts, ActivityReport, Agency } from '@vn-portal/schema';
import { addWorkingDays } from '@vn-portal/sdk/working-days';
import type { Kysely } from 'kysely';
import { listAgencies } from '../agencies/agency-repository.js';
import { localDay } from '../calendar/local-day.js';
import type { Tables } from '../db/tables.js';
import { readDeclaredDays } from '../qa/due-dates.js';
import { uniqueVisitorDays } from '../visits/unique-visitors.js';
import type { Period } from './period.js';

/** A legal document is published within 2 working days of its issue (Cao Bằng 01/2014, art. 8.1.c). */
const publicationWorkingDays = 2;

export interface ReportOptions {
  period: Period;
  /** The agencies a key covers; empty for the whole province. */
  scope: readonly string[];
  /** One agency only, when the query names one. */
  agency?: string;
  now: Date;
  utcOffsetMinutes: number;
}

const emptyCounts = (): ActivityCounts => ({
  documents: { published: 0, late: 0, withdrawn: 0 },
  questions: { received: 0, answered: 0, answeredOnTime: 0, overdue: 0, rejected: 0 },
  comments: { received: 0, approved: 0, rejected: 0 },
  polls: { opened: 0, votes: 0 },
  visits: { views: 0, botViews: 0 },
});

/** Counts per agency code (`''` for what belongs to no agency: unassigned questions, pages of no agency). */
class Tally {
  readonly #byAgency = new Map<string, ActivityCounts>();

  of(agency: string | null): ActivityCounts {
    const key = agency ?? '';
    let counts = this.#byAgency.get(key);
    if (counts === undefined) {
      counts = emptyCounts();
      this.#byAgency.set(key, counts);
    }
    return counts;
  }

  /** The sum over the agencies kept (every one when `keep` is undefined). */
  sum(keep: ReadonlySet<string> | undefined): ActivityCounts {
    const total = emptyCounts();
    for (const [agency, counts] of this.#byAgency) {
      if (keep !== undefined && !keep.has(agency)) continue;
      for (const group of Object.keys(total) as (keyof ActivityCounts)[]) {
        const into = total[group] as Record<string, number>;
        for (const [name, value] of Object.entries(counts[group])) into[name] = (into[name] ?? 0) + value;
      }
    }
    return total;
  }
}

async function countDocuments(db: Kysely<Tables>, period: Period, tally: Tally, utcOffsetMinutes: number): Promise<void> {
  const declared = await readDeclaredDays(db);
  const published = await db
    .selectFrom('legal_documents')
    .select(['agency', 'issued_date', 'published_at'])
    .where('stage', '=', 'issued')
    .where('published_at', '>=', period.start)
    .where('published_at', '<', period.end)
    .execute();
  for (const document of published) {
    const counts = tally.of(document.agency).documents;
    counts.published += 1;
    const due = addWorkingDays(document.issued_date, publicationWorkingDays, declared);
    if (localDay(new Date(document.published_at), utcOffsetMinutes) > due) counts.late += 1;
  }
  const withdrawn = await db
    .selectFrom('legal_documents')
    .select('agency')
    .where('withdrawn_date', '>=', period.from)
    .where('withdrawn_date', '<=', period.to)
    .execute();
  for (const document of withdrawn) tally.of(document.agency).documents.withdrawn += 1;
}

async function countQuestions(db: Kysely<Tables>, period: Period, tally: Tally, options: ReportOptions): Promise<void> {
  const received = await db.selectFrom('questions').select('agency').where('received_at', '>=', period.start).where('received_at', '<', period.end).execute();
  for (const question of received) tally.of(question.agency).questions.received += 1;

  const events = await db
    .selectFrom('question_events as e')
    .innerJoin('questions as q', 'q.id', 'e.question_id')
    .select(['e.question_id', 'e.state', 'e.at', 'q.agency', 'q.due_date'])
    .where('e.state', 'in', ['answered', 'rejected'])
    .where('e.at', '>=', period.start)
    .where('e.at', '<', period.end)
    .execute();
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(`${event.state} ${event.question_id}`)) continue;
    seen.add(`${event.state} ${event.question_id}`);
    const counts = tally.of(event.agency).questions;
    if (event.state === 'rejected') counts.rejected += 1;
    else {
      counts.answered += 1;
      if (localDay(new Date(event.at), options.utcOffsetMinutes) <= event.due_date) counts.answeredOnTime += 1;
    }
  }

  const today = localDay(options.now, options.utcOffsetMinutes);
  const due = await db
    .selectFrom('questions as q')
    .leftJoin('question_events as e', (join) => join.onRef('e.question_id', '=', 'q.id').on('e.state', '=', 'answered'))
    .select((eb) => ['q.agency', 'q.due_date', eb.fn.min('e.at').as('answered_at')])
    .where('q.due_date', '>=', period.from)
    .where('q.due_date', '<=', period.to)
    .where('q.state', '!=', 'rejected')
    .groupBy(['q.id', 'q.agency', 'q.due_date'])
    .execute();
  for (const question of due) {
    const answeredOn = question.answered_at === null ? undefined : localDay(new Date(question.answered_at), options.utcOffsetMinutes);
    const overdue = answeredOn === undefined ? question.due_date < today : answeredOn > question.due_date;
    if (overdue) tally.of(question.agency).questions.overdue += 1;
  }
}

async function countComments(db: Kysely<Tables>, period: Period, tally: Tally): Promise<void> {
  const comments = () => db.selectFrom('legal_document_comments as c').innerJoin('legal_documents as d', 'd.id', 'c.document_id');
  const received = await comments().select('d.agency').where('c.received_at', '>=', period.start).where('c.received_at', '<', period.end).execute();
  for (const comment of received) tally.of(comment.agency).comments.received += 1;
  const moderated = await comments()
    .select(['d.agency', 'c.state'])
    .where('c.state', 'in', ['approved', 'rejected'])
    .where('c.moderated_at', '>=', period.start)
    .where('c.moderated_at', '<', period.end)
    .execute();
  for (const comment of moderated) {
    const counts = tally.of(comment.agency).comments;
    if (comment.state === 'approved') counts.approved += 1;
    else counts.rejected += 1;
  }
}

async function countPolls(db: Kysely<Tables>, period: Period, tally: Tally): Promise<void> {
  const opened = await db
    .selectFrom('polls')
    .select('agency')
    .where((eb) => eb(eb.fn.coalesce('opens_at', 'created_at'), '>=', period.start))
    .where((eb) => eb(eb.fn.coalesce('opens_at', 'created_at'), '<', period.end))
    .execute();
  for (const poll of opened) tally.of(poll.agency).polls.opened += 1;
  const votes = await db
    .selectFrom('votes as v')
    .innerJoin('polls as p', 'p.id', 'v.poll_id')
    .select((eb) => ['p.agency', eb.fn.countAll<number>().as('votes')])
    .where('v.cast_at', '>=', period.start)
    .where('v.cast_at', '<', period.end)
    .groupBy('p.agency')
    .execute();
  for (const row of votes) tally.of(row.agency).polls.votes += row.votes;
}

async function countVisits(db: Kysely<Tables>, period: Period, tally: Tally): Promise<void> {
  const days = await db
    .selectFrom('visit_days')
    .select((eb) => ['agency', eb.fn.sum<number>('hits').as('views'), eb.fn.sum<number>('bot_hits').as('bot_views')])
    .where('day', '>=', period.from)
    .where('day', '<=', period.to)
    .groupBy('agency')
    .execute();
  for (const row of days) {
    const counts = tally.of(row.agency === '' ? null : row.agency).visits;
    counts.views += row.views;
    counts.botViews += row.bot_views;
  }
}

const agencyLabel = (agency: Agency) => ({ code: agency.code, name: agency.name });

/**
 * What the portal did in a period, per agency and in total, counted from the records themselves:
 * a key covering some agencies sees those agencies, and a total of them alone.
 */
export async function activityReport(db: Kysely<Tables>, options: ReportOptions): Promise<ActivityReport> {
  const { period } = options;
  const tally = new Tally();
  await countDocuments(db, period, tally, options.utcOffsetMinutes);
  await countQuestions(db, period, tally, options);
  await countComments(db, period, tally);
  await countPolls(db, period, tally);
  await countVisits(db, period, tally);

  const visible = (await listAgencies(db)).filter(
    (agency) => (options.scope.length === 0 || options.scope.includes(agency.code)) && (options.agency === undefined || agency.code === options.agency),
  );
  const province = options.scope.length === 0 && options.agency === undefined;
  const total = tally.sum(province ? undefined : new Set(visible.map((agency) => agency.code)));
  return {
    from: period.from,
    to: period.to,
    generatedAt: options.now.toISOString(),
    scope: province ? 'province' : 'agencies',
    total: province ? { ...total, uniqueVisitorDays: await uniqueVisitorDays(db, period.from, period.to) } : total,
    agencies: visible.map((agency) => ({ agency: agencyLabel(agency), ...tally.of(agency.code) })),
  };
}
