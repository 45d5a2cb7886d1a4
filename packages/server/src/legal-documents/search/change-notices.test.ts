import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FastifyBaseLogger } from 'fastify';
import { createTestDatabase } from '../../../test/test-database.js';
import { logChanges } from '../store.js';
import { ChangeNotices } from './change-notices.js';

const quiet = { warn: () => undefined } as unknown as FastifyBaseLogger;

/** Resolves with how many passes `apply` ran once `count` of them have, or rejects after `ms`. */
function passes(count: number, ms: number) {
  let seen = 0;
  let reached: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (reached = resolve));
  const apply = () => {
    seen += 1;
    if (seen >= count) reached();
    return Promise.resolve();
  };
  const within = async () => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${seen} of ${count} passes within ${ms} ms`)), ms)));
    await Promise.race([done, late]).finally(() => clearTimeout(timer));
  };
  return { apply, within, seen: () => seen };
}

describe('change notices (postgres)', { skip: process.env.TEST_DATABASE_URL === undefined }, () => {
  test('a change logged by another connection is applied as it commits, not at the next poll', async () => {
    const testDatabase = await createTestDatabase('postgres');
    const counted = passes(2, 5000);
    const notices = new ChangeNotices(testDatabase.config.databaseUrl ?? '', counted.apply, quiet);
    try {
      // The first pass catches up once listening starts.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(counted.seen(), 1, 'one catch-up pass once listening');
      const started = Date.now();
      await testDatabase.database.db.transaction().execute((tx) => logChanges(tx, ['some-document']));
      await counted.within();
      assert.ok(Date.now() - started < 1000, `applied ${Date.now() - started} ms after the commit`);
    } finally {
      await notices.close();
      await testDatabase.drop();
    }
  });
});
