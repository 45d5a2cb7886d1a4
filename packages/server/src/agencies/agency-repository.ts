import type { Agency } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { inTransaction } from '../db/transactions.js';
import { originOf } from '../http/origin-policy.js';

const toAgency = (row: { data: string }) => JSON.parse(row.data) as Agency;

export async function listAgencies(db: Kysely<Tables>): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').select('data').orderBy('sort_order').orderBy('code').execute();
  return rows.map(toAgency);
}

export async function findAgency(db: Kysely<Tables>, code: string): Promise<Agency | undefined> {
  const row = await db.selectFrom('agencies').select('data').where('code', '=', code).executeTakeFirst();
  return row === undefined ? undefined : toAgency(row);
}

export async function agencyExists(db: Kysely<Tables>, code: string): Promise<boolean> {
  return (await db.selectFrom('agencies').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

const rowOf = (agency: Agency) => ({ code: agency.code, parent: agency.parent ?? null, sort_order: agency.order, data: JSON.stringify(agency) });

export async function insertAgency(db: Kysely<Tables>, agency: Agency): Promise<void> {
  await db.insertInto('agencies').values(rowOf(agency)).execute();
}

export async function updateAgency(db: Kysely<Tables>, agency: Agency): Promise<boolean> {
  const { code, ...changes } = rowOf(agency);
  const result = await db.updateTable('agencies').set(changes).where('code', '=', code).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function hasChildAgencies(db: Kysely<Tables>, code: string): Promise<boolean> {
  return (await db.selectFrom('agencies').select('code').where('parent', '=', code).executeTakeFirst()) !== undefined;
}

/** Deletes an agency; content still naming it makes the database refuse (a 409 for the client). */
export async function deleteAgency(db: Kysely<Tables>, code: string): Promise<boolean> {
  const result = await db.deleteFrom('agencies').where('code', '=', code).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function readAllowedOrigins(db: Kysely<Tables>, agency: string): Promise<string[]> {
  const rows = await db.selectFrom('agency_origins').select('origin').where('agency', '=', agency).orderBy('origin').execute();
  return rows.map((row) => row.origin);
}

/** Replaces an agency's allowed origins; they are stored as origins (scheme, host, port), paths dropped. */
export async function replaceAllowedOrigins(db: Kysely<Tables>, agency: string, urls: readonly string[]): Promise<string[]> {
  const origins = [...new Set(urls.map(originOf))].sort();
  await inTransaction(db, async (transaction) => {
    await transaction.deleteFrom('agency_origins').where('agency', '=', agency).execute();
    if (origins.length > 0) await transaction.insertInto('agency_origins').values(origins.map((origin) => ({ agency, origin }))).execute();
  });
  return origins;
}
