import { randomBytes } from 'node:crypto';
import type { ApiKeyRole, SessionUser } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables, UsersTable } from '../db/tables.js';
import type { Principal } from '../http/handler.js';
import { hashPassword, minimumPasswordLength } from './passwords.js';

export interface NewUser {
  username: string;
  name: string;
  role: ApiKeyRole;
  agencies: readonly string[];
  password: string;
}

/** Creates a person's account; its role and agencies bound it exactly as they bound an API key. */
export async function createUser(db: Kysely<Tables>, input: NewUser, now: Date): Promise<Omit<SessionUser, 'expiresAt'>> {
  if (input.password.length < minimumPasswordLength) throw new Error(`The password needs at least ${minimumPasswordLength} characters`);
  if (input.role !== 'admin' && input.agencies.length === 0) throw new Error('Only admin accounts may cover every agency: name the agencies');
  const row: UsersTable = {
    id: randomBytes(12).toString('base64url'),
    username: input.username,
    name: input.name,
    role: input.role,
    agencies: JSON.stringify(input.agencies),
    password_hash: await hashPassword(input.password),
    created_at: now.toISOString(),
    disabled_at: null,
  };
  await db.insertInto('users').values(row).execute();
  return accountOf(row);
}

export function accountOf(row: UsersTable): Omit<SessionUser, 'expiresAt'> {
  return { id: row.id, username: row.username, name: row.name, role: row.role as ApiKeyRole, agencies: JSON.parse(row.agencies) as string[] };
}

/** The person as the admin operations see them: the same role and agency checks as a key's. */
export function principalOf(row: UsersTable): Principal {
  const account = accountOf(row);
  return { actor: 'user', id: account.id, name: account.name, role: account.role, agencies: account.agencies };
}

export async function findActiveUser(db: Kysely<Tables>, username: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).where('disabled_at', 'is', null).executeTakeFirst();
}
