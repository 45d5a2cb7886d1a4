// What the mocked provincial API answers when a story says nothing else: the schema's examples.
// An element's stories add its resource's mocks here (one module per resource).
import type { MockApi } from './api.js';
import { botCheckMocks } from './bot-check.js';
import { legalDocumentMocks } from './legal-documents.js';
import { pollMocks } from './polls.js';
import { portalMocks } from './portal.js';
import { qaMocks } from './qa.js';
import { visitMocks } from './visits.js';

export const defaultMockApi: MockApi = { ...portalMocks, ...visitMocks, ...pollMocks, ...legalDocumentMocks, ...qaMocks, ...botCheckMocks };
export { photos } from './portal.js';
export * from './api.js';
