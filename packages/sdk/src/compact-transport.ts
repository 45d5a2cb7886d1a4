import { runCheck, type Check } from '@vn-portal/schema/compact';
import { createTransportWith, type Transport, type TransportOptions } from './transport.js';

/**
 * A transport for the routes of `@vn-portal/schema/compact`, which check responses without zod:
 * what a browser page uses when every kilobyte counts (the elements do). Same URLs, caching,
 * sharing and errors as `createTransport`.
 */
export const createCompactTransport = (options: TransportOptions): Transport =>
  createTransportWith(options, (check, body) => {
    const result = runCheck(check as Check, body);
    return result.success ? result : { success: false, error: { issues: result.issues } };
  });
