import { randomBytes } from 'node:crypto';
import type { AuditEntry, Output, AuditLogQuery } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import type { Principal } from '../http/handler.js';

export interface Change {
  action: string;
  resource: string;
  resourceId?: string | undefined;
  agency?: string | undefined;
}

/** Ids sort by time: the instant in hex, then randomness for changes in the same millisecond. */
function auditId(at: Date): string {
  return `${at.getTime().toString(16).padStart(12, '0')}${randomBytes(6).toString('hex')}`;
}

export async function recordChange(db: Kysely<Tables>, principal: Principal, change: Change, at: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: auditId(at),
      at: at.toISOString(),
      key_id: principal.keyId,
      key_name: principal.name,
      action: change.action,
      resource: change.resource,
      resource_id: change.resourceId ?? null,
      agency: change.agency ?? null,
    })
    .execute();
}

/** The log's entries, newest first; limited to changes of these agencies when any are given. */
export async function readAuditLog(db: Kysely<Tables>, query: Output<typeof AuditLogQuery>, agencies: readonly string[]) {
  let base = db.selectFrom('audit_log');
  if (agencies.length > 0) base = base.where('agency', 'in', agencies);
  if (query.resource !== undefined) base = base.where('resource', '=', query.resource);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const items: AuditEntry[] = rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: { keyId: row.key_id, name: row.key_name },
    action: row.action,
    resource: row.resource,
    ...(row.resource_id === null ? {} : { resourceId: row.resource_id }),
    ...(row.agency === null ? {} : { agency: row.agency }),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
