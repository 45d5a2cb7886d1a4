import type { VocabularyLabels } from './terms.js';

// Apart from the Q&A labels: a page showing the register bundles only these.

export const vietnameseLegalDocumentTypes: VocabularyLabels['legalDocumentType'] = {
  constitution: 'Hiến pháp',
  law: 'Luật',
  ordinance: 'Pháp lệnh',
  resolution: 'Nghị quyết',
  'joint-resolution': 'Nghị quyết liên tịch',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  'joint-circular': 'Thông tư liên tịch',
  directive: 'Chỉ thị',
  plan: 'Kế hoạch',
  instruction: 'Hướng dẫn',
  'official-letter': 'Công văn',
  notice: 'Thông báo',
  report: 'Báo cáo',
  other: 'Văn bản khác',
};

export const vietnameseLegalDocumentStatuses: VocabularyLabels['legalDocumentStatus'] = {
  'in-force': 'Còn hiệu lực',
  'partly-expired': 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực toàn bộ',
  'not-yet-in-force': 'Chưa có hiệu lực',
  suspended: 'Ngưng hiệu lực',
  unknown: 'Chưa xác định',
};
