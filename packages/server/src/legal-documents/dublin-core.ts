import { vocabularyLabels, type DublinCoreRecord, type LegalDocument, type LocalizedText, type RelationKind } from '@vn-portal/schema';
import { xmlText } from './atom.js';

/**
 * The Dublin Core terms of a document, from the same record its page shows (Circular
 * 24/2011/TT-BTTTT asks portal pages for Dublin Core metadata; the schema.org JSON-LD the
 * `<vn-legal-docs>` view puts in the page says the same for search engines).
 */
export function dublinCoreOf(document: LegalDocument, publisher: LocalizedText): DublinCoreRecord {
  const type = { vi: vocabularyLabels.vi.legalDocumentType[document.type], en: vocabularyLabels.en.legalDocumentType[document.type] };
  const english = document.summary.en !== undefined || document.content?.en !== undefined;
  const valid = { ...(document.effectiveDate === undefined ? {} : { start: document.effectiveDate }), ...(document.expiryDate === undefined ? {} : { end: document.expiryDate }) };
  return {
    identifier: document.number,
    title: { vi: `${type.vi} ${document.number}`, en: `${type.en} ${document.number}` },
    type,
    creator: document.issuer.name,
    publisher,
    subject: document.fields.map((field) => field.name),
    description: document.summary,
    issued: document.issuedDate,
    available: document.publishedAt,
    modified: document.updatedAt,
    ...(Object.keys(valid).length === 0 ? {} : { valid }),
    language: english ? ['vi', 'en'] : ['vi'],
    format: 'text/html',
    coverage: { vi: vocabularyLabels.vi.legalDocumentStatus[document.status], en: vocabularyLabels.en.legalDocumentStatus[document.status] },
    relation: document.relations.map((relation) => ({ kind: relation.kind, identifier: relation.number })),
  };
}

/** The DCMI refinement of `dcterms:relation` each relation kind of the register is, where one exists. */
const relationTerms: Record<RelationKind, string> = {
  replaces: 'replaces',
  'replaced-by': 'isReplacedBy',
  amends: 'relation',
  'amended-by': 'relation',
  'based-on': 'references',
  guides: 'relation',
  'guided-by': 'relation',
};

const element = (name: string, value: string, language?: string) => `  <dcterms:${name}${language === undefined ? '' : ` xml:lang="${language}"`}>${xmlText(value)}</dcterms:${name}>`;
const localizedElements = (name: string, text: LocalizedText | undefined) =>
  text === undefined ? [] : [element(name, text.vi, 'vi'), ...(text.en === undefined ? [] : [element(name, text.en, 'en')])];

/** The record as XML in the DCMI terms namespace (`dcterms:`), as metadata harvesters read it. */
export function dublinCoreXml(record: DublinCoreRecord): string {
  const valid = record.valid === undefined ? [] : [element('valid', [record.valid.start && `start=${record.valid.start};`, record.valid.end && `end=${record.valid.end};`].filter(Boolean).join(' '))];
  const lines = [
    element('identifier', record.identifier),
    ...localizedElements('title', record.title),
    ...localizedElements('type', record.type),
    ...localizedElements('creator', record.creator),
    ...localizedElements('publisher', record.publisher),
    ...record.subject.flatMap((subject) => localizedElements('subject', subject)),
    ...localizedElements('description', record.description),
    element('issued', record.issued),
    element('available', record.available),
    element('modified', record.modified),
    ...valid,
    ...record.language.map((language) => element('language', language)),
    element('format', record.format),
    ...localizedElements('coverage', record.coverage),
    ...record.relation.map((relation) => element(relationTerms[relation.kind as RelationKind], relation.identifier)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<metadata xmlns:dcterms="http://purl.org/dc/terms/">\n${lines.join('\n')}\n</metadata>\n`;
}
