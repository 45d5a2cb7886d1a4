import type { ActivityCounts, LocalizedText } from '@vn-portal/schema';

type Group = keyof ActivityCounts;

/** Every counter of the report as `[group, name]`, in the schema's order. */
export const counters = (Object.entries({
  documents: ['published', 'late', 'withdrawn'],
  questions: ['received', 'answered', 'answeredOnTime', 'overdue', 'rejected'],
  comments: ['received', 'approved', 'rejected'],
  polls: ['opened', 'votes'],
  visits: ['views', 'botViews'],
} satisfies { [G in Group]: (keyof ActivityCounts[G])[] }) as [Group, string[]][]).flatMap(([group, names]) => names.map((name) => [group, name] as const));

export const valueOf = (counts: ActivityCounts, group: Group, name: string): number => (counts[group] as Record<string, number>)[name] ?? 0;

export const groupLabels: Record<Group, LocalizedText> = {
  documents: { vi: 'Văn bản', en: 'Documents' },
  questions: { vi: 'Hỏi đáp', en: 'Questions' },
  comments: { vi: 'Góp ý dự thảo', en: 'Draft comments' },
  polls: { vi: 'Thăm dò ý kiến', en: 'Polls' },
  visits: { vi: 'Lượt truy cập', en: 'Visits' },
};

export const counterLabels: Record<string, LocalizedText> = {
  'documents.published': { vi: 'Đã đăng', en: 'Published' },
  'documents.late': { vi: 'Đăng muộn (quá 2 ngày làm việc)', en: 'Late (over 2 working days)' },
  'documents.withdrawn': { vi: 'Đã thu hồi', en: 'Withdrawn' },
  'questions.received': { vi: 'Đã nhận', en: 'Received' },
  'questions.answered': { vi: 'Đã trả lời', en: 'Answered' },
  'questions.answeredOnTime': { vi: 'Trả lời đúng hạn', en: 'Answered on time' },
  'questions.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'questions.rejected': { vi: 'Từ chối', en: 'Rejected' },
  'comments.received': { vi: 'Đã nhận', en: 'Received' },
  'comments.approved': { vi: 'Đã duyệt', en: 'Approved' },
  'comments.rejected': { vi: 'Từ chối', en: 'Rejected' },
  'polls.opened': { vi: 'Mở mới', en: 'Opened' },
  'polls.votes': { vi: 'Phiếu', en: 'Votes' },
  'visits.views': { vi: 'Lượt xem', en: 'Page views' },
  'visits.botViews': { vi: 'Lượt xem của máy (bot)', en: 'Bot page views' },
};
