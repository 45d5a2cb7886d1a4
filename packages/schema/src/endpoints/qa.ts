import * as qa from '../qa.js';
import { byId, route, withValidation } from './endpoint.js';

/** Method, path and response of each operation: all a client needs to call it. */
export const qaRoutes = {
  getQaFormConfig: route({ method: 'GET', path: '/qa/form-config', tag: 'qa', status: 200, response: qa.QaFormConfig }),
  submitQuestion: route({ method: 'POST', path: '/qa/questions', tag: 'qa', status: 201, response: qa.QuestionReceipt, browserWrite: true, idempotent: true, proofOfWork: true }),
  getQuestionStatus: route({ method: 'POST', path: '/qa/questions/status', tag: 'qa', status: 200, response: qa.QuestionStatus }),
  searchAnswers: route({ method: 'GET', path: '/qa/answers', tag: 'qa', status: 200, response: qa.PublishedAnswerList, agencyScoped: true }),
  getAnswer: route({ method: 'GET', path: '/qa/answers/{id}', tag: 'qa', status: 200, response: qa.PublishedAnswer }),
} as const;

/** The routes with what a server needs to validate them, and the errors they document. */
export const qaEndpoints = /* @__PURE__ */ withValidation(qaRoutes, {
  getQaFormConfig: { errors: [] },
  submitQuestion: { body: qa.QuestionSubmission, errors: [403, 409, 422, 429], rateLimit: { perMinute: 'questions', perDay: 'questionsPerDay' } },
  getQuestionStatus: { body: qa.QuestionStatusRequest, errors: [404, 422, 429], rateLimit: { perMinute: 'statusLookups' } },
  searchAnswers: { query: qa.AnswerSearchQuery, errors: [400] },
  getAnswer: { params: byId, errors: [404] },
} as const);
