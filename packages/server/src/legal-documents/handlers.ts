import type { Language, LegalDocument, Portal, Problem } from '@vn-portal/schema';
import { assertCoversAgency } from '../admin/api-keys.js';
import type { AppContext } from '../context.js';
import { readSetting } from '../db/settings.js';
import type { Handler, Resource, ResourceFactory } from '../http/handler.js';
import { localDay } from '../calendar/local-day.js';
import { conflict, invalidFields, notFound, OriginRefusal, ProblemError } from '../http/problem.js';
import { listForAdmin } from './admin-list.js';
import { atomFeed, feedTitle } from './atom.js';
import { dublinCoreOf, dublinCoreXml } from './dublin-core.js';
import { commentAgency, exportComments, listCommentsForModeration, listDraftQueues, listPublishedComments, moderateComment, submitComment } from './comments.js';
import { documentAgency, readDocument, readLatest } from './read.js';
import { importTemplateHandler, importUpload } from './import/handlers.js';
import { inputRuleErrors } from './input-rules.js';
import { ChangeNotices } from './search/change-notices.js';
import { SearchEngine } from './search/engine.js';
import { discardDocument, DuplicateNumber, insertDocuments, replaceDocument, withdrawDocument, type DocumentInput, type WriteClock } from './store.js';

/** A 409 naming the document that already bears the number, so the editor can open it instead. */
class DuplicateNumberProblem extends ProblemError {
  constructor(readonly duplicate: DuplicateNumber) {
    super(409, 'duplicate-number', duplicate.message);
  }

  override toProblem(instance?: string, language?: Language): Problem {
    return { ...super.toProblem(instance, language), existingId: this.duplicate.existingId };
  }
}

/** Runs a write that registers numbers, answering a duplicate with its problem. */
async function numberWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof DuplicateNumber ? new DuplicateNumberProblem(error) : error;
  }
}

const clockOf = (context: AppContext): WriteClock => ({ now: context.now(), utcOffsetMinutes: context.config.utcOffsetMinutes });

const keptPermanently = (id: string) =>
  new ProblemError(409, 'kept-permanently', `The legal document "${id}" is published: the register keeps it for good, so withdraw it instead`);

/** Refuses what the schema cannot: days not of the calendar, a comment window that closes before it opens. */
function checkInput(input: DocumentInput): void {
  const errors = inputRuleErrors(input);
  if (errors.length > 0) throw invalidFields(errors);
}

/** The document as the public sees it, or as admin routes do (`unpublished` ones too). */
async function documentOrNotFound(context: AppContext, id: string, unpublished = false): Promise<LegalDocument> {
  const document = await readDocument(context.db, id, context.now(), unpublished);
  if (!document) throw notFound(`No legal document "${id}"`);
  return document;
}

async function agencyOrNotFound(context: AppContext, id: string, unpublished = false): Promise<string> {
  const agency = await documentAgency(context.db, id, unpublished);
  if (agency === undefined) throw notFound(`No legal document "${id}"`);
  return agency;
}

/**
 * The register of legal documents: search, latest, Atom feed, detail, draft comments, and their
 * administration. One search engine per app, over the app's database.
 */
