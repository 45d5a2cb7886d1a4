// Writes what is generated from the contract: the OpenAPI document next to the package (where
// `@vn-portal/schema/openapi.json` points) and the browsers' compact response checks.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCompactRoutesModule } from './compact/generate.js';
import { buildOpenApiDocument } from './openapi.js';

const document = buildOpenApiDocument();
const targets: [URL, string][] = [
  [new URL('../openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`],
  [new URL('./compact/routes.ts', import.meta.url), buildCompactRoutesModule(document)],
];
for (const [url, content] of targets) {
  // Written into src/ from dist/ too: the generated module is a source file.
  const target = fileURLToPath(url).replace(/\/dist\/compact\/routes\.ts$/, '/src/compact/routes.ts');
  writeFileSync(target, content);
  console.log(`wrote ${target}`);
}
