import * as z from 'zod/mini';
import { dateMax, dateTimeMax, emailMax, textMax, urlMax } from './vocabulary/limits.js';
import { formatPatterns } from './wire.js';

/**
 * The registry of named resource schemas: each becomes a component of the OpenAPI document,
 * referenced by `$ref` wherever it is used.
 */
export const apiSchemas = z.registry<{ id: string }>();

/** Names a schema for the OpenAPI document and returns it unchanged. */
/* @__NO_SIDE_EFFECTS__ */
export function named<T extends z.core.$ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

/**
 * Text as TCVN 6909:2001 requires: Unicode in NFC. Input in NFD (as macOS and some IMEs send it)
 * is composed on parse, and surrounding white space dropped, so stored text compares equal.
 */
/* @__NO_SIDE_EFFECTS__ */
export const text = (max = textMax, min = 0) =>
  z.string().check(z.normalize('NFC'), z.trim(), z.minLength(min), z.maxLength(max));

/** A required, non-empty line of text. */
/* @__NO_SIDE_EFFECTS__ */
export const requiredText = (max = 500) => text(max, 1);

/** Text with a Vietnamese original and an optional English version (Bắc Kạn: both are official). */
/* @__NO_SIDE_EFFECTS__ */
export const localized = (max = textMax) =>
  z.object({
    vi: text(max, 1),
    en: z.optional(text(max, 1)),
  });
export const LocalizedText = named('LocalizedText', localized());
export type LocalizedText = z.output<typeof LocalizedText>;

/** Rich text (HTML) from editors: sanitized by the server on save, and again by every client that renders it. */
export const LocalizedHtml = named('LocalizedHtml', localized(100_000));

/** Lower-case slug identifiers such as agency codes (`stttt`, `ubnd-tinh`). */
export const code = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
export const id = /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

export { formatPatterns } from './wire.js';

/* @__NO_SIDE_EFFECTS__ */
const formatted = (pattern: RegExp, max: number) => z.string().check(z.maxLength(max), z.regex(pattern));

/**
 * Whether the `YYYY-MM-DD` a value starts with is a day of the calendar: the pattern lets 2025-02-30
 * through, and `Date` would read it as 2 March.
 */
export function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/* @__NO_SIDE_EFFECTS__ */
const calendarDay = () => z.refine<string>(isCalendarDay, { error: 'Not a day of the calendar' });

/** Calendar date, `YYYY-MM-DD`, of a real day (2024-02-29, not 2023-02-29). */
export const isoDate = /* @__PURE__ */ formatted(formatPatterns.date, dateMax).check(calendarDay());
/** Instant with an offset, ISO 8601 (`2026-11-25T03:00:00.000Z`), on a real day. */
export const isoDateTime = /* @__PURE__ */ formatted(formatPatterns['date-time'], dateTimeMax).check(calendarDay());
export const email = formatted(formatPatterns.email, emailMax);
export const httpUrl = formatted(formatPatterns.uri, urlMax);

/**
 * When each language of a record's bilingual text last changed, set by the server: English older
 * than Vietnamese may no longer say the same (Cao Bằng Điều 8.1.g asks that it be kept current).
 * `en` is absent while the record has no English text.
 */
export const LanguageUpdates = named('LanguageUpdates', z.object({ vi: isoDateTime, en: z.optional(isoDateTime) }));
export type LanguageUpdates = z.output<typeof LanguageUpdates>;

/**
 * Vietnamese phone numbers: mobile and landline, national (`0…`) or international (`+84…`) form,
 * with spaces, dots or dashes between groups.
 */
export const vietnamesePhone = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.regex(/^(?:\+84|0084|0)[\s.-]?[1-9](?:[\s.-]?\d){7,9}$/),
);

export const pageNumber = /* @__PURE__ */ z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 1);
/* @__NO_SIDE_EFFECTS__ */
export const pageSize = (max = 100, fallback = 20) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)), fallback);

/** A page of items with the totals needed for pagination. */
/* @__NO_SIDE_EFFECTS__ */
export const page = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.int().check(z.minimum(0)),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });
