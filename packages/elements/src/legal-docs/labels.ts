import type { FacetName } from './url-state.js';
import type { CommentWindow, LegalDocumentStatus, LegalDocumentType } from '@vn-portal/schema';
import { msg } from '../shared/localization.js';

// Functions, not constants: `msg()` answers in the locale of the render that calls them.

/** Document types as the national register names them. */
export const typeLabels = (): Record<LegalDocumentType, string> => ({
  constitution: msg('Hiến pháp'),
  law: msg('Luật'),
  ordinance: msg('Pháp lệnh'),
  resolution: msg('Nghị quyết'),
  'joint-resolution': msg('Nghị quyết liên tịch'),
  decree: msg('Nghị định'),
  decision: msg('Quyết định'),
  circular: msg('Thông tư'),
  'joint-circular': msg('Thông tư liên tịch'),
  directive: msg('Chỉ thị'),
  plan: msg('Kế hoạch'),
  instruction: msg('Hướng dẫn'),
  'official-letter': msg('Công văn'),
  notice: msg('Thông báo'),
  report: msg('Báo cáo'),
  other: msg('Văn bản khác'),
});

/** Validity as the national register words it. */
export const statusLabels = (): Record<LegalDocumentStatus, string> => ({
  'in-force': msg('Còn hiệu lực'),
  'partly-expired': msg('Hết hiệu lực một phần'),
  expired: msg('Hết hiệu lực toàn bộ'),
  'not-yet-in-force': msg('Chưa có hiệu lực'),
  suspended: msg('Ngưng hiệu lực'),
  unknown: msg('Chưa xác định'),
});

/** The facets, named as the register's metadata fields are. */
export const facetLabels = (): Record<FacetName, string> => ({
  type: msg('Loại văn bản'),
  issuer: msg('Cơ quan ban hành'),
  field: msg('Lĩnh vực'),
  year: msg('Năm ban hành'),
  status: msg('Tình trạng hiệu lực'),
});

export const windowLabels = (): Record<CommentWindow['state'], string> => ({
  upcoming: msg('Chưa đến thời gian lấy ý kiến'),
  open: msg('Đang lấy ý kiến'),
  closed: msg('Đã hết thời gian lấy ý kiến'),
});
