import type { FacetName } from './url-state.js';
import type { CommentWindow, LegalDocumentStatus, LegalDocumentType } from '@vn-portal/schema';
import { vietnameseLegalDocumentStatuses, vietnameseLegalDocumentTypes } from '@vn-portal/schema/vocabulary';
import type { Translator } from '../shared/localization.js';

/** Document types as the national register names them (labels of the schema's vocabulary). */
export const typeLabels = (t: Translator): Record<LegalDocumentType, string> => t.labels('legalDocumentType', vietnameseLegalDocumentTypes);

/** Validity as the national register words it. */
export const statusLabels = (t: Translator): Record<LegalDocumentStatus, string> => t.labels('legalDocumentStatus', vietnameseLegalDocumentStatuses);

/** The facets, named as the register's metadata fields are. */
export const facetLabels = (t: Translator): Record<FacetName, string> => ({
  type: t.msg('Loại văn bản'),
  issuer: t.msg('Cơ quan ban hành'),
  field: t.msg('Lĩnh vực'),
  year: t.msg('Năm ban hành'),
  status: t.msg('Tình trạng hiệu lực'),
});

export const windowLabels = (t: Translator): Record<CommentWindow['state'], string> => ({
  upcoming: t.msg('Chưa đến thời gian lấy ý kiến'),
  open: t.msg('Đang lấy ý kiến'),
  closed: t.msg('Đã hết thời gian lấy ý kiến'),
});
