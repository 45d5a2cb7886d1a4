import { inverseRelation, type LegalDocumentRelation, type RelationKind } from '@vn-portal/schema';
import type { Db } from './db.js';

const summaryOf = (vi: string | null, en: string | null) => (vi === null ? undefined : en === null ? { vi } : { vi, en });

/**
 * The relations of a document as its page shows them: those its editor entered, each linked to the
 * document of that number when the register holds it (issued ones first), and those that other
 * issued documents declare towards it, turned around ("thay thế" there is "bị thay thế bởi" here).
 */
export async function resolveRelations(db: Db, document: { id: string; number_key: string }): Promise<LegalDocumentRelation[]> {
  const declared = await db
    .selectFrom('legal_document_relations')
    .selectAll()
    .where('document_id', '=', document.id)
    .orderBy('position')
    .execute();

  const keys = [...new Set(declared.map((relation) => relation.number_key))];
  const targets = new Map<string, { id: string; summary_vi: string; summary_en: string | null }>();
  if (keys.length > 0) {
    const rows = await db
      .selectFrom('legal_documents')
      .select(['id', 'number_key', 'summary_vi', 'summary_en'])
      .where('number_key', 'in', keys)
      .where('id', '!=', document.id)
      .where('published', '=', 1)
      .orderBy('stage', 'desc')
      .orderBy('issued_date', 'desc')
      .orderBy('id')
      .execute();
    // Ordered so that 'issued' (> 'draft') comes first; the first match per number wins.
    for (const row of rows) if (!targets.has(row.number_key)) targets.set(row.number_key, row);
  }

  const relations: LegalDocumentRelation[] = declared.map((relation) => {
    const resolved: LegalDocumentRelation = { kind: relation.kind as RelationKind, number: relation.number };
    const target = targets.get(relation.number_key);
    if (target) resolved.documentId = target.id;
    // The editor's wording of the summary wins; the register's own fills in when there is none.
    const summary = summaryOf(relation.summary_vi, relation.summary_en) ?? (target && summaryOf(target.summary_vi, target.summary_en));
    if (summary) resolved.summary = summary;
    return resolved;
  });

  const incoming = await db
    .selectFrom('legal_document_relations as r')
    .innerJoin('legal_documents as d', 'd.id', 'r.document_id')
    .select(['r.kind', 'd.id', 'd.number', 'd.number_key', 'd.summary_vi', 'd.summary_en'])
    .where('r.number_key', '=', document.number_key)
    .where('d.id', '!=', document.id)
    .where('d.stage', '=', 'issued')
    .where('d.published', '=', 1)
    // A withdrawn document's relations no longer hold: it replaces, amends or guides nothing.
    .where('d.withdrawn_date', 'is', null)
    .orderBy('d.issued_date')
    .orderBy('d.id')
    .execute();
  for (const relation of incoming) {
    const kind = inverseRelation[relation.kind as RelationKind];
    if (kind === undefined) continue;
    const known = declared.some((own) => own.kind === kind && own.number_key === relation.number_key);
    if (known) continue;
    const resolved: LegalDocumentRelation = { kind, number: relation.number, documentId: relation.id };
    const summary = summaryOf(relation.summary_vi, relation.summary_en);
    if (summary) resolved.summary = summary;
    relations.push(resolved);
  }
  return relations;
}
