import type { AdminQuestion, LocalizedText } from '@vn-portal/schema';

export interface ProgressNotice {
  at: string;
  newDueDate: string;
  note: LocalizedText;
}

/** The progress notices a question was given (Cao Bằng Điều 9.4), oldest first, from its timeline. */
export const progressNotices = (question: Pick<AdminQuestion, 'timeline'>): ProgressNotice[] =>
  question.timeline.flatMap((entry) => (entry.newDueDate === undefined ? [] : [{ at: entry.at, newDueDate: entry.newDueDate, note: entry.note ?? { vi: '' } }]));
