/**
 * The public routes with compact response checks instead of zod schemas: what a browser page
 * imports to call the API (`@vn-portal/sdk`'s `createCompactTransport`) without shipping zod.
 */
export * from './routes.js';
export { runCheck, Mismatch, type Check } from './checks.js';
export { apiBasePath, challengePath, formatPatterns, leadingZeroBits, proofOfWorkHeader } from '../wire.js';
