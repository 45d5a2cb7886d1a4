import {
  exampleDraftClosed,
  exampleDraftCommentReceipt,
  exampleDraftComments,
  exampleDraftCommentsClosed,
  exampleDraftCommentsNone,
  exampleDraftOpen,
  exampleDraftSearch,
  exampleDraftUpcoming,
  exampleLegalDocument,
  exampleLegalDocumentAmendment,
  exampleLegalDocumentDecree,
  exampleLegalDocumentDirective,
  exampleLegalDocumentLongText,
  exampleLegalDocumentReplaced,
  exampleLegalDocumentResolution,
  exampleLegalDocumentSearch,
  exampleProblemNotFound,
} from '@vn-portal/schema/examples';
import { answer, answerFrom, type MockApi } from './api.js';

/** Every document of the mocked register, so that a result or a relation opens the document it names. */
export const registerDocuments = [
  exampleLegalDocument,
  exampleLegalDocumentReplaced,
  exampleLegalDocumentDecree,
  exampleLegalDocumentAmendment,
  exampleLegalDocumentDirective,
  exampleLegalDocumentResolution,
  exampleLegalDocumentLongText,
  exampleDraftOpen,
  exampleDraftUpcoming,
  exampleDraftClosed,
];

const commentsByDraft = new Map([
  [exampleDraftOpen.id, exampleDraftComments],
  [exampleDraftClosed.id, exampleDraftCommentsClosed],
]);

export const legalDocumentMocks: MockApi = {
  // The register, or its drafts (`stage=draft`, as `mode="drafts"` asks).
  searchLegalDocuments: answerFrom('searchLegalDocuments', ({ query }) => (query.get('stage') === 'draft' ? exampleDraftSearch : exampleLegalDocumentSearch), exampleProblemNotFound),
  getLegalDocument: answerFrom('getLegalDocument', ({ params }) => registerDocuments.find((document) => document.id === params.id), exampleProblemNotFound),
  listDraftComments: answerFrom('listDraftComments', ({ params }) => commentsByDraft.get(params.id ?? '') ?? exampleDraftCommentsNone, exampleProblemNotFound),
  submitDraftComment: answer('submitDraftComment', exampleDraftCommentReceipt),
};
