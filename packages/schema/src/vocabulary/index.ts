/**
 * The shared vocabulary with no zod in it: languages, the values of the enums with their labels,
 * and field limits. Browser pages import it from `@vn-portal/schema/vocabulary`.
 */
export * from './languages.js';
export * from './terms.js';
export * from './limits.js';
export * from './search-limits.js';
export * from './form-limits.js';
export * from './labels-vi.js';
export * from './labels-en.js';
export { vocabularyLabels, labelOf } from './labels.js';
