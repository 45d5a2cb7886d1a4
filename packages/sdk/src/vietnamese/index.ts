/**
 * Vietnamese text, number and date utilities. Working days, which need the lunar calendar, are the
 * separate entry `@vn-portal/sdk/working-days`.
 */
export { toNfc } from './nfc.js';
export { foldVietnamese, replaceLookAlikes } from './fold.js';
export { compareVietnameseNames, splitVietnameseName, type VietnameseNameParts } from './names.js';
export { formatDate, formatNumber } from './format.js';
export type { Language } from '@vn-portal/schema';
export {
  parseLegalDocNumber,
  extractLegalDocNumberTokens,
  legalDocNumberMatches,
  type LegalDocNumber,
  type LegalDocNumberQuery,
} from './legal-doc-number.js';
export { detectLegacyEncoding, convertLegacyText, cleanPastedText, type LegacyEncoding } from './legacy-encoding.js';
export { readLegalCitation, type LegalCitationReading } from './legal-citation.js';
