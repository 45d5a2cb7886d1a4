// Bundle-size gate: bundles each public entry the way a CDN or an app bundler would (rollup,
// node-resolve, terser), prints its gzip size, and fails when one is over its budget.
// Run through `npm run size`, which builds the packages first.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;

/** Each entry is a small module that uses what a page would use, so tree-shaking is measured too. */
const entries = [
  {
    name: '@vn-portal/sdk: whole public client (ky + zod/mini + every schema)',
    code: `export { createPortalClient } from '@vn-portal/sdk';`,
    budget: 16 * KB,
  },
  {
    name: '@vn-portal/sdk: one method alone (getPoll)',
    code: `import { createTransport } from '@vn-portal/sdk';
import { pollRoutes } from '@vn-portal/schema';
export const getPoll = (baseUrl, id) => createTransport({ baseUrl }).send('getPoll', pollRoutes.getPoll, { id });`,
    budget: 13.5 * KB,
  },
  {
    name: '@vn-portal/sdk/admin: admin client',
    code: `export { createAdminClient } from '@vn-portal/sdk/admin';`,
    budget: 20 * KB,
  },
  {
    name: 'reference: ky + zod/mini object parsing alone',
    code: `import ky from 'ky';
import * as z from 'zod/mini';
export const probe = (url) => ky(url).json().then((body) => z.object({ a: z.string(), n: z.number() }).parse(body));`,
    // Resolved from the schema package, whose zod is the one the kit ships.
    from: 'packages/schema',
  },
];

/** The entry module, given a path inside the folder its imports resolve from. */
const virtualEntry = (id, code) => ({
  name: 'virtual-entry',
  resolveId: (source) => (source === id ? id : null),
  load: (source) => (source === id ? code : null),
});

async function gzipSizeOf(entry) {
  const id = resolve(entry.from ?? '.', '__size_entry__.js');
  const bundle = await rollup({
    input: id,
    plugins: [
      virtualEntry(id, entry.code),
      nodeResolve({ browser: true }),
      terser({ format: { comments: false } }),
    ],
    // zod's sources carry comments rollup cannot place; they change nothing in the output.
    onwarn: (warning, warn) => (['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code) ? undefined : warn(warning)),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
let over = 0;
for (const entry of entries) {
  const { raw, gzip } = await gzipSizeOf(entry);
  const status = entry.budget === undefined ? 'reference' : gzip <= entry.budget ? 'ok' : 'OVER BUDGET';
  if (status === 'OVER BUDGET') over += 1;
  rows.push([entry.name, kb(raw), kb(gzip), entry.budget === undefined ? '—' : kb(entry.budget), status]);
}

const header = ['entry', 'minified', 'gzip', 'budget', 'status'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
if (over > 0) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
