import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertAgency, replaceAllowedOrigins } from '../agencies/agency-repository.js';
import { localDay } from '../calendar/local-day.js';
import { newId } from '../db/ids.js';
import { writeSetting } from '../db/settings.js';
import type { Tables } from '../db/tables.js';
import { saveLeader } from '../leaders/leader-repository.js';
import { districtDocuments, provinceDocuments } from './local-documents.js';
import { seedLegalDocuments } from './legal-documents.js';
import { insertDocuments } from '../legal-documents/store.js';
import { castBallots, savePoll } from '../polls/poll-repository.js';
import { defaultQaFormConfig } from '../qa/default-form-config.js';
import { dueDateOf, readDeclaredDays } from '../qa/due-dates.js';
import * as questions from '../qa/question-repository.js';
import { newTrackingCode } from '../qa/tracking-code.js';
import type { Secrets } from '../security/secrets.js';
import { demoCalendarDays, demoPolls, demoQuestions, districtPoll } from './demo-activity.js';
import { demoAgencies, demoAllowedOrigins, demoLeaders, demoPortal, districtAgency, provinceAgency } from './demo-province.js';

export interface SeedContext {
  db: Kysely<Tables>;
  secrets: Secrets;
  now: Date;
  utcOffsetMinutes: number;
}

type Seeder = (context: SeedContext) => Promise<void>;

const dayMs = 86_400_000;

async function seedPortalAndAgencies({ db, now }: SeedContext): Promise<void> {
  await writeSetting(db, 'portal', demoPortal, now);
  for (const agency of demoAgencies) await insertAgency(db, agency);
  for (const [agency, origins] of Object.entries(demoAllowedOrigins)) await replaceAllowedOrigins(db, agency, origins);
  for (const leader of demoLeaders) await saveLeader(db, newId(), leader, false);
  for (const day of demoCalendarDays) {
    await db.insertInto('calendar_days').values({ date: day.date, kind: day.kind, name: JSON.stringify(day.name) }).execute();
  }
}

/** Saves a demo poll with its ballots, cast while it was open, as they would have been: a closed poll takes no ballots. */
async function savePollWithBallots(db: Kysely<Tables>, id: string, poll: ReturnType<typeof districtPoll>, createdAt: Date): Promise<void> {
  await savePoll(db, id, poll.data, createdAt, 'create');
  const castAt = poll.data.opensAt === undefined ? createdAt : new Date(poll.data.opensAt);
  const ballots = poll.votes.map((choice) => ({
    pollId: id,
    voterToken: randomBytes(16).toString('base64url'),
    optionIds: choice.map((option) => poll.data.options[option]?.id ?? ''),
    castAt,
  }));
  await castBallots(db, ballots);
}

async function seedPolls({ db, now }: SeedContext): Promise<void> {
  // Created before the province's, so that the province's running poll stays the newest of all.
  await savePollWithBallots(db, 'binh-chon-an-lac-1', districtPoll(districtAgency, now), new Date(now.getTime() - 20_000));
  for (const [index, poll] of demoPolls(provinceAgency, now).entries()) {
    // Created in order, a second apart, so the running poll is the newest.
    await savePollWithBallots(db, `binh-chon-${index + 1}`, poll, new Date(now.getTime() - (10 - index) * 1000));
  }
}

