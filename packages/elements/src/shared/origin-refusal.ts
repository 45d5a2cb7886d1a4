import { ApiProblemError } from '@vn-portal/sdk';
import { resolveApiBase } from './config.js';

/**
 * Whether the portal refused a write because this page's site is not on the agency's allowed
 * origins (yet): the first thing an agency developer meets, and nothing the visitor can fix.
 */
export const isOriginRefusal = (error: unknown): error is ApiProblemError => error instanceof ApiProblemError && error.code === 'origin-not-allowed';

/**
 * Tells the site's developer, once per page, what to add where when a write of `host` was refused
 * for the page's origin; the advice is loaded only then.
 */
export function explainOriginRefusal(host: { apiBase: string | undefined }, error: unknown): void {
  if (!isOriginRefusal(error)) return;
  const apiBase = resolveApiBase(host.apiBase) ?? '';
  void import('./origin-refusal-advice.js').then(({ reportOriginRefusal }) => {
    reportOriginRefusal(error, apiBase);
  });
}
