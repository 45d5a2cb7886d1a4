import type { ResourceFactory } from '../http/handler.js';
import { every } from '../scheduled-task.js';
import { createRequest, listRequests, requestDetail, transitionRequest } from './requests.js';
import { eraseExpiredPersonalData } from './retention.js';

/**
 * The duties of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP towards the people whose data the
 * portal holds: their requests with the legal deadlines, and erasure after the retention period.
 */
export const personalDataResource: ResourceFactory = (context) => {
  const { database, config, log, now } = context;
  const stop = every(3_600_000, () => eraseExpiredPersonalData(database, config.personalDataRetentionDays, now()), log, 'erasing personal data past retention');
  return {
    handlers: {
      createDataSubjectRequest: ({ body }, scoped) => createRequest(scoped, body),
      listDataSubjectRequests: async ({ query }, scoped) => ({ ...(await listRequests(scoped, query)), page: query.page, pageSize: query.pageSize }),
      getDataSubjectRequest: ({ params }, scoped) => requestDetail(scoped, params.id),
      transitionDataSubjectRequest: ({ params, body }, scoped) => transitionRequest(scoped, params.id, body),
    },
    close: () => {
      stop();
      return Promise.resolve();
    },
  };
};
