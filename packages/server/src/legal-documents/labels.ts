import type { LegalDocumentStatus, LegalDocumentType, LocalizedText } from '@vn-portal/schema';

/** How the register names each type; the Vietnamese name is also indexed, so "quyet dinh" finds decisions. */
export const typeLabels: Record<LegalDocumentType, LocalizedText> = {
  constitution: { vi: 'Hiến pháp', en: 'Constitution' },
  law: { vi: 'Luật', en: 'Law' },
  ordinance: { vi: 'Pháp lệnh', en: 'Ordinance' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  'joint-resolution': { vi: 'Nghị quyết liên tịch', en: 'Joint resolution' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  'joint-circular': { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  instruction: { vi: 'Hướng dẫn', en: 'Instruction' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  notice: { vi: 'Thông báo', en: 'Notice' },
  report: { vi: 'Báo cáo', en: 'Report' },
  other: { vi: 'Văn bản khác', en: 'Other document' },
};

/** Validity as the national register words it. */
export const statusLabels: Record<LegalDocumentStatus, LocalizedText> = {
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  'partly-expired': { vi: 'Hết hiệu lực một phần', en: 'Partly expired' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'Expired' },
  'not-yet-in-force': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  suspended: { vi: 'Ngưng hiệu lực', en: 'Suspended' },
  unknown: { vi: 'Chưa xác định', en: 'Unknown' },
};
