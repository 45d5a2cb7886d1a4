import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { api, apiBasePath } from './contract.js';
import { buildOpenApiDocument } from './openapi.js';

const document = buildOpenApiDocument();

test('the generated document is valid OpenAPI 3.1', async () => {
  const result = await new Validator().validate(document);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  assert.equal(document.openapi, '3.1.0');
});

test('every operation of the contract is a path of the document', () => {
  for (const [operationId, endpoint] of Object.entries(api)) {
    const operation = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()] as { operationId?: string } | undefined;
    assert.equal(operation?.operationId, operationId, `${endpoint.method} ${endpoint.path}`);
  }
});

test('the public resources and admin tasks of the product all have paths', () => {
  const expected = [
    'GET /portal',
    'GET /agencies',
    'GET /leaders',
    'GET /legal-documents',
    'GET /legal-documents/{id}',
    'GET /legal-documents/feed.atom',
    'POST /legal-documents/{id}/comments',
    'GET /qa/form-config',
    'POST /qa/questions',
    'POST /qa/questions/status',
    'GET /qa/answers',
    'GET /polls/{id}',
    'POST /polls/{id}/votes',
    'GET /polls/{id}/results',
    'POST /visits/hits',
    'POST /visits/heartbeats',
    'GET /visits/stats',
    'POST /admin/questions/{id}/transitions',
    'DELETE /admin/questions/{id}/personal-data',
    'POST /admin/api-keys',
    'PUT /admin/agencies/{code}/allowed-origins',
    'POST /admin/backups',
    'GET /admin/audit-log',
    'PUT /admin/calendar/{date}',
  ];
  const present = new Set(Object.values(api).map((endpoint) => `${endpoint.method} ${endpoint.path}`));
  assert.deepEqual(expected.filter((path) => !present.has(path)), []);
  assert.equal(document.servers[0]?.url, apiBasePath);
});

test('named resources are shared components referenced by $ref', () => {
  const schemas = document.components.schemas;
  for (const name of ['Portal', 'Agency', 'Leader', 'LegalDocument', 'LegalDocumentSearchResult', 'QaFormConfig', 'QuestionSubmission', 'Poll', 'PollResults', 'VisitStats', 'Problem']) {
    assert.ok(schemas[name], `components.schemas.${name}`);
  }
  const getPoll = document.paths['/polls/{id}']?.get as { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
  assert.deepEqual(getPoll.responses['200']?.content?.['application/json']?.schema, { $ref: '#/components/schemas/Poll' });
  assert.deepEqual(getPoll.responses['404']?.content?.['application/problem+json']?.schema, { $ref: '#/components/schemas/Problem' });
});

test('admin operations require the API key scheme', () => {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as { security?: unknown[] }[]) {
      assert.equal(path.startsWith('/admin/'), operation.security !== undefined, path);
    }
  }
});

test('the committed openapi.json is the generated document (run `npm run openapi` after changing a schema)', async () => {
  const { readFile } = await import('node:fs/promises');
  const committed = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8')) as unknown;
  assert.deepEqual(committed, JSON.parse(JSON.stringify(document)));
});
