import * as z from 'zod/mini';
import { apiBasePath, api, type Endpoint, type OperationId } from './contract.js';
import { challengePath, proofOfWorkHeader } from './bot-check.js';
import { apiSchemas, formatPatterns } from './primitives.js';
// Every error response refers to the Problem component, so its module must register it.
import './problem.js';

type JsonSchema = Record<string, unknown>;

/** Signing in needs no credential; the session's own operations need the session. */
const sessionSecurity: Partial<Record<OperationId, unknown[]>> = { signIn: [], getSession: [{ session: [] }], signOut: [{ session: [] }] };
type Io = 'input' | 'output';

/** One line per operation for the docs; kept here, not in the contract, so browsers never download them. */
const summaries: Record<OperationId, string> = {
  searchLegalDocuments: 'Search the register of legal documents, with facet counts',
  latestLegalDocuments: 'The newest issued documents, for sidebars',
  legalDocumentsFeed: 'Atom feed of the newest documents, for district sites',
  getLegalDocument: 'One document with every metadata field, relations and attachments',
  getLegalDocumentDublinCore: 'The Dublin Core terms of a document (Circular 24/2011/TT-BTTTT), as JSON',
  getLegalDocumentDublinCoreXml: 'The Dublin Core terms of a document as XML (dcterms), for harvesters',
  listDraftComments: 'Published (moderated) comments on a draft',
  submitDraftComment: 'Comment on a draft open for comment; held for moderation',
  updatePortal: 'Replace the portal information',
  createAgency: 'Create an agency',
  updateAgency: 'Replace an agency',
  deleteAgency: 'Delete an agency with no content',
  getAllowedOrigins: 'Origins allowed to write for an agency',
  setAllowedOrigins: 'Replace the allowed origins of an agency',
  createLeader: 'Add a leader',
  updateLeader: 'Replace a leader',
  deleteLeader: 'Remove a leader',
  listLegalDocumentsForAdmin: 'The register for editors: publication deadlines, withdrawn, unpublished and outdated-English documents',
  createLegalDocument: 'Publish a document or a draft for comment (one number per issuer: 409 duplicate-number)',
  updateLegalDocument: 'Replace a document (status changes, relations; `publish: true` publishes one registered unpublished)',
  deleteLegalDocument: 'Discard a document registered unpublished; a published one is kept for good (409 kept-permanently)',
  withdrawLegalDocument: 'Withdraw a published document: it stays in the register, marked with the day and the reason',
  listCommentsForModeration: 'All comments on a draft, pending ones first',
  moderateComment: 'Approve a comment, or reject it with a reason',
  exportComments: 'Every comment on a draft as CSV, for the drafting agency (no emails)',
  listDraftQueues: 'Drafts taking comments, with their moderation counts, those with comments pending first',
  listQuestions: 'Questions in the workflow, oldest due first',
  getQuestion: 'One question with its asker',
  transitionQuestion: 'Classify, forward, answer, publish or reject a question',
  readAsker: 'Read who asked a question: logged in the audit log naming the reader',
  erasePersonalData: 'Erase the asker: the question stays, the person is gone',
  correctAsker: 'Correct the asker’s personal data at their request (409 once erased)',
  importLegalDocuments: 'Import a register from a CSV or XLSX file: every problem by line and column; with dryRun=true nothing is written, else all valid rows in one transaction',
  getLegalDocumentImportTemplate: 'The CSV template of the register import: its columns and an example row',
  getActivityReport: 'Activity of the portal in a period, per agency and in total (documents, questions, comments, polls, visits)',
  exportActivityReport: 'The activity report as CSV',
  printActivityReport: 'The activity report as a printable HTML page with charts',
  exportQuestions: 'Questions with their askers as CSV (cells that a spreadsheet would run as formulas are escaped)',
  createDataSubjectRequest: 'Record a person’s request (access, correction, deletion, withdrawal of consent), with its legal deadlines',
  listDataSubjectRequests: 'Requests of persons about their data, oldest deadline first',
  getDataSubjectRequest: 'One request, with every record holding the person’s data',
  transitionDataSubjectRequest: 'Acknowledge, complete (deletion and withdrawal erase the records found) or refuse a request',
  createChallenge: 'A proof-of-work challenge for one question or comment submission',
  updateQaFormConfig: 'Replace the ask form configuration',
  listPollsForAdmin: 'An agency’s polls (or those of every agency the key covers), newest first',
  createPoll: 'Create a poll',
  getPollForAdmin: 'Read a poll with the number of votes its per-address daily cap refused',
  updatePoll: 'Replace a poll (once voted on, only the question wording and the closing time may change)',
  deletePoll: 'Delete a poll',
  listApiKeys: 'API keys (never their secrets)',
  createApiKey: 'Create an API key; the secret is shown once',
  revokeApiKey: 'Revoke an API key',
  listCalendarDays: 'Extra days off and make-up working days',
  setCalendarDay: 'Declare an extra day off or a make-up working day; due dates of open questions move',
  deleteCalendarDay: 'Remove a declared day',
  listBackups: 'Backups kept',
  createBackup: 'Take a backup now',
  getAuditLog: 'Who changed what, when',
  signIn: 'Sign a person in to the console: sets the session cookie; locks after repeated failures',
  getSession: 'The signed-in person, their role and agencies',
  signOut: 'End the session on the server and drop its cookie',
  getQaFormConfig: 'The fields, topics, agencies and notices of the ask form',
  submitQuestion: 'Ask a question; answers with the tracking code and due date',
  getQuestionStatus: 'Status of a question by tracking code and the email or phone given',
  searchAnswers: 'Published questions and answers',
  getAnswer: 'One published question and answer',
  getPortal: 'Portal name, URL, credit wording and contacts',
  listAgencies: 'Agencies of the province in protocol order',
  getAgency: 'One agency',
  listLeaders: 'Leaders in protocol order, optionally of one agency',
  getLeader: 'One leader',
  recordVisit: 'Record one page view (no cookie, no address stored)',
  heartbeat: 'Presence ping from a visible tab',
  getVisitStats: 'Online visitors and visit totals',
  getLatestPoll: 'The current poll of an agency (or of the portal); null when there is none',
  getPoll: 'One poll',
  vote: 'Vote once per voter token',
  getPollResults: 'Counts and percentages (adding up to 100), as the visibility policy allows',
};

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** Descriptions of components whose name alone does not say enough. */
const descriptions: Record<string, string> = {
  LocalizedText: 'Vietnamese text with an optional English version',
  LocalizedHtml: 'Vietnamese HTML with an optional English version; sanitized by the server on save, and to be sanitized again before rendering',
  LegalDocumentType: 'Luật, Nghị quyết, Nghị định, Quyết định, Thông tư, Chỉ thị, Kế hoạch, Hướng dẫn, Công văn, Thông báo…',
  CommentWindow: 'The period in which a draft document is open for public comment',
  CitedDocument: 'A document an answer relies on: number, symbol, summary, date and issuer (Cao Bằng Điều 9)',
  AllowedOrigins: 'Origins whose browser pages may write (vote, ask, comment, count visits) for this agency',
};

