import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '../db/errors.js';
import type { Tables } from '../db/tables.js';
import { ProblemError } from './problem.js';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** Keys as the OpenAPI document describes them: 8 to 128 visible ASCII characters. */
export function validIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{8,128}$/.test(key);
}

export function fingerprintOf(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/**
 * Runs a creating request at most once per key: the result is stored in the same transaction as
 * the write, so a retry (after a lost response, a timeout, a crash) gets the first result back and
 * never creates a second resource. The same key with a different request is a conflict.
 */
export async function runOnce(
  db: Kysely<Tables>,
  scope: { operation: string; key: string; fingerprint: string; now: Date },
  execute: (transaction: Transaction<Tables>) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  const attempt = () =>
    db.transaction().execute(async (transaction) => {
      const existing = await transaction
        .selectFrom('idempotency_keys')
        .select(['fingerprint', 'status', 'response'])
        .where('operation', '=', scope.operation)
        .where('key', '=', scope.key)
        .executeTakeFirst();
      if (existing !== undefined) {
        if (existing.fingerprint !== scope.fingerprint) throw new ProblemError(409, 'idempotency-conflict');
        return { status: existing.status, body: JSON.parse(existing.response) as unknown };
      }
      const result = await execute(transaction);
      await transaction
        .insertInto('idempotency_keys')
        .values({
          operation: scope.operation,
          key: scope.key,
          fingerprint: scope.fingerprint,
          status: result.status,
          response: JSON.stringify(result.body),
          created_at: scope.now.toISOString(),
        })
        .execute();
      return result;
    });
  try {
    return await attempt();
  } catch (error) {
    // Two concurrent requests with one key: the later insert loses, its writes roll back, and the
    // retry reads what the winner stored.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}
