import type { ResourceFactory } from '../http/handler.js';
import { every } from '../scheduled-task.js';
import { issueChallenge, purgeSpentChallenges } from './challenges.js';

/** Proof-of-work challenges for the submissions a bot would flood (see `challenges.ts`). */
export const botCheckResource: ResourceFactory = ({ db, secrets, config, log, now }) => {
  const stop = every(3_600_000, () => purgeSpentChallenges(db, now()), log, 'purging spent challenges');
  return {
    handlers: {
      createChallenge: ({ body }) => Promise.resolve(issueChallenge(secrets, body.operation, config.proofOfWorkBits, now())),
    },
    close: () => {
      stop();
      return Promise.resolve();
    },
  };
};
