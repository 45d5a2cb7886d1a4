import * as z from 'zod/mini';

/**
 * The registry of named resource schemas: each becomes a component of the OpenAPI document,
 * referenced by `$ref` wherever it is used.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Names a schema for the OpenAPI document and returns it unchanged. */
export function named<T extends z.core.$ZodType>(id: string, schema: T, description?: string): T {
  apiSchemas.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}

/**
 * Text as TCVN 6909:2001 requires: Unicode in NFC. Input in NFD (as macOS and some IMEs send it)
 * is composed on parse, and surrounding white space dropped, so stored text compares equal.
 */
export const text = (max = 2000, min = 0) =>
  z.string().check(z.normalize('NFC'), z.trim(), z.minLength(min), z.maxLength(max));

/** A required, non-empty line of text. */
export const requiredText = (max = 500) => text(max, 1);

/** Text with a Vietnamese original and an optional English version (Bắc Kạn: both are official). */
export const localized = (max = 2000) =>
  z.object({
    vi: text(max, 1),
    en: z.optional(text(max, 1)),
  });
export const LocalizedText = named('LocalizedText', localized(), 'Vietnamese text with an optional English version');
export type LocalizedText = z.output<typeof LocalizedText>;

/** Rich text (HTML) from editors: stored as given, sanitized by every client that renders it. */
export const LocalizedHtml = named(
  'LocalizedHtml',
  localized(100_000),
  'Vietnamese HTML with an optional English version; untrusted, to be sanitized before rendering',
);

/** Lower-case slug identifiers such as agency codes (`stttt`, `ubnd-tinh`). */
export const code = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
export const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** Instant with offset, ISO 8601. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const email = z.email().check(z.maxLength(254));
export const httpUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2048));

/**
 * Vietnamese phone numbers: mobile and landline, national (`0…`) or international (`+84…`) form,
 * with spaces, dots or dashes between groups.
 */
export const vietnamesePhone = z.string().check(
  z.trim(),
  z.regex(/^(?:\+84|0084|0)[\s.-]?[1-9](?:[\s.-]?\d){7,9}$/),
);

export const pageNumber = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 1);
export const pageSize = (max = 100, fallback = 20) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)), fallback);

/** A page of items with the totals needed for pagination. */
export const page = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.int().check(z.minimum(0)),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1)),
  });
