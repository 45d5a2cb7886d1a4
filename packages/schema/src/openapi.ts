import * as z from 'zod/mini';
import { apiBasePath, api, type Endpoint } from './contract.js';
import { apiSchemas } from './primitives.js';
import { Problem } from './problem.js';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** Converts one schema; named schemas inside it become references to components. */
function jsonSchemaOf(schema: z.core.$ZodType, io: Io): JsonSchema {
  const converted = z.toJSONSchema(schema, { metadata: apiSchemas, io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const rewritten = JSON.parse(JSON.stringify(converted).replaceAll('"#/$defs/', `"${componentRef('')}`)) as JsonSchema;
  delete rewritten.$schema;
  delete rewritten.$defs;
  const ownId = apiSchemas.get(schema)?.id;
  return ownId === undefined ? rewritten : { $ref: componentRef(ownId) };
}

function components(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: componentRef, io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

const statusTitles: Record<number, string> = {
  400: 'Malformed request or query',
  401: 'Missing or invalid API key',
  403: 'Not allowed for this key, agency or origin',
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
  if (endpoint.method === 'GET' && endpoint.response) {
    list.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });
  }
  return list;
}

function operation(operationId: string, endpoint: Endpoint) {
  const success =
    endpoint.response === null
      ? { description: 'Done' }
      : {
          description: 'OK',
          ...(endpoint.method === 'GET'
            ? { headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } }
            : {}),
          content:
            endpoint.mediaType === 'application/atom+xml'
              ? { 'application/atom+xml': { schema: { type: 'string' } } }
              : { 'application/json': { schema: jsonSchemaOf(endpoint.response, 'output') } },
        };
  const errorStatuses = new Set<number>([...endpoint.errors, 500]);
  if (endpoint.body) {
    errorStatuses.add(413);
    errorStatuses.add(415);
    errorStatuses.add(422);
  }
  if (endpoint.browserWrite) errorStatuses.add(403);
  const responses: Record<string, unknown> = { [endpoint.status]: success };
  if (endpoint.method === 'GET') responses['304'] = { description: 'Not modified (ETag matched)' };
  for (const status of [...errorStatuses].sort()) responses[status] = problemResponse(status);
  return {
    operationId,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    parameters: parameters(endpoint),
    ...(endpoint.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(endpoint.body, 'input') } } } }
      : {}),
    ...(endpoint.role ? { security: [{ apiKey: [] }], 'x-role': endpoint.role } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the provincial API, generated from the schemas and the contract. */
export function buildOpenApiDocument(serverUrl = apiBasePath) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(api) as [string, Endpoint][]) {
    const item = (paths[endpoint.path] ??= {});
    item[endpoint.method.toLowerCase()] = operation(operationId, endpoint);
  }
  // Problem is referenced by every error response: make sure it is a component even if unused elsewhere.
  void Problem;
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
      { name: 'admin', description: 'Administration (API key required)' },
    ],
    paths,
    components: {
      schemas: components(),
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created with `create-key`' } },
    },
  };
}
