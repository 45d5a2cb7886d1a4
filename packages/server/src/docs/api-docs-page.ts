import { ProblemCode } from '@vn-portal/schema';
import { buildOpenApiDocument } from '@vn-portal/schema/openapi';
import { escapeHtml } from '@vn-portal/sdk';
import { pageShell } from '../demo/html.js';

type Json = Record<string, unknown>;

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean; schema: Json; description?: string }[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Json }> }>;
  'x-role'?: string;
}

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;
const schemaAnchor = (name: string) => `schema-${name}`;

/** A one-line description of a JSON schema, with links to named components. */
function typeOf(schema: Json | undefined): string {
  if (schema === undefined) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    return `<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const variants = (schema.anyOf ?? schema.oneOf) as Json[];
    return variants.map(typeOf).join(' | ');
  }
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`).join(' | ');
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (schema.type === 'array') return `array of ${typeOf(schema.items as Json | undefined)}`;
  if (schema.type === 'object' && schema.properties === undefined) return 'object';
  if (schema.type === 'object') return 'object (below)';
  return escapeHtml(typeof schema.type === 'string' ? schema.type : 'any');
}

const constraintKeys = ['format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'default'];

function constraintsOf(schema: Json): string {
  return constraintKeys
    .filter((key) => schema[key] !== undefined)
    .map((key) => `${key}: <code>${escapeHtml(JSON.stringify(schema[key]))}</code>`)
    .join(', ');
}

/** The fields of an object schema as a table; nested anonymous objects get their own table. */
function fieldsTable(schema: Json, caption: string): string {
  const properties = schema.properties as Record<string, Json> | undefined;
  if (properties === undefined) return `<p>${typeOf(schema)}</p>`;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(([name, property]) => {
    const nested = property.type === 'object' && property.properties !== undefined ? fieldsTable(property, `${caption}.${name}`) : '';
    return `<tr><th scope="row"><code>${escapeHtml(name)}</code></th><td>${typeOf(property)}${nested}</td><td>${required.has(name) ? 'yes' : 'no'}</td><td>${constraintsOf(property)}</td></tr>`;
  });
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Constraints</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function operationSection(method: string, path: string, operation: Operation): string {
  const parameters = operation.parameters.length === 0
    ? ''
    : `<h4>Parameters</h4><table><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Constraints</th></tr></thead><tbody>${operation.parameters
        .map(
          (parameter) =>
            `<tr><th scope="row"><code>${escapeHtml(parameter.name)}</code></th><td>${escapeHtml(parameter.in)}</td><td>${typeOf(parameter.schema)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${constraintsOf(parameter.schema)}${parameter.description === undefined ? '' : ` ${escapeHtml(parameter.description)}`}</td></tr>`,
        )
        .join('')}</tbody></table>`;
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const body = bodySchema === undefined ? '' : `<h4>Request body</h4><p>JSON: ${typeOf(bodySchema)}</p>`;
  const responses = Object.entries(operation.responses)
    .map(([status, response]) => {
      const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
      const shape = content === undefined ? '' : ` — <code>${escapeHtml(mediaType ?? '')}</code> ${typeOf(content.schema)}`;
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description)}${shape}</li>`;
    })
    .join('');
  const role = operation['x-role'] === undefined ? '' : `<p class="role">API key with role <strong>${escapeHtml(operation['x-role'])}</strong> or higher</p>`;
  return `<section class="operation" id="op-${escapeHtml(operation.operationId)}" aria-labelledby="op-${escapeHtml(operation.operationId)}-title">
<h3 id="op-${escapeHtml(operation.operationId)}-title"><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary)} <small>(<code>${escapeHtml(operation.operationId)}</code>)</small></p>
${role}${parameters}${body}<h4>Responses</h4><ul>${responses}</ul></section>`;
}

/** A readable page of the whole API, rendered on the server from the OpenAPI document. */
export function renderApiDocsPage(): string {
  const document = buildOpenApiDocument();
  const operations: { tag: string; html: string; title: string; id: string }[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      operations.push({
        tag: operation.tags[0] ?? 'other',
        html: operationSection(method, path, operation),
        title: `${method.toUpperCase()} ${path}`,
        id: operation.operationId,
      });
    }
  }
  const tagSections = document.tags
    .map((tag) => {
      const ofTag = operations.filter((operation) => operation.tag === tag.name);
      if (ofTag.length === 0) return '';
      return `<section aria-labelledby="tag-${tag.name}"><h2 id="tag-${tag.name}">${escapeHtml(tag.name)} — ${escapeHtml(tag.description)}</h2>${ofTag.map((operation) => operation.html).join('')}</section>`;
    })
    .join('');
  const toc = document.tags
    .map(
      (tag) =>
        `<li><a href="#tag-${tag.name}">${escapeHtml(tag.name)}</a><ul>${operations
          .filter((operation) => operation.tag === tag.name)
          .map((operation) => `<li><a href="#op-${escapeHtml(operation.id)}"><code>${escapeHtml(operation.title)}</code></a></li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  const schemas = Object.entries(document.components.schemas)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, schema]) => `<section id="${schemaAnchor(name)}" class="schema"><h3>${escapeHtml(name)}</h3>${typeof schema.description === 'string' ? `<p>${escapeHtml(schema.description)}</p>` : ''}${fieldsTable(schema, name)}</section>`)
    .join('');
  const problems = ProblemCode.options.map((code) => `<li id="problem-${code}"><code>${code}</code></li>`).join('');
  const body = `<header><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description)}</p>
<p>Base path <code>${escapeHtml(document.servers[0]?.url ?? '')}</code> · machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1)</p></header>
<nav aria-label="Operations"><h2>Operations</h2><ul>${toc}</ul></nav>
<main>${tagSections}
<section aria-labelledby="problems"><h2 id="problems">Problem codes</h2><p>Every error is <code>application/problem+json</code> (RFC 9457) with one of these stable <code>code</code>s and, for invalid fields, <code>errors: [{ path, code, message }]</code>.</p><ul>${problems}</ul></section>
<section aria-labelledby="schemas"><h2 id="schemas">Schemas</h2>${schemas}</section></main>`;
  return pageShell('API reference — VN Portal provincial API', body);
}
