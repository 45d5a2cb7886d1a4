export * from './vocabulary/index.js';
export * from './primitives.js';
export * from './portal.js';
export * from './legal-document.js';
export * from './qa.js';
export * from './poll.js';
export * from './visit.js';
export * from './problem.js';
export * from './bot-check.js';
export * from './admin.js';
export * from './register-import.js';
export * from './activity-report.js';
export * from './dublin-core.js';
export * from './contract.js';
export * from './admin-access.js';
export * from './schema-shape.js';

/** zod's parse functions, re-exported so every package validates with the one zod copy the schemas use. */
export { safeParse, parse, treeifyError, flattenError } from 'zod/mini';
export type { output as Output, input as Input } from 'zod/mini';
export type AnySchema = import('zod/mini').core.$ZodType;