async function seedQa({ db, secrets, now, utcOffsetMinutes }: SeedContext): Promise<void> {
  const config = { ...defaultQaFormConfig, agencies: demoAgencies.map((agency) => ({ code: agency.code, name: agency.name })) };
  await writeSetting(db, 'qa-form-config', config, now);
  const declared = await readDeclaredDays(db);
  for (const question of demoQuestions) {
    const asked = new Date(now.getTime() - question.daysAgo * dayMs);
    const answered = new Date(asked.getTime() + 7 * dayMs).toISOString();
    const published = new Date(asked.getTime() + 8 * dayMs).toISOString();
    const receivedDay = localDay(asked, utcOffsetMinutes);
    const id = newId();
    await questions.insertQuestion(db, secrets, {
      id,
      trackingCode: newTrackingCode(receivedDay),
      asker: question.asker,
      topic: question.topic,
      agency: question.agency,
      title: question.title,
      content: question.content,
      receivedAt: asked.toISOString(),
      receivedDay,
      workingDays: config.answerWorkingDays,
      dueDate: dueDateOf(receivedDay, config.answerWorkingDays, declared),
      consentVersion: config.consent.version,
    });
    const agency = config.agencies.find((label) => label.code === question.agency);
    if (agency === undefined) continue;
    const text = { title: { vi: question.title }, question: { vi: question.content } };
    await questions.updateQuestion(db, id, {
      state: 'published',
      answer: JSON.stringify({ ...question.answer, answeredAt: answered, agency }),
      public_text: JSON.stringify(text),
      search_text: questions.publicSearchText(text),
      published_at: published,
      updated_at: published,
    });
    await questions.appendEvent(db, id, 'classified', asked.toISOString(), {});
    await questions.appendEvent(db, id, 'forwarded', asked.toISOString(), { agency });
    await questions.appendEvent(db, id, 'answered', answered, { agency });
    await questions.appendEvent(db, id, 'published', published, {});
  }
}

/**
 * A year of page views up to now, so the counter shows totals a real portal would: today's and this
 * month's too, even on the first morning of a month (today's share grows with the hour of seeding).
 */
async function seedVisits({ db, now, utcOffsetMinutes }: SeedContext): Promise<void> {
  const rows = [];
  const todayElapsed = ((now.getTime() + utcOffsetMinutes * 60_000) % dayMs) / dayMs;
  for (let daysAgo = 0; daysAgo <= 365; daysAgo += 1) {
    const day = localDay(new Date(now.getTime() - daysAgo * dayMs), utcOffsetMinutes);
    const share = (1 + 0.3 * Math.sin(daysAgo / 7)) * (daysAgo === 0 ? Math.max(todayElapsed, 0.05) : 1);
    rows.push({ agency: '', day, hits: Math.round(2600 * share), bot_hits: Math.round(900 * share) });
    rows.push({ agency: 'stttt', day, hits: Math.round(420 * share), bot_hits: Math.round(120 * share) });
    rows.push({ agency: districtAgency, day, hits: Math.round(310 * share), bot_hits: Math.round(80 * share) });
  }
  for (let start = 0; start < rows.length; start += 200) await db.insertInto('visit_days').values(rows.slice(start, start + 200)).execute();
}

async function seedRegister({ db, secrets, now }: SeedContext): Promise<void> {
  const province = demoAgencies.find((agency) => agency.code === provinceAgency);
  if (province === undefined) return;
  const issuer = { code: 'ubnd-tinh-binh-son', name: province.name };
  await seedLegalDocuments(db, { agency: provinceAgency, issuer, secrets, now });
  await insertDocuments(db, provinceDocuments(provinceAgency, issuer), now);
  const district = demoAgencies.find((agency) => agency.code === districtAgency);
  if (district !== undefined) await insertDocuments(db, districtDocuments(districtAgency, { code: 'ubnd-huyen-an-lac-binh-son', name: district.name }), now);
}

/** The demo data, in dependency order; each resource's demo content is one seeder. */
export const seeders: readonly Seeder[] = [seedPortalAndAgencies, seedPolls, seedQa, seedVisits, seedRegister];

export async function seedDemoData(context: SeedContext): Promise<void> {
  for (const seeder of seeders) await seeder(context);
}

/** A database nothing was ever written to: no portal, no agency. */
export async function isEmpty(db: Kysely<Tables>): Promise<boolean> {
  const [setting, agency] = await Promise.all([
    db.selectFrom('settings').select('key').limit(1).executeTakeFirst(),
    db.selectFrom('agencies').select('code').limit(1).executeTakeFirst(),
  ]);
  return setting === undefined && agency === undefined;
}
