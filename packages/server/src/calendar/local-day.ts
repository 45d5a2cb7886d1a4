/** The calendar day (`YYYY-MM-DD`) of an instant at a fixed UTC offset (Vietnam: +07:00, no DST). */
export function localDay(at: Date, utcOffsetMinutes: number): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
