import { exampleChallenge } from '@vn-portal/schema/examples';
import { answer, type MockApi } from './api.js';

/**
 * The bot check the SDK passes before it sends a question or a comment on a draft: it asks for a
 * challenge, solves it and sends the answer in the `Proof-Of-Work` header. Four zero bits: solved
 * at once.
 */
export const botCheckMocks: MockApi = {
  createChallenge: answer('createChallenge', exampleChallenge),
};
