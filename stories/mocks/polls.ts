import {
  exampleProblemNotFound,
  examplePoll,
  examplePollAfterClose,
  examplePollAfterCloseResults,
  examplePollClosed,
  examplePollClosedResults,
  examplePollFewVotes,
  examplePollFewVotesResults,
  examplePollLongText,
  examplePollLongTextResults,
  examplePollMultiple,
  examplePollMultipleResultsHidden,
  examplePollNever,
  examplePollNeverResults,
  examplePollResults,
  examplePollUpcoming,
  examplePollUpcomingResults,
  exampleVoteReceipt,
  exampleVoteReceiptMultiple,
} from '@vn-portal/schema/examples';
import { answer, answerFrom, type MockApi } from './api.js';

/** Every poll of the mocked API with the results it answers, so that `poll-id` finds any of them. */
const polls = [
  { poll: examplePoll, results: examplePollResults, vote: exampleVoteReceipt },
  { poll: examplePollMultiple, results: examplePollMultipleResultsHidden, vote: exampleVoteReceiptMultiple },
  { poll: examplePollFewVotes, results: examplePollFewVotesResults },
  { poll: examplePollLongText, results: examplePollLongTextResults },
  { poll: examplePollUpcoming, results: examplePollUpcomingResults },
  { poll: examplePollAfterClose, results: examplePollAfterCloseResults },
  { poll: examplePollClosed, results: examplePollClosedResults },
  { poll: examplePollNever, results: examplePollNeverResults },
];

const byId = (id: string | undefined) => polls.find((entry) => entry.poll.id === id);

export const pollMocks: MockApi = {
  getLatestPoll: answer('getLatestPoll', examplePoll),
  getPoll: answerFrom('getPoll', ({ params }) => byId(params.id)?.poll, exampleProblemNotFound),
  getPollResults: answerFrom('getPollResults', ({ params }) => byId(params.id)?.results, exampleProblemNotFound),
  // A poll with no example vote answers that the vote was counted, its figures as they were.
  vote: answerFrom(
    'vote',
    ({ params }) => {
      const entry = byId(params.id);
      return entry && (entry.vote ?? { counted: true, results: { ...entry.results, voted: true } });
    },
    exampleProblemNotFound,
  ),
};
