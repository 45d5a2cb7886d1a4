import type { Challenge } from '../bot-check.js';

/**
 * A proof-of-work challenge as the API hands it out before a question or a comment is sent, in the
 * reference server's form (`v1.<operation>.<bits>.<expiry>.<id>.<signature>`). Four zero bits take
 * about sixteen hashes: mocks and demos send at once, where the server asks far more of a flood.
 */
export const exampleChallenge: Challenge = {
  challenge: 'v1.submitQuestion.4.mil0tq80.q3VtZ0fTn2xLc1bD.Jx9aRk2wZpQ7nVt4sLm8yEoU3cHf5gBd',
  algorithm: 'sha-256',
  bits: 4,
  expiresAt: '2026-12-01T03:25:00.000Z',
};
