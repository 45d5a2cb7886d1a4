import type { VocabularyLabels } from './terms.js';

// Apart from the register's labels: a page showing the Q&A form bundles only these.

export const vietnameseQuestionStates: VocabularyLabels['questionState'] = {
  received: 'Đã tiếp nhận',
  classified: 'Ban biên tập đã phân loại',
  forwarded: 'Đã chuyển cơ quan có thẩm quyền',
  answered: 'Đã trả lời',
  published: 'Đã trả lời và đăng công khai',
  rejected: 'Không tiếp nhận',
};
