import type { FacetName } from './url-state.js';
import type { CommentWindow, LegalDocumentStatus, LegalDocumentType, RelationKind } from '@vn-portal/schema';
import { msg } from '../shared/localization.js';

// Functions, not constants: `msg()` answers in the locale of the render that calls them.

/** Document types as the national register names them. */
export const typeLabels = (): Record<LegalDocumentType, string> => ({
  constitution: msg('Constitution'),
  law: msg('Law'),
  ordinance: msg('Ordinance'),
  resolution: msg('Resolution'),
  'joint-resolution': msg('Joint resolution'),
  decree: msg('Decree'),
  decision: msg('Decision'),
  circular: msg('Circular'),
  'joint-circular': msg('Joint circular'),
  directive: msg('Directive'),
  plan: msg('Plan'),
  instruction: msg('Instruction'),
  'official-letter': msg('Official letter'),
  notice: msg('Notice'),
  report: msg('Report'),
  other: msg('Other document'),
});

/** Validity as the national register words it. */
export const statusLabels = (): Record<LegalDocumentStatus, string> => ({
  'in-force': msg('In force'),
  'partly-expired': msg('Partly expired'),
  expired: msg('Expired'),
  'not-yet-in-force': msg('Not yet in force'),
  suspended: msg('Suspended'),
  unknown: msg('Validity not determined'),
});

/** Relations in the order a document's page lists them. */
export const relationLabels = (): Record<RelationKind, string> => ({
  replaces: msg('Replaces'),
  'replaced-by': msg('Replaced by'),
  amends: msg('Amends'),
  'amended-by': msg('Amended by'),
  guides: msg('Guides'),
  'guided-by': msg('Guided by'),
  'based-on': msg('Based on'),
});

/** The facets, named as the register's metadata fields are. */
export const facetLabels = (): Record<FacetName, string> => ({
  type: msg('Document type'),
  issuer: msg('Issued by'),
  field: msg('Field'),
  year: msg('Year of issue'),
  status: msg('Validity'),
});

export const windowLabels = (): Record<CommentWindow['state'], string> => ({
  upcoming: msg('Not yet open for comment'),
  open: msg('Open for comment'),
  closed: msg('Comment period closed'),
});
