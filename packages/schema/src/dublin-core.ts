import * as z from 'zod/mini';
import { LocalizedText, isoDate, isoDateTime, named, requiredText, text } from './primitives.js';

/**
 * The Dublin Core terms of a legal document (DCMI Metadata Terms), which Circular 24/2011/TT-BTTTT
 * asks portal pages to carry: the same record as JSON, or as XML with the `dcterms:` names.
 */
export const DublinCoreRecord = named(
  'DublinCoreRecord',
  z.object({
    identifier: requiredText(100),
    title: LocalizedText,
    /** The document's type, as the register names it. */
    type: LocalizedText,
    creator: LocalizedText,
    publisher: LocalizedText,
    subject: z.array(LocalizedText),
    description: z.optional(LocalizedText),
    issued: isoDate,
    available: isoDateTime,
    modified: isoDateTime,
    valid: z.optional(z.object({ start: z.optional(isoDate), end: z.optional(isoDate) })),
    language: z.array(z.enum(['vi', 'en'])),
    format: text(100, 1),
    /** Validity status in words. */
    coverage: z.optional(LocalizedText),
    /** Related documents by number, with the relation as the register names it (`replaces`…). */
    relation: z.array(z.object({ kind: text(50, 1), identifier: requiredText(100) })),
  }),
);
export type DublinCoreRecord = z.output<typeof DublinCoreRecord>;
