import { msg } from '@lit/localize';
import type { QuestionState } from '@vn-portal/schema';

export const states: readonly QuestionState[] = ['received', 'classified', 'forwarded', 'answered', 'published', 'rejected'];

export const stateLabel = (state: QuestionState): string =>
  ({
    received: msg('Mới nhận', { id: 'state-received' }),
    classified: msg('Đã phân loại', { id: 'state-classified' }),
    forwarded: msg('Đã chuyển xử lý', { id: 'state-forwarded' }),
    answered: msg('Đã trả lời', { id: 'state-answered' }),
    published: msg('Đã công khai', { id: 'state-published' }),
    rejected: msg('Từ chối', { id: 'state-rejected' }),
  })[state];
