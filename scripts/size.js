// Bundle-size gate: bundles each public entry the way a CDN or an app bundler would (rollup,
// node-resolve, terser), prints its gzip and brotli sizes, and fails when one is over its budget
// (budgets are gzip sizes; brotli is what browsers get from the kit's server, see docs/operations.md).
// Run through `npm run size`, which builds the packages first.
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;

/** Each entry is a small module that uses what a page would use, so tree-shaking is measured too. */
const entries = [
  {
    name: '@vn-portal/sdk: whole public client (zod/mini + every schema)',
    code: `export { createPortalClient } from '@vn-portal/sdk';`,
    budget: 18 * KB,
  },
  {
    name: '@vn-portal/sdk: one method alone (getPoll)',
    code: `import { createTransport } from '@vn-portal/sdk';
import { pollRoutes } from '@vn-portal/schema';
export const getPoll = (baseUrl, id) => createTransport({ baseUrl }).send('getPoll', pollRoutes.getPoll, { id });`,
    budget: 14 * KB,
  },
  {
    name: '@vn-portal/sdk/admin: admin client',
    code: `export { createAdminClient } from '@vn-portal/sdk/admin';`,
    budget: 20 * KB,
  },
  // The elements, with lit, the SDK and everything else they load up front; what they fetch on
  // first use (the sanitizer, the English strings and lookup, the proof of work, the Q&A form's
  // checks, the register's document view, comment form and search notices, the poll's problem
  // wording, the Q&A tracking and answers views) is counted
  // apart ("lazy"). The shared core (lit, the compact transport on ky, the checks, shared/) is about
  // 17 KB; the product's bar lets an element add at most 10 KB to it. Budgets are today's sizes
  // with a little room, so that growth is seen.
  {
    name: '@vn-portal/elements: <vn-leader-list>',
    code: `import '@vn-portal/elements/vn-leader-list.js';`,
    budget: 19.5 * KB,
  },
  {
    name: '@vn-portal/elements: <vn-visit-counter>',
    code: `import '@vn-portal/elements/vn-visit-counter.js';`,
    budget: 17.5 * KB,
  },
  {
    name: '@vn-portal/elements: <vn-source-credit>',
    code: `import '@vn-portal/elements/vn-source-credit.js';`,
    budget: 18.5 * KB,
  },
  {
    // Issue 4's bar for the first three elements on one page was 20 KB, before ky's 4 KB.
    name: '@vn-portal/elements: leader list, visit counter and source credit together',
    code: `import '@vn-portal/elements/vn-leader-list.js';
import '@vn-portal/elements/vn-visit-counter.js';
import '@vn-portal/elements/vn-source-credit.js';`,
    budget: 23 * KB,
  },
  {
    name: '@vn-portal/elements: <vn-poll>',
    code: `import '@vn-portal/elements/vn-poll.js';`,
    budget: 21 * KB,
  },
  {
    name: '@vn-portal/elements: <vn-qa-form>',
    code: `import '@vn-portal/elements/vn-qa-form.js';`,
    budget: 24.5 * KB,
  },
  {
    name: '@vn-portal/elements: <vn-legal-docs>',
    code: `import '@vn-portal/elements/vn-legal-docs.js';`,
    budget: 24 * KB,
  },
  {
    // What a page loads up front with the one CDN file: all six elements, with lit, the SDK and
    // their strings. The product's bar was 35 KB; 39 KB with ky as the SDK's HTTP layer; 39.5 KB
    // with 24 px targets whatever the host's font, wrapping of long addresses, the "not allowed
    // yet" message and the feed link (some 0.4 KB), back to 39 KB once the English lookup, the
    // search notices and the poll's problem wording were fetched on first use; 39.1 KB (10 bytes
    // used) once a linked web page's attachment shows no size and attachment names say their language.
    // 39.5 KB for the register's duties and the officers' answers, whose fields every response
    // check must know up front: a document's withdrawal and the dates each language last changed
    // (with the "English may be out of date" note), who answered and a progress notice's new
    // deadline, plus the vocabularies' Vietnamese labels coming from the schema (some 0.3 KB).
    name: '@vn-portal/elements: all six elements (vn-portal.js)',
    code: `import '@vn-portal/elements/vn-portal.js';`,
    budget: 39.5 * KB,
  },
  {
    name: '@vn-portal/elements: loader alone',
    code: `import '@vn-portal/elements/loader.js';`,
    budget: 1 * KB,
  },
  {
    name: 'reference: lit alone',
    code: `export { LitElement, html, css } from 'lit';`,
    from: 'packages/elements',
  },
  {
    name: 'reference: zod/mini object parsing alone',
    code: `import * as z from 'zod/mini';
export const probe = (body) => z.object({ a: z.string(), n: z.number() }).parse(body);`,
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
  // What a page loads up front: the entry and the chunks it imports statically. Chunks behind a
  // dynamic import() are loaded only when used, and reported apart.
  const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  const join = (names) => names.map((name) => chunks.get(name)?.code ?? '').join('');
  const code = join([...initial]);
  const lazy = join([...chunks.keys()].filter((name) => !initial.has(name)));
  return {
    raw: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
    lazy: lazy ? gzipSync(lazy, { level: 9 }).length : 0,
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
let over = 0;
for (const entry of entries) {
  const { raw, gzip, brotli, lazy } = await gzipSizeOf(entry);
  const status = entry.budget === undefined ? 'reference' : gzip <= entry.budget ? 'ok' : 'OVER BUDGET';
  if (status === 'OVER BUDGET') over += 1;
  rows.push([entry.name, kb(raw), kb(gzip), kb(brotli), lazy ? kb(lazy) : '—', entry.budget === undefined ? '—' : kb(entry.budget), status]);
}

const header = ['entry', 'minified', 'gzip', 'brotli', 'lazy (gzip)', 'budget', 'status'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
if (over > 0) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
