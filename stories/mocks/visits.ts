import { exampleVisitHitReceipt, exampleVisitStats } from '@vn-portal/schema/examples';
import { answer, type MockApi } from './api.js';

export const visitMocks: MockApi = {
  getVisitStats: answer('getVisitStats', exampleVisitStats),
  recordVisit: answer('recordVisit', exampleVisitHitReceipt),
  heartbeat: answer('heartbeat', undefined),
};
