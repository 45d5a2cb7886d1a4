import { randomBytes } from 'node:crypto';
import { roleReaches, type ApiKey, type ApiKeyCreated, type ApiKeyRole } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { ApiKeysTable, Tables } from '../db/tables.js';
import type { Principal } from '../http/handler.js';
import { ProblemError } from '../http/problem.js';
import { Secrets } from '../security/secrets.js';

/** Roles are ordered: a moderator may do what an editor may, an admin everything. */
export function hasRole(principal: Principal, required: ApiKeyRole): boolean {
  return roleReaches(principal.role, required);
}

/** Whether the key may act on content of this agency. */
export function coversAgency(principal: Principal, agency: string): boolean {
  return principal.agencies.length === 0 || principal.agencies.includes(agency);
}

export function assertCoversAgency(principal: Principal, agency: string): void {
  if (!coversAgency(principal, agency)) throw new ProblemError(403, 'forbidden', `This key may not act on agency "${agency}"`);
}

// A secret reads `vnp_<id>_<random>`: the id finds the row, the whole secret is checked by hash.
const secretPattern = /^vnp_([A-Za-z0-9_-]{16})_[A-Za-z0-9_-]{43}$/;

function toApiKey(row: ApiKeysTable): ApiKey {
  return {
    id: row.id,
    name: row.name,
    role: row.role as ApiKeyRole,
    agencies: JSON.parse(row.agencies) as string[],
    createdAt: row.created_at,
    ...(row.last_used_at === null ? {} : { lastUsedAt: row.last_used_at }),
  };
}

export async function createApiKey(
  db: Kysely<Tables>,
  secrets: Secrets,
  input: { name: string; role: ApiKeyRole; agencies: readonly string[] },
  now: Date,
): Promise<ApiKeyCreated> {
  const id = randomBytes(12).toString('base64url');
  const secret = `vnp_${id}_${randomBytes(32).toString('base64url')}`;
  const row: ApiKeysTable = {
    id,
    name: input.name,
    role: input.role,
    agencies: JSON.stringify(input.agencies),
    secret_hash: secrets.hashApiKeySecret(secret),
    created_at: now.toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_keys').values(row).execute();
  return { ...toApiKey(row), secret };
}

export async function listApiKeys(db: Kysely<Tables>): Promise<ApiKey[]> {
  const rows = await db.selectFrom('api_keys').selectAll().where('revoked_at', 'is', null).orderBy('created_at').execute();
  return rows.map(toApiKey);
}

/** Revokes a key; false when there is no such active key. */
export async function revokeApiKey(db: Kysely<Tables>, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('api_keys').set({ revoked_at: now.toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How often a key's "last used" time is written: once a minute is precise enough and spares writes. */
const lastUsedResolutionMs = 60_000;

/** Finds the key a request's `Authorization: Bearer …` header carries; 401 when none is valid. */
export async function authenticate(db: Kysely<Tables>, secrets: Secrets, authorization: string | undefined, now: Date): Promise<Principal> {
  const secret = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const id = secret === undefined ? undefined : secretPattern.exec(secret)?.[1];
  if (secret === undefined || id === undefined) throw new ProblemError(401, 'unauthorized', undefined, undefined, { 'WWW-Authenticate': 'Bearer' });
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  if (row === undefined || !Secrets.sameHash(row.secret_hash, secrets.hashApiKeySecret(secret))) {
    throw new ProblemError(401, 'unauthorized', 'Unknown or revoked API key', undefined, { 'WWW-Authenticate': 'Bearer' });
  }
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) > lastUsedResolutionMs) {
    await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
  }
  const key = toApiKey(row);
  return { actor: 'key', id: key.id, name: key.name, role: key.role, agencies: key.agencies };
}
