import assert from 'node:assert/strict';
import { test } from 'node:test';
import { largestRemainderPercentages, safeParse } from '../index.js';
import * as examples from './index.js';

const { exampleSchemas, ...values } = examples;

test('every example has its schema', () => {
  assert.deepEqual(Object.keys(values).sort(), Object.keys(exampleSchemas).sort());
});

for (const [name, schema] of Object.entries(exampleSchemas)) {
  test(`${name} is valid, and already as the API sends it (NFC, trimmed)`, () => {
    const value = values[name as keyof typeof values];
    const result = safeParse(schema, value);
    assert.equal(result.success, true, JSON.stringify(result.error?.issues, null, 2));
    assert.deepEqual(result.data, value);
  });
}

test('example leaders are in protocol order with unique ids', () => {
  for (const list of [examples.exampleLeaders, examples.exampleLeadersLongNames, examples.exampleLeadersVietnameseOnly]) {
    const orders = list.items.map((leader) => leader.order);
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
    assert.equal(new Set(list.items.map((leader) => leader.id)).size, list.items.length);
  }
});

test('example poll results are the counts of their poll’s options, with percentages adding up to 100', () => {
  for (const [poll, results] of [
    [examples.examplePoll, examples.examplePollResults],
    [examples.examplePollClosed, examples.examplePollClosedResults],
  ] as const) {
    assert.equal(results.pollId, poll.id);
    assert.deepEqual(results.options.map((option) => option.id), poll.options.map((option) => option.id));
    assert.deepEqual(results.options.map((option) => option.percent), largestRemainderPercentages(results.options.map((option) => option.count)));
  }
  assert.equal(examples.examplePollResults.total, examples.examplePollResults.options.reduce((sum, option) => sum + option.count, 0));
});

test('example online figures add up', () => {
  for (const stats of [examples.exampleVisitStats, examples.exampleVisitStatsBusy, examples.exampleVisitStatsNew]) {
    assert.equal(stats.online.total, stats.online.guests + stats.online.members);
  }
});
