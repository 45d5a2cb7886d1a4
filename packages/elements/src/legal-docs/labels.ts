import type { FacetName } from './url-state.js';
import type { CommentWindow, LegalDocumentStatus, LegalDocumentType } from '@vn-portal/schema';
import { vietnameseLegalDocumentStatuses, vietnameseLegalDocumentTypes } from '@vn-portal/schema/vocabulary';
import { labelsIn, msg } from '../shared/localization.js';

// Functions, not constants: they answer in the locale of the render that calls them.

/** Document types as the national register names them (labels of the schema's vocabulary). */
export const typeLabels = (): Record<LegalDocumentType, string> => labelsIn('legalDocumentType', vietnameseLegalDocumentTypes);

/** Validity as the national register words it. */
export const statusLabels = (): Record<LegalDocumentStatus, string> => labelsIn('legalDocumentStatus', vietnameseLegalDocumentStatuses);

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
