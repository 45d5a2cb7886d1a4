/** Vietnam's offset from UTC, in minutes: +07:00 all year (no daylight saving time). */
export const vietnamUtcOffsetMinutes = 7 * 60;

const dayMs = 86_400_000;

// The last day computed and the instants it spans: counters ask for the day of every hit.
let last = { offset: Number.NaN, from: 0, to: 0, day: '' };

/** The instant a local day starts, at a fixed UTC offset. */
export const localMidnight = (day: string, utcOffsetMinutes: number): string => new Date(Date.parse(`${day}T00:00:00Z`) - utcOffsetMinutes * 60_000).toISOString();

/** The calendar day (`YYYY-MM-DD`) of an instant at a fixed UTC offset (Vietnam: +07:00, no DST). */
export function localDay(at: Date, utcOffsetMinutes: number): string {
  const time = at.getTime();
  if (utcOffsetMinutes === last.offset && time >= last.from && time < last.to) return last.day;
  const shifted = time + utcOffsetMinutes * 60_000;
  const day = new Date(shifted).toISOString().slice(0, 10);
  const from = Math.floor(shifted / dayMs) * dayMs - utcOffsetMinutes * 60_000;
  last = { offset: utcOffsetMinutes, from, to: from + dayMs, day };
  return day;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins at a fixed UTC offset, as an ISO string. */
export const dayStart = (day: string, utcOffsetMinutes: number): string => new Date(Date.parse(`${day}T00:00:00Z`) - utcOffsetMinutes * 60_000).toISOString();

/** The instant the calendar day after `day` begins: the end, excluded, of a range of days ending with `day`. */
export const dayEnd = (day: string, utcOffsetMinutes: number): string => new Date(Date.parse(dayStart(day, utcOffsetMinutes)) + dayMs).toISOString();
