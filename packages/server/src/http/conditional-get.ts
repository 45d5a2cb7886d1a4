import { createHash } from 'node:crypto';
import type { OperationId } from '@vn-portal/schema';

/** A weak validator of a response body: equal bodies, equal tags, across server processes. */
export function etagOf(payload: string): string {
  return `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === wanted);
}

// Counts that move every second are revalidated on each use (cheap with the ETag); the rest may be
// reused for a minute, which is how long an edit may take to show on an embedding site.
const revalidateAlways = new Set<OperationId>(['getVisitStats', 'getPollResults', 'getLatestPoll', 'getPoll', 'listDraftComments']);

export function cacheControlFor(operationId: OperationId, admin: boolean): string {
  if (admin) return 'no-store';
  if (revalidateAlways.has(operationId)) return 'public, no-cache';
  return 'public, max-age=60, stale-while-revalidate=300';
}
