import type { qaEndpoints } from '@vn-portal/schema';
import { qaRoutes } from '@vn-portal/schema/compact';
import { bindRoutes, type Transport } from '@vn-portal/sdk';

const formRoutes = {
  getQaFormConfig: qaRoutes.getQaFormConfig,
  submitQuestion: qaRoutes.submitQuestion,
  getQuestionStatus: qaRoutes.getQuestionStatus,
  searchAnswers: qaRoutes.searchAnswers,
};

/** The Q&A operations the form calls, over the page's shared transport. */
export const qaApi = (transport: Transport) => bindRoutes<Pick<typeof qaEndpoints, keyof typeof formRoutes>>(transport, formRoutes);

export type QaApi = ReturnType<typeof qaApi>;
