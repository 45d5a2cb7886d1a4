/**
 * What other packages' tests need to stand up a reference server of their own (the elements'
 * browser tests do): build and seed a database, add the records the demo lacks, and serve it.
 * Published as `@vn-portal/server/testing` so that they reach the server through its package
 * entry, not its internal files; the browser-safe hostile markup is `@vn-portal/server/testing/xss-payloads`.
 */
export { buildApp } from '../app.js';
export { loadConfig } from '../config.js';
export { createDatabase, migrateToLatest } from '../db/database.js';
export { newId } from '../db/ids.js';
export { createApiKey } from '../admin/api-keys.js';
export { replaceAllowedOrigins } from '../agencies/agency-repository.js';
export { localDay } from '../calendar/local-day.js';
export { saveLeader } from '../leaders/leader-repository.js';
export { insertDocuments, replaceDocument, withdrawDocument } from '../legal-documents/store.js';
export { castBallots, savePoll, type PollData } from '../polls/poll-repository.js';
export { defaultQaFormConfig } from '../qa/default-form-config.js';
export { dueDateOf, readDeclaredDays } from '../qa/due-dates.js';
export { insertQuestion } from '../qa/question-repository.js';
export { loadMasterKey } from '../security/master-key.js';
export { Secrets } from '../security/secrets.js';
export { demoAllowedOrigins, provinceAgency } from '../seed/demo-province.js';
export { seedDemoData } from '../seed/seed.js';
export { generateSyntheticDocuments } from '../seed/synthetic.js';
export { postDocuments } from '../seed/admin-api-loader.js';
export { otherProvinceDocuments } from '../seed/real-documents.js';
