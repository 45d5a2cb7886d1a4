import { randomBytes } from 'node:crypto';
import type { SessionUser } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables, UsersTable } from '../db/tables.js';
import type { Secrets } from '../security/secrets.js';
import { accountOf } from './user-accounts.js';

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, has no Domain and has Path=/,
 * so no other host or path can set or shadow it.
 */
export const sessionCookieName = '__Host-vnp-session';

/** A session unused for 30 minutes ends; one used all along ends after 12 hours, a working day. */
export const sessionLifetime = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 } as const;

/** How often a session's last use is written: once a minute is precise enough for a 30-minute idle limit. */
const lastSeenResolutionMs = 60_000;

export function sessionCookie(id: string, maxAgeSeconds: number): string {
  return `${sessionCookieName}=${id}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`;
}

/** Tells the browser to drop the cookie. */
export const clearedSessionCookie = sessionCookie('', 0);

/** The session id a request's `Cookie` header carries, if any. */
export function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === sessionCookieName && value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return undefined;
}

export async function startSession(db: Kysely<Tables>, secrets: Secrets, user: UsersTable, now: Date): Promise<{ id: string; user: SessionUser }> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetime.absoluteMs).toISOString();
  await db
    .insertInto('user_sessions')
    .values({ id_hash: secrets.signInHash(id), user_id: user.id, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  return { id, user: { ...accountOf(user), expiresAt } };
}

/** The account of a live session, its last use moved forward; undefined when ended, idle or unknown. */
export async function resumeSession(db: Kysely<Tables>, secrets: Secrets, id: string, now: Date): Promise<{ row: UsersTable; expiresAt: string } | undefined> {
  const idHash = secrets.signInHash(id);
  const found = await db
    .selectFrom('user_sessions')
    .innerJoin('users', 'users.id', 'user_sessions.user_id')
    .selectAll('users')
    .select(['user_sessions.last_seen_at', 'user_sessions.expires_at'])
    .where('user_sessions.id_hash', '=', idHash)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (found === undefined) return undefined;
  const { last_seen_at: lastSeenAt, expires_at: expiresAt, ...row } = found;
  const idle = now.getTime() - Date.parse(lastSeenAt);
  if (idle > sessionLifetime.idleMs || now.getTime() >= Date.parse(expiresAt)) {
    await endSession(db, secrets, id);
    return undefined;
  }
  if (idle > lastSeenResolutionMs) await db.updateTable('user_sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  return { row, expiresAt };
}

export async function endSession(db: Kysely<Tables>, secrets: Secrets, id: string): Promise<void> {
  await db.deleteFrom('user_sessions').where('id_hash', '=', secrets.signInHash(id)).execute();
}
