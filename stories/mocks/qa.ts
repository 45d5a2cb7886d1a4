import type { QuestionStatusRequest } from '@vn-portal/schema';
import {
  exampleAnswers,
  exampleProblemNotFound,
  exampleQaFormConfig,
  exampleQuestionAnswered,
  exampleQuestionClassified,
  exampleQuestionForwarded,
  exampleQuestionPublished,
  exampleQuestionReceipt,
  exampleQuestionReceived,
  exampleQuestionRejected,
} from '@vn-portal/schema/examples';
import { answer, answerFrom, type MockApi } from './api.js';

/** One question in each state of the workflow, found by its tracking code (whatever the contact given). */
export const trackedQuestions = [
  exampleQuestionReceived,
  exampleQuestionClassified,
  exampleQuestionForwarded,
  exampleQuestionAnswered,
  exampleQuestionPublished,
  exampleQuestionRejected,
];

export const qaMocks: MockApi = {
  getQaFormConfig: answer('getQaFormConfig', exampleQaFormConfig),
  submitQuestion: answer('submitQuestion', exampleQuestionReceipt),
  // An unknown code answers 404, as a wrong contact does on the real API.
  getQuestionStatus: answerFrom(
    'getQuestionStatus',
    ({ body }) => trackedQuestions.find((status) => status.trackingCode === (body as QuestionStatusRequest).trackingCode),
    exampleProblemNotFound,
  ),
  searchAnswers: answer('searchAnswers', exampleAnswers),
};