export const legalDocumentsResource: ResourceFactory = (app): Resource => {
  const engine = new SearchEngine(app.database);
  // Loading a large register takes seconds: begin now, not on the first search.
  const warming = engine.ready().catch((error: unknown) => {
    app.log.warn({ err: error }, 'the search index did not load; the first search will try again');
  });
  // Other processes' writes on PostgreSQL reach this index as they commit.
  const notices = app.database.dialect === 'postgres' ? new ChangeNotices(app.database.url, () => warming.then(() => engine.refresh()), app.log) : undefined;

  const searchLegalDocuments: Handler<'searchLegalDocuments'> = ({ query }, context) => engine.search(query, context.now());

  const latestLegalDocuments: Handler<'latestLegalDocuments'> = async ({ query }, context) => ({
    items: (await readLatest(context.db, query, context.now())).map((latest) => latest.document),
  });

  const legalDocumentsFeed: Handler<'legalDocumentsFeed'> = async ({ query }, context) => {
    const now = context.now();
    const latest = await readLatest(context.db, query, now);
    const portal = await readSetting<Portal>(context.db, 'portal');
    const portalName = portal?.name.vi ?? 'Cổng thông tin điện tử';
    // A tag URI (RFC 4151) under the portal's host: permanent, unique, and never mistaken for a page.
    const host = portal === undefined ? 'vn-portal.invalid' : new URL(portal.url).hostname;
    const scope = query.agency === undefined ? '' : `/${query.agency}`;
    const updated = latest.reduce((newest, entry) => (entry.updatedAt > newest ? entry.updatedAt : newest), '');
    return atomFeed(latest, {
      title: feedTitle(portalName, query.agency),
      id: `tag:${host},2025:legal-documents${scope}`,
      author: portalName,
      updated: updated === '' ? now.toISOString() : updated,
    });
  };

  const getLegalDocument: Handler<'getLegalDocument'> = ({ params }, context) => documentOrNotFound(context, params.id);

  const dublinCore = async (id: string, context: AppContext) => {
    const portal = await readSetting<Portal>(context.db, 'portal');
    return dublinCoreOf(await documentOrNotFound(context, id), portal?.owner ?? portal?.name ?? { vi: 'Cổng thông tin điện tử' });
  };

  const listDraftComments: Handler<'listDraftComments'> = async ({ params, query }, context) => {
    const list = await listPublishedComments(context.db, params.id, query.page);
    if (!list) throw notFound(`No legal document "${params.id}"`);
    return list;
  };

  const submitDraftComment: Handler<'submitDraftComment'> = async ({ params, body, client }, context) => {
    // The body names no agency: the site must be allowed for the agency whose draft it is.
    if (client.origin !== undefined) {
      const agency = await agencyOrNotFound(context, params.id);
      if (!(await context.origins.allows(client.origin, agency))) throw new OriginRefusal(client.origin, agency);
    }
    const outcome = await submitComment(context.db, context.secrets, params.id, body, context.now());
    switch (outcome.kind) {
      case 'received':
        return outcome.receipt;
      case 'not-found':
        throw notFound(`No legal document "${params.id}"`);
      case 'closed':
        throw new ProblemError(409, 'comment-window-closed', outcome.detail);
    }
  };

  const listLegalDocumentsForAdmin: Handler<'listLegalDocumentsForAdmin'> = ({ query, principal }, context) => {
    const now = context.now();
    return listForAdmin(context.db, query, principal.agencies, localDay(now, context.config.utcOffsetMinutes), now);
  };

  const createLegalDocument: Handler<'createLegalDocument'> = async ({ body, principal }, context) => {
    assertCoversAgency(principal, body.agency);
    checkInput(body);
    const [id] = await numberWrite(() => insertDocuments(context.db, [body], clockOf(context)));
    await engine.refresh();
    return documentOrNotFound(context, id ?? '', true);
  };

  const updateLegalDocument: Handler<'updateLegalDocument'> = async ({ params, body, principal }, context) => {
    // Moving a document between registers needs the right to both.
    assertCoversAgency(principal, await agencyOrNotFound(context, params.id, true));
    assertCoversAgency(principal, body.agency);
    checkInput(body);
    const outcome = await numberWrite(() => replaceDocument(context.db, params.id, body, clockOf(context)));
    if (outcome === 'not-found') throw notFound(`No legal document "${params.id}"`);
    if (outcome === 'published') throw keptPermanently(params.id);
    await engine.refresh();
    return documentOrNotFound(context, params.id, true);
  };

  const deleteLegalDocument: Handler<'deleteLegalDocument'> = async ({ params, principal }, context) => {
    assertCoversAgency(principal, await agencyOrNotFound(context, params.id, true));
    const outcome = await discardDocument(context.db, params.id);
    if (outcome === 'not-found') throw notFound(`No legal document "${params.id}"`);
    if (outcome === 'published') throw keptPermanently(params.id);
    await engine.refresh();
    return undefined;
  };

  const withdrawLegalDocument: Handler<'withdrawLegalDocument'> = async ({ params, body, principal }, context) => {
    assertCoversAgency(principal, await agencyOrNotFound(context, params.id, true));
    const now = context.now();
    const date = body.date ?? localDay(now, context.config.utcOffsetMinutes);
    const outcome = await withdrawDocument(context.db, params.id, { date, reason: body.reason }, now);
    if (outcome === 'not-found') throw notFound(`No legal document "${params.id}"`);
    if (outcome === 'unpublished') throw conflict(`The legal document "${params.id}" was never published: discard it instead`);
    if (outcome === 'already-withdrawn') throw conflict(`The legal document "${params.id}" is withdrawn already`);
    await engine.refresh();
    return documentOrNotFound(context, params.id);
  };

  const importLegalDocuments: Handler<'importLegalDocuments'> = async (input, context) => {
    // Another write may register a number between the import's check and its transaction.
    const report = await numberWrite(() => importUpload(input, context));
    if (report.written > 0) await engine.refresh();
    return report;
  };

  const listCommentsForModerationHandler: Handler<'listCommentsForModeration'> = async ({ params, query, principal }, context) => {
    assertCoversAgency(principal, await agencyOrNotFound(context, params.id));
    const list = await listCommentsForModeration(context.db, context.secrets, params.id, query.page);
    if (!list) throw notFound(`No legal document "${params.id}"`);
    return list;
  };

  const moderateCommentHandler: Handler<'moderateComment'> = async ({ params, body, principal }, context) => {
    const agency = await commentAgency(context.db, params.id);
    if (agency === undefined) throw notFound(`No comment "${params.id}"`);
    assertCoversAgency(principal, agency);
    const comment = await moderateComment(context.db, context.secrets, params.id, body, context.now());
    if (!comment) throw notFound(`No comment "${params.id}"`);
    await engine.refresh();
    return comment;
  };

  const exportCommentsHandler: Handler<'exportComments'> = async ({ params, principal }, context) => {
    assertCoversAgency(principal, await agencyOrNotFound(context, params.id));
    const csv = await exportComments(context.db, params.id);
    if (csv === undefined) throw notFound(`No legal document "${params.id}"`);
    return csv;
  };

  const listDraftQueuesHandler: Handler<'listDraftQueues'> = async ({ principal }, context) => ({ items: await listDraftQueues(context.db, principal.agencies) });

  return {
    targetAgencies: { submitDraftComment: ({ id }, context) => documentAgency(context.db, id) },
    close: async () => {
      await notices?.close();
      await warming;
      await engine.close();
    },
    handlers: {
      searchLegalDocuments,
      latestLegalDocuments,
      legalDocumentsFeed,
      getLegalDocument,
      getLegalDocumentDublinCore: ({ params }, context) => dublinCore(params.id, context),
      getLegalDocumentDublinCoreXml: async ({ params }, context) => dublinCoreXml(await dublinCore(params.id, context)),
      listDraftComments,
      submitDraftComment,
      listLegalDocumentsForAdmin,
      createLegalDocument,
      updateLegalDocument,
      deleteLegalDocument,
      withdrawLegalDocument,
      importLegalDocuments,
      getLegalDocumentImportTemplate: importTemplateHandler,
      listCommentsForModeration: listCommentsForModerationHandler,
      moderateComment: moderateCommentHandler,
      exportComments: exportCommentsHandler,
      listDraftQueues: listDraftQueuesHandler,
    },
  };
};
