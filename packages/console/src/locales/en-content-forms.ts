import { str } from '@lit/localize';

/** The English strings of the content forms' later fields (leaders' photos and biographies, polls' English) and agency deletion, by id. */
export const contentFormTemplates = {
  'leader-photo': 'Photo (https://… address)',
  'leader-photo-hint': 'A photo already on the portal; leave empty if there is none.',
  'leader-biography-vi': 'Short biography (Vietnamese)',
  'leader-biography-en': 'Short biography (English)',
  'poll-question-en': 'Question (English, optional)',
  'poll-options-en': 'The options in English, in the same order, one a line (optional)',
  'agency-remove-question': str`Delete ${0} from the portal? This cannot be undone.`,
  'agency-remove-refused': str`${0} cannot be deleted: agencies under it, or leaders, documents, questions or polls, still belong to it. Move or delete them first.`,
  'agency-removed': str`${0} deleted.`,
};
