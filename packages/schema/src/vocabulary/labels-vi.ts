import { vietnameseLegalDocumentStatuses, vietnameseLegalDocumentTypes } from './labels-vi-legal-documents.js';
import { vietnameseQuestionStates } from './labels-vi-qa.js';
import type { VocabularyLabels } from './terms.js';

export { vietnameseLegalDocumentStatuses, vietnameseLegalDocumentTypes, vietnameseQuestionStates };

/** The vocabulary as the national register and the Q&A regulations word it. */
export const vietnameseLabels: VocabularyLabels = {
  legalDocumentType: vietnameseLegalDocumentTypes,
  legalDocumentStatus: vietnameseLegalDocumentStatuses,
  questionState: vietnameseQuestionStates,
};
