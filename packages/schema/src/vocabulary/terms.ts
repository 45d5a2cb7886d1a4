// The values of the shared vocabularies, as plain lists: the zod enums of the contract are built
// from them, and the label tables are keyed by them.

/** Document types of the national register (Luật 64/2025/QH15 and administrative documents). */
export const legalDocumentTypes = [
  'constitution',
  'law',
  'ordinance',
  'resolution',
  'joint-resolution',
  'decree',
  'decision',
  'circular',
  'joint-circular',
  'directive',
  'plan',
  'instruction',
  'official-letter',
  'notice',
  'report',
  'other',
] as const;

/** Validity as the national register shows it (Còn hiệu lực, Hết hiệu lực toàn bộ / một phần…). */
export const legalDocumentStatuses = ['in-force', 'partly-expired', 'expired', 'not-yet-in-force', 'suspended', 'unknown'] as const;

/** Where a citizen's question is, from receipt to a published answer or a refusal. */
export const questionStates = ['received', 'classified', 'forwarded', 'answered', 'published', 'rejected'] as const;

/** The words every client shows for each value, in one language. */
export interface VocabularyLabels {
  legalDocumentType: Record<(typeof legalDocumentTypes)[number], string>;
  legalDocumentStatus: Record<(typeof legalDocumentStatuses)[number], string>;
  questionState: Record<(typeof questionStates)[number], string>;
}
