import type { Endpoint } from '@vn-portal/schema';
import type { Change } from '../admin/audit-log.js';

const stringField = (value: unknown, key: string): string | undefined => {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const field = (value as Record<string, unknown>)[key];
  if (typeof field === 'string') return field;
  // Questions name their agency as a coded label.
  return stringField(field, 'code');
};

/**
 * Describes an admin write for the audit log from the operation and its request and response,
 * so that no handler can forget to log: the resource is the path's first segment after `/admin`.
 */
export function changeOf(operationId: string, endpoint: Endpoint, params: unknown, body: unknown, response: unknown): Change {
  const resource = endpoint.path.split('/')[2] ?? 'admin';
  const resourceId =
    stringField(params, 'id') ?? stringField(params, 'code') ?? stringField(params, 'date') ?? stringField(response, 'id') ?? stringField(response, 'code');
  const agency =
    stringField(response, 'agency') ?? stringField(body, 'agency') ?? (resource === 'agencies' ? resourceId : undefined);
  return { action: operationId, resource, resourceId, agency };
}
