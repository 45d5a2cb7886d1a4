/**
 * Example resources of the provincial API, typed by the contract and validated against its schemas
 * (`examples.test.ts`): the data of Storybook's mocks, of the documentation and of contract tests.
 * Not for browser bundles: importing this module pulls in the schemas.
 */
import { Challenge } from '../bot-check.js';
import type { AnySchema } from '../index.js';
import { DraftCommentList, DraftCommentReceipt, LegalDocument, LegalDocumentSearchResult } from '../legal-document.js';
import { Poll, PollResults, VoteReceipt } from '../poll.js';
import { AgencyList, LeaderList, Portal } from '../portal.js';
import { Problem } from '../problem.js';
import { PublishedAnswerList, QaFormConfig, QuestionReceipt, QuestionStatus } from '../qa.js';
import { VisitHitReceipt, VisitStats } from '../visit.js';
import type * as botCheck from './bot-check.js';
import type * as legalDocuments from './legal-documents.js';
import type * as pollStates from './poll-states.js';
import type * as polls from './polls.js';
import type * as portal from './portal.js';
import type * as problems from './problems.js';
import type * as qa from './qa.js';
import type * as visits from './visits.js';

export * from './bot-check.js';
export * from './legal-documents.js';
export * from './poll-states.js';
export * from './polls.js';
export * from './portal.js';
export * from './problems.js';
export * from './qa.js';
export * from './visits.js';

type ExampleName =
  | keyof typeof botCheck
  | keyof typeof legalDocuments
  | keyof typeof pollStates
  | keyof typeof polls
  | keyof typeof portal
  | keyof typeof problems
  | keyof typeof qa
  | keyof typeof visits;

/** The schema each example is an instance of. */
export const exampleSchemas: Record<ExampleName, AnySchema> = {
  examplePortal: Portal,
  examplePortalVietnameseOnly: Portal,
  exampleAgencies: AgencyList,
  exampleLeaders: LeaderList,
  exampleLeadersLongNames: LeaderList,
  exampleLeadersVietnameseOnly: LeaderList,
  exampleLeadersEmpty: LeaderList,
  exampleVisitStats: VisitStats,
  exampleVisitStatsBusy: VisitStats,
  exampleVisitStatsNew: VisitStats,
  exampleVisitHitReceipt: VisitHitReceipt,
  examplePoll: Poll,
  examplePollResults: PollResults,
  examplePollClosed: Poll,
  examplePollClosedResults: PollResults,
  exampleProblemUnavailable: Problem,
  exampleProblemNotFound: Problem,
  exampleProblemRateLimited: Problem,
  exampleProblemValidation: Problem,
  exampleChallenge: Challenge,
  exampleLegalDocument: LegalDocument,
  exampleLegalDocumentReplaced: LegalDocument,
  exampleLegalDocumentDecree: LegalDocument,
  exampleLegalDocumentAmendment: LegalDocument,
  exampleLegalDocumentDirective: LegalDocument,
  exampleLegalDocumentResolution: LegalDocument,
  exampleLegalDocumentLongText: LegalDocument,
  exampleDraftOpen: LegalDocument,
  exampleDraftUpcoming: LegalDocument,
  exampleDraftClosed: LegalDocument,
  exampleDraftComments: DraftCommentList,
  exampleDraftCommentsClosed: DraftCommentList,
  exampleDraftCommentsNone: DraftCommentList,
  exampleDraftCommentReceipt: DraftCommentReceipt,
  exampleLegalDocumentSearch: LegalDocumentSearchResult,
  exampleLegalDocumentSearchDecisions: LegalDocumentSearchResult,
  exampleLegalDocumentSearchPortal: LegalDocumentSearchResult,
  exampleLegalDocumentSearchNone: LegalDocumentSearchResult,
  exampleLegalDocumentSearchPage1: LegalDocumentSearchResult,
  exampleLegalDocumentSearchPage2: LegalDocumentSearchResult,
  exampleLegalDocumentSearchLatest: LegalDocumentSearchResult,
  exampleLegalDocumentSearchLongText: LegalDocumentSearchResult,
  exampleDraftSearch: LegalDocumentSearchResult,
  exampleProblemCommentWindowClosed: Problem,
  exampleQaFormConfig: QaFormConfig,
  exampleQaFormConfigVietnameseOnly: QaFormConfig,
  exampleQuestionReceipt: QuestionReceipt,
  exampleQuestionReceived: QuestionStatus,
  exampleQuestionClassified: QuestionStatus,
  exampleQuestionForwarded: QuestionStatus,
  exampleQuestionAnswered: QuestionStatus,
  exampleQuestionPublished: QuestionStatus,
  exampleQuestionRejected: QuestionStatus,
  exampleAnswers: PublishedAnswerList,
  exampleAnswersPage1: PublishedAnswerList,
  exampleAnswersPage2: PublishedAnswerList,
  exampleAnswersBuildingPermit: PublishedAnswerList,
  exampleAnswersNone: PublishedAnswerList,
  examplePollResultsVoted: PollResults,
  exampleVoteReceipt: VoteReceipt,
  exampleVoteReceiptRepeat: VoteReceipt,
  examplePollJustClosed: Poll,
  examplePollMultiple: Poll,
  examplePollMultipleResultsHidden: PollResults,
  exampleVoteReceiptMultiple: VoteReceipt,
  examplePollFewVotes: Poll,
  examplePollFewVotesResults: PollResults,
  examplePollUpcoming: Poll,
  examplePollUpcomingResults: PollResults,
  examplePollAfterClose: Poll,
  examplePollAfterCloseResults: PollResults,
  examplePollNever: Poll,
  examplePollNeverResults: PollResults,
  examplePollLongText: Poll,
  examplePollLongTextResults: PollResults,
  exampleProblemPollNotOpen: Problem,
  exampleProblemUnknownOption: Problem,
};
