import { publicRoutes, type Route } from '../contract.js';
import { legalDocumentRoutes, pollRoutes, portalRoutes, qaRoutes, visitRoutes } from '../contract.js';
import { formatPatterns } from '../wire.js';
import type { buildOpenApiDocument } from '../openapi.js';

type JsonSchema = Record<string, unknown>;
type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** The route groups a page imports, by the names they have in the contract. */
const groups: Record<string, Record<string, Route>> = { portalRoutes, legalDocumentRoutes, qaRoutes, pollRoutes, visitRoutes };

const formats = new Set(Object.keys(formatPatterns));
const componentOf = (ref: string) => ref.replace('#/components/schemas/', '');
const identifier = (name: string) => name.replace(/[^A-Za-z0-9_$]/g, '_');
const formatCheck = (format: string) => `${format.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Format`;
const literal = (value: unknown) => (typeof value === 'string' ? `'${value.replace(/[\\']/g, '\\$&')}'` : JSON.stringify(value));
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name));
const pure = (call: string) => `/* @__PURE__ */ ${call}`;
/** What `checks.ts` exports that generated code may call. */
const checkNames = ['any', 'arrayOf', 'bool', 'either', 'formatted', 'int', 'num', 'object', 'oneOf', 'str'];

function unsupported(schema: JsonSchema): never {
  throw new Error(`compact checks cannot express ${JSON.stringify(schema).slice(0, 200)}`);
}

/** The expression checking one JSON Schema, and the components it refers to. */
function expression(schema: JsonSchema, uses: Set<string>): string {
  if (typeof schema.$ref === 'string') {
    const name = componentOf(schema.$ref);
    uses.add(name);
    return identifier(name);
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives) return pure(`either(${alternatives.map((alternative) => expression(alternative, uses)).join(', ')})`);
  if ('const' in schema) return pure(`oneOf(${literal(schema.const)})`);
  if (Array.isArray(schema.enum)) return pure(`oneOf(${schema.enum.map(literal).join(', ')})`);
  switch (schema.type) {
    case 'string':
      return typeof schema.format === 'string' && formats.has(schema.format) ? formatCheck(schema.format) : 'str';
    case 'integer':
      return 'int';
    case 'number':
      return 'num';
    case 'boolean':
      return 'bool';
    case 'null':
      return pure('oneOf(null)');
    case 'array':
      return pure(`arrayOf(${expression(schema.items as JsonSchema, uses)})`);
    case 'object': {
      if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) unsupported(schema);
      const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
      const required = new Set((schema.required ?? []) as string[]);
      const members = (wanted: boolean) =>
        `{ ${properties
          .filter(([name]) => required.has(name) === wanted)
          .map(([name, property]) => `${key(name)}: ${expression(property, uses)}`)
          .join(', ')} }`;
      const optional = properties.some(([name]) => !required.has(name));
      return pure(`object(${members(true)}${optional ? `, ${members(false)}` : ''})`).replace('{  }', '{}');
    }
    case undefined:
      return Object.keys(schema).every((key) => key === 'description') ? 'any' : unsupported(schema);
    default:
      return unsupported(schema);
  }
}

function responseSchema(document: OpenApiDocument, route: Route): JsonSchema | undefined {
  const operation = (document.paths[route.path] as Record<string, { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>)[
    route.method.toLowerCase()
  ];
  return operation?.responses[route.status]?.content?.['application/json']?.schema;
}

/**
 * The source of `compact/routes.ts`: every public route of the contract with its response check,
 * derived from the OpenAPI document (itself derived from the zod schemas), so the two cannot drift.
 */
export function buildCompactRoutesModule(document: OpenApiDocument): string {
  const components = document.components.schemas as Record<string, JsonSchema>;
  const declared = new Map<string, string>();
  const order: string[] = [];
  // Components are declared before their first use; the contract has no recursive schemas.
  const declare = (name: string, visiting: Set<string>) => {
    if (declared.has(name)) return;
    if (visiting.has(name)) throw new Error(`recursive schema ${name}`);
    const schema = components[name];
    if (!schema) throw new Error(`unknown component ${name}`);
    visiting.add(name);
    const uses = new Set<string>();
    const code = expression(schema, uses);
    for (const used of uses) declare(used, visiting);
    visiting.delete(name);
    declared.set(name, code);
    order.push(name);
  };

  const routeLines: string[] = [];
  for (const [operationId, route] of Object.entries(publicRoutes as Record<string, Route>)) {
    const { response, ...rest } = route;
    const fields = Object.entries(rest).map(([name, value]) => `${name}: ${literal(value)}`);
    let check = 'null';
    if ((route.mediaType ?? 'application/json') !== 'application/json') {
      check = 'str';
    } else if (response !== null) {
      const schema = responseSchema(document, route);
      if (!schema) throw new Error(`no response schema for ${operationId}`);
      const uses = new Set<string>();
      check = expression(schema, uses);
      for (const used of uses) declare(used, new Set());
      check = `${check} as Check<ResponseOf<'${operationId}'>>`;
    }
    routeLines.push(`export const ${operationId} = { ${[...fields, `response: ${check}`].join(', ')} } as const;`);
  }

  const groupLines = Object.entries(groups).map(([name, routes]) => `export const ${name} = { ${Object.keys(routes).join(', ')} };`);
  const usedFormats = [...formats].filter((format) => [...declared.values(), ...routeLines].some((code) => code.includes(formatCheck(format))));
  const body = [
    ...usedFormats.map((format) => `const ${formatCheck(format)} = ${pure(`formatted(formatPatterns[${literal(format)}], ${literal(format)})`)};`),
    ...order.map((name) => `const ${identifier(name)} = ${declared.get(name) ?? ''};`),
    '',
    ...routeLines,
    '',
    ...groupLines,
  ].join('\n');
  const checks = checkNames.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
  return [
    '// Generated by `npm run openapi` from the contract (src/endpoints/, through the OpenAPI document): do not edit.',
    '// Every public route with a compact check of its response, for browsers (see checks.ts).',
    "import type { ResponseOf } from '../contract.js';",
    ...(usedFormats.length > 0 ? ["import { formatPatterns } from '../wire.js';"] : []),
    `import { ${[...checks, 'type Check'].join(', ')} } from './checks.js';`,
    '',
    body,
    '',
  ].join('\n');
}
