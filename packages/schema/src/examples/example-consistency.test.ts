import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inverseRelation, type LegalDocument, type QuestionState } from '../index.js';
import * as examples from './index.js';

// What the mocks built from these examples rely on beyond each one's schema: the register's links
// lead somewhere and back, the questions move through the workflow in order, the pages add up.

const register: LegalDocument[] = [
  examples.exampleLegalDocument,
  examples.exampleLegalDocumentReplaced,
  examples.exampleLegalDocumentDecree,
  examples.exampleLegalDocumentAmendment,
  examples.exampleLegalDocumentDirective,
  examples.exampleLegalDocumentResolution,
  examples.exampleLegalDocumentLongText,
  examples.exampleDraftOpen,
  examples.exampleDraftUpcoming,
  examples.exampleDraftClosed,
];

test('example relations name documents of the example register by their number, and the related issued documents say so back', () => {
  for (const document of register) {
    for (const relation of document.relations) {
      if (relation.documentId === undefined) continue;
      const target = register.find((candidate) => candidate.id === relation.documentId);
      assert.ok(target, `${document.number} → ${relation.documentId}`);
      assert.equal(target.number, relation.number);
      const back = inverseRelation[relation.kind];
      if (back && document.stage === 'issued') {
        assert.ok(
          target.relations.some((other) => other.kind === back && other.documentId === document.id),
          `${target.number} does not say it ${back} ${document.number}`,
        );
      }
    }
  }
});

test('every listed example document opens as a document of the example register', () => {
  const searches = [examples.exampleLegalDocumentSearch, examples.exampleLegalDocumentSearchLongText, examples.exampleDraftSearch];
  for (const item of searches.flatMap((search) => search.items)) {
    const document = register.find((candidate) => candidate.id === item.id);
    assert.ok(document, item.id);
    assert.equal(document.number, item.number);
  }
});

test('example search pages cover the register once, in order', () => {
  const { exampleLegalDocumentSearch: all, exampleLegalDocumentSearchPage1: first, exampleLegalDocumentSearchPage2: second } = examples;
  assert.deepEqual([...first.items, ...second.items], all.items.slice(0, first.pageSize * 2));
  for (const page of [first, second, examples.exampleLegalDocumentSearchLatest]) {
    assert.equal(page.total, all.total);
    assert.ok(page.items.length <= page.pageSize, 'a page of the example search holds no more items than its page size');
  }
  assert.deepEqual([...examples.exampleAnswersPage1.items, ...examples.exampleAnswersPage2.items], examples.exampleAnswers.items);
});

test('the example drafts are one not yet open, one open and one closed, with their published comments counted', () => {
  assert.deepEqual(examples.exampleDraftSearch.items.map((draft) => draft.draft?.state).sort(), ['closed', 'open', 'upcoming']);
  assert.equal(examples.exampleDraftOpen.draft?.commentCount, examples.exampleDraftComments.total);
  assert.equal(examples.exampleDraftClosed.draft?.commentCount, examples.exampleDraftCommentsClosed.total);
});

const workflow: QuestionState[] = ['received', 'classified', 'forwarded', 'answered', 'published'];

test('example questions went through the workflow in order, up to their state, with an answer or a reason where due', () => {
  const statuses = [
    examples.exampleQuestionReceived,
    examples.exampleQuestionClassified,
    examples.exampleQuestionForwarded,
    examples.exampleQuestionAnswered,
    examples.exampleQuestionPublished,
    examples.exampleQuestionRejected,
  ];
  assert.deepEqual(statuses.map((status) => status.state), [...workflow, 'rejected']);
  assert.equal(new Set(statuses.map((status) => status.trackingCode)).size, statuses.length);
  for (const status of statuses) {
    const steps = status.timeline.map((entry) => entry.state);
    assert.equal(steps.at(-1), status.state, status.trackingCode);
    const order = steps.filter((state) => state !== 'rejected').map((state) => workflow.indexOf(state));
    assert.deepEqual(order, order.map((_, index) => index), status.trackingCode);
    assert.deepEqual(status.timeline.map((entry) => entry.at), status.timeline.map((entry) => entry.at).sort(), status.trackingCode);
    assert.equal(status.answer !== undefined, status.state === 'answered' || status.state === 'published', status.trackingCode);
    assert.equal(status.rejectionReason !== undefined, status.state === 'rejected', status.trackingCode);
  }
  assert.equal(examples.exampleQuestionReceived.trackingCode, examples.exampleQuestionReceipt.trackingCode);
});

test('example poll results and receipts are those of their poll, with percentages adding up to 100 or hidden', () => {
  const pairs = [
    [examples.examplePoll, examples.exampleVoteReceipt.results],
    [examples.examplePollMultiple, examples.examplePollMultipleResultsHidden],
    [examples.examplePollMultiple, examples.exampleVoteReceiptMultiple.results],
    [examples.examplePollFewVotes, examples.examplePollFewVotesResults],
    [examples.examplePollUpcoming, examples.examplePollUpcomingResults],
    [examples.examplePollAfterClose, examples.examplePollAfterCloseResults],
    [examples.examplePollNever, examples.examplePollNeverResults],
    [examples.examplePollLongText, examples.examplePollLongTextResults],
  ] as const;
  for (const [poll, results] of pairs) {
    assert.equal(results.pollId, poll.id);
    assert.deepEqual(results.options.map((option) => option.id), poll.options.map((option) => option.id));
    const sum = results.options.reduce((total, option) => total + option.percent, 0);
    if (!results.visible) assert.deepEqual([results.total, sum], [0, 0], poll.id);
    else if (results.total > 0) assert.equal(sum, 100, poll.id);
  }
  // Multiple choice: more ticks than voters.
  const { results } = examples.exampleVoteReceiptMultiple;
  assert.ok(results.options.reduce((total, option) => total + option.count, 0) > results.total, 'a multiple-choice example counts more ticks than voters');
});