const formatOfPattern = new Map(Object.entries(formatPatterns).map(([format, pattern]) => [pattern.source, format]));

/** Puts back the JSON Schema `format` of strings the schemas check with a plain pattern. */
function addFormats(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(addFormats);
  } else if (typeof node === 'object' && node !== null) {
    const schema = node as JsonSchema;
    const format = typeof schema.pattern === 'string' ? formatOfPattern.get(schema.pattern) : undefined;
    if (format) schema.format = format;
    Object.values(schema).forEach(addFormats);
  }
}

/** Converts one schema; named schemas inside it become references to components. */
function jsonSchemaOf(schema: z.core.$ZodType, io: Io): JsonSchema {
  const converted = z.toJSONSchema(schema, { metadata: apiSchemas, io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const rewritten = JSON.parse(JSON.stringify(converted).replaceAll('"#/$defs/', `"${componentRef('')}`)) as JsonSchema;
  delete rewritten.$schema;
  delete rewritten.$defs;
  addFormats(rewritten);
  const ownId = apiSchemas.get(schema)?.id;
  return ownId === undefined ? rewritten : { $ref: componentRef(ownId) };
}

function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: componentRef, io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const [id, schema] of Object.entries(schemas)) {
    delete schema.$schema;
    delete schema.$id;
    if (descriptions[id]) schema.description = descriptions[id];
  }
  addFormats(schemas);
  return schemas;
}

const statusTitles: Record<number, string> = {
  400: 'Malformed request or query',
  401: 'Missing or invalid API key',
  403: 'Not allowed for this key, agency or origin, or a failed bot check',
  404: 'Not found',
  409: 'Conflict with the current state',
  412: 'Precondition failed',
  413: 'Body too large',
  415: 'Body must be JSON',
  422: 'Validation failed (per-field errors)',
  429: 'Rate limited (see Retry-After)',
  500: 'Internal error (never with details)',
};

