import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { publicRoutes, type Route } from '../contract.js';
import { LeaderList, Poll } from '../index.js';
import { buildOpenApiDocument } from '../openapi.js';
import { safeParse } from '../index.js';
import { buildCompactRoutesModule } from './generate.js';
import * as compact from './index.js';

const poll = {
  id: 'p1',
  agency: 'stttt',
  question: { vi: 'Bạn đánh giá thế nào về cổng thông tin?', en: 'How do you rate the portal?' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'a', label: { vi: 'Tốt' } },
    { id: 'b', label: { vi: 'Chưa tốt' } },
  ],
  opensAt: '2026-01-01T00:00:00.000Z',
  state: 'open',
  resultsVisibility: 'always',
};

const leaders = {
  items: [
    {
      id: 'l1',
      agency: 'stttt',
      fullName: 'Đỗ Thanh Sơn',
      position: { vi: 'Giám đốc Sở' },
      order: 1,
      term: { from: '2021-06-15' },
      email: 'son.dt@binhson.example',
      photo: { url: 'https://binhson.example/son.jpg', width: 300, height: 400 },
    },
  ],
};

const check = (operation: keyof typeof compact) => {
  const route = compact[operation] as { response: compact.Check | null };
  if (!route.response) throw new Error(`${operation} has no response`);
  return route.response;
};

test('the generated module is what the contract generates (run `npm run openapi` when this fails)', () => {
  const committed = readFileSync(new URL('./routes.ts', import.meta.url), 'utf8');
  assert.equal(committed, buildCompactRoutesModule(buildOpenApiDocument()));
});

test('every public route is there, with the same method, path and flags as in the contract', () => {
  for (const [operationId, route] of Object.entries(publicRoutes as Record<string, Route>)) {
    const compactRoute = (compact as unknown as Record<string, Route>)[operationId];
    assert.ok(compactRoute, operationId);
    const { response, ...flags } = route;
    const { response: compactResponse, ...compactFlags } = compactRoute;
    assert.deepEqual(compactFlags, flags, operationId);
    assert.equal(compactResponse === null, response === null, operationId);
  }
});

test('valid answers come out as zod parses them: unknown keys dropped, text in NFC', () => {
  const decomposed = { ...poll, question: { vi: poll.question.vi.normalize('NFD') }, extra: 'dropped' };
  for (const [schema, value, operation] of [
    [Poll, decomposed, 'getPoll'],
    [LeaderList, leaders, 'listLeaders'],
  ] as const) {
    const expected = safeParse(schema, value);
    assert.equal(expected.success, true);
    assert.deepEqual(compact.runCheck(check(operation), value), { success: true, data: expected.data });
  }
});

test('answers a renderer would trip on are rejected with the path of the first problem', () => {
  const leader = leaders.items[0];
  const cases: [unknown, keyof typeof compact, (string | number)[]][] = [
    [{ ...poll, options: 'a,b' }, 'getPoll', ['options']],
    [{ ...poll, state: 'paused' }, 'getPoll', ['state']],
    [{ ...poll, question: undefined }, 'getPoll', ['question']],
    [{ ...poll, maxChoices: 1.5 }, 'getPoll', ['maxChoices']],
    [{ ...poll, opensAt: 'yesterday' }, 'getPoll', ['opensAt']],
    [{ items: [{ ...leader, photo: { url: 'javascript:alert(1)' } }] }, 'listLeaders', ['items', 0, 'photo', 'url']],
    [{ items: [{ ...leader, term: { from: '15/06/2021' } }] }, 'listLeaders', ['items', 0, 'term', 'from']],
    [null, 'listLeaders', []],
  ];
  for (const [value, operation, path] of cases) {
    const result = compact.runCheck(check(operation), value);
    assert.equal(result.success, false, JSON.stringify(value));
    assert.deepEqual(result.issues[0]?.path, path);
    const schema = operation === 'getPoll' ? Poll : LeaderList;
    assert.equal(safeParse(schema, value).success, false, 'zod rejects it too');
  }
});
