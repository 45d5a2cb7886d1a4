import type { VocabularyLabels } from './terms.js';

// One table per vocabulary, so that a page bundles only the tables it shows.

export const englishLegalDocumentTypes: VocabularyLabels['legalDocumentType'] = {
  constitution: 'Constitution',
  law: 'Law',
  ordinance: 'Ordinance',
  resolution: 'Resolution',
  'joint-resolution': 'Joint resolution',
  decree: 'Decree',
  decision: 'Decision',
  circular: 'Circular',
  'joint-circular': 'Joint circular',
  directive: 'Directive',
  plan: 'Plan',
  instruction: 'Instruction',
  'official-letter': 'Official letter',
  notice: 'Notice',
  report: 'Report',
  other: 'Other document',
};

export const englishLegalDocumentStatuses: VocabularyLabels['legalDocumentStatus'] = {
  'in-force': 'In force',
  'partly-expired': 'Partly expired',
  expired: 'Expired',
  'not-yet-in-force': 'Not yet in force',
  suspended: 'Suspended',
  // Shown alone on a badge, so it names what is not determined (the Vietnamese does so by context).
  unknown: 'Validity not determined',
};

export const englishQuestionStates: VocabularyLabels['questionState'] = {
  received: 'Received',
  classified: 'Classified by the editorial board',
  forwarded: 'Forwarded to the competent agency',
  answered: 'Answered',
  published: 'Answered and published',
  rejected: 'Not accepted',
};

/** The vocabulary in English. Apart from the Vietnamese, so a page in Vietnamese does not download it. */
export const englishLabels: VocabularyLabels = {
  legalDocumentType: englishLegalDocumentTypes,
  legalDocumentStatus: englishLegalDocumentStatuses,
  questionState: englishQuestionStates,
};