const problemResponse = (status: number) => ({
  description: statusTitles[status] ?? 'Error',
  content: { 'application/problem+json': { schema: { $ref: componentRef('Problem') } } },
});

function parameters(endpoint: Endpoint) {
  const list: JsonSchema[] = [];
  const add = (location: 'path' | 'query', object: z.core.$ZodObject | undefined) => {
    if (!object) return;
    const schema = jsonSchemaOf(object, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const isArray = property.type === 'array';
      list.push({
        name,
        in: location,
        required: location === 'path' || (schema.required ?? []).includes(name),
        schema: property,
        ...(isArray ? { style: 'form', explode: true } : {}),
      });
    }
  };
  add('path', endpoint.params);
  add('query', endpoint.query);
  if (endpoint.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'A retried request with the same key returns the first result instead of creating a second one.',
      schema: { type: 'string', minLength: 8, maxLength: 128 },
    });
  }
  if (endpoint.proofOfWork) {
    list.push({
      name: proofOfWorkHeader,
      in: 'header',
      required: true,
      description: `\`<challenge>:<nonce>\`: a challenge from \`POST ${challengePath}\` and a nonce such that SHA-256 of that text starts with the challenge's \`bits\` zero bits. Each challenge serves once.`,
      schema: { type: 'string', maxLength: 600 },
    });
  }
  if (endpoint.method === 'GET' && endpoint.response) {
    list.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });
  }
  return list;
}

function operation(operationId: OperationId, endpoint: Endpoint) {
  const success =
    endpoint.response === null
      ? { description: 'Done' }
      : {
          description: 'OK',
          ...(endpoint.method === 'GET'
            ? { headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } }
            : {}),
          content:
            endpoint.mediaType === undefined || endpoint.mediaType === 'application/json'
              ? { 'application/json': { schema: jsonSchemaOf(endpoint.response, 'output') } }
              : { [endpoint.mediaType]: { schema: { type: 'string' } } },
        };
  const errorStatuses = new Set<number>([...endpoint.errors, 500]);
  if (endpoint.body) {
    errorStatuses.add(413);
    errorStatuses.add(415);
    errorStatuses.add(422);
  }
  if (endpoint.browserWrite || endpoint.proofOfWork) errorStatuses.add(403);
  const responses: Record<string, unknown> = { [endpoint.status]: success };
  if (endpoint.method === 'GET') responses['304'] = { description: 'Not modified (ETag matched)' };
  for (const status of [...errorStatuses].sort()) responses[status] = problemResponse(status);
  return {
    operationId,
    summary: summaries[operationId],
    tags: [endpoint.tag],
    parameters: parameters(endpoint),
    ...(endpoint.upload
      ? { requestBody: { required: true, content: Object.fromEntries(endpoint.upload.mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type, description: `The file, at most ${endpoint.upload?.maxBytes ?? 0} bytes` } }])) } }
      : endpoint.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(endpoint.body, 'input') } } } }
        : {}),
    ...(endpoint.role ? { security: [{ apiKey: [] }, { session: [] }], 'x-role': endpoint.role } : {}),
    ...(operationId in sessionSecurity ? { security: sessionSecurity[operationId] } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the provincial API, generated from the schemas and the contract. */
export function buildOpenApiDocument(serverUrl = apiBasePath) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(api) as [OperationId, Endpoint][]) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operation(operationId, endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'VN Portal provincial API',
      version: '1.0.0',
      description:
        'The contract between VN Portal Kit elements and a provincial API. Text is Unicode NFC (TCVN 6909:2001); localized text is `{ vi, en? }`; errors are RFC 9457 problem+json with a stable `code`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: 'portal', description: 'Portal information and agencies' },
      { name: 'leaders', description: 'Leaders and their contacts' },
      { name: 'legal-documents', description: 'Register of legal documents, drafts and comments' },
      { name: 'qa', description: 'Citizens’ questions and answers' },
      { name: 'polls', description: 'Opinion polls' },
      { name: 'visits', description: 'Visit counter' },
      { name: 'bot-check', description: 'Proof-of-work challenges for submissions' },
      { name: 'admin', description: 'Administration (API key required)' },
    ],
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created with `create-key`' },
        session: { type: 'apiKey', in: 'cookie', name: '__Host-vnp-session', description: 'A person signed in to the console (`signIn`); writes must come from the server\'s own origin' },
      },
    },
  };
}
