import { randomBytes } from 'node:crypto';
import type { AuditEntry, AuditLog, Output, AuditLogQuery } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import { dayEnd, dayStart } from '../calendar/local-day.js';
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
      key_id: principal.id,
      actor_type: principal.actor,
      key_name: principal.name,
      action: change.action,
      resource: change.resource,
      resource_id: change.resourceId ?? null,
      agency: change.agency ?? null,
    })
    .execute();
}

/**
 * The log's entries, newest first, narrowed by the query's filters (days on the portal's clock);
 * limited to changes of these agencies when any are given. With them, every actor and action of
 * that part of the log, for the reader's filters.
 */
export async function readAuditLog(db: Kysely<Tables>, query: Output<typeof AuditLogQuery>, agencies: readonly string[], utcOffsetMinutes: number): Promise<AuditLog> {
  const visible = agencies.length === 0 ? db.selectFrom('audit_log') : db.selectFrom('audit_log').where('agency', 'in', agencies);
  let base = visible;
  if (query.resource !== undefined) base = base.where('resource', '=', query.resource);
  if (query.actor !== undefined) base = base.where('key_id', '=', query.actor);
  if (query.action !== undefined) base = base.where('action', '=', query.action);
  if (query.from !== undefined) base = base.where('at', '>=', dayStart(query.from, utcOffsetMinutes));
  if (query.to !== undefined) base = base.where('at', '<', dayEnd(query.to, utcOffsetMinutes));
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
    actor: row.actor_type === 'user' ? { userId: row.key_id, name: row.key_name } : { keyId: row.key_id, name: row.key_name },
    action: row.action,
    resource: row.resource,
    ...(row.resource_id === null ? {} : { resourceId: row.resource_id }),
    ...(row.agency === null ? {} : { agency: row.agency }),
  }));
  const actorRows = await visible.select(['key_id', 'key_name', 'actor_type']).distinct().orderBy('key_name').orderBy('key_id').execute();
  const actionRows = await visible.select('action').distinct().orderBy('action').execute();
  // An actor renamed since appears once.
  const actors = [...new Map(actorRows.map((row) => [row.key_id, { id: row.key_id, name: row.key_name, kind: row.actor_type === 'user' ? ('user' as const) : ('key' as const) }])).values()];
  return { items, total, page: query.page, pageSize: query.pageSize, actors, actions: actionRows.map((row) => row.action) };
}
