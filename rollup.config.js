// Browser bundles for use without a build step (a CDN or the agency's own server): one ES module
// per public entry, dependencies included, minified. Run after `tsc -b` (see `npm run build`).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const browserBundle = (input, file) => ({
  input,
  // One file: the proof-of-work solver, a chunk of its own in the elements' build, is inlined.
  output: { file, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
  // zod's sources carry comments rollup cannot place; they change nothing in the output.
  onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
});

const elements = 'packages/elements/dist';

/**
 * Writes `file.br` and `file.gz` beside each file of the build, at the highest levels: compressed
 * once here, the server sends them as they are (`preCompressed`) instead of on every request.
 */
const precompress = () => ({
  name: 'precompress',
  writeBundle: ({ dir }, bundle) => {
    for (const fileName of Object.keys(bundle)) {
      const path = join(dir, fileName);
      const content = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    }
  },
});

/**
 * The elements for a CDN, in `packages/elements/dist/cdn/`: `vn-portal.js` registers every element
 * in one file; `vn-leader-list.js`, … register one each, sharing chunks, and `loader.js` imports
 * only those a page uses. The sanitizer, the English strings and the elements' parts fetched on
 * first use (`import()`) are chunks of their own in both. Chunks carry their content's hash in
 * their name, so they can be cached for good; each file has its brotli and gzip forms beside it.
 */
const cdnBundle = (input, { clean = false } = {}) => ({
  input,
  output: { dir: `${elements}/cdn`, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  plugins: [
    // Hashed chunks of earlier builds would otherwise pile up in what gets published.
    clean && { name: 'clean-cdn-folder', buildStart: () => rmSync(`${elements}/cdn`, { recursive: true, force: true }) },
    nodeResolve({ browser: true }),
    terser({ format: { comments: false } }),
    precompress(),
  ],
  onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
});

export default [
  browserBundle('packages/sdk/dist/index.js', 'packages/sdk/dist/browser/vn-portal-sdk.js'),
  browserBundle('packages/sdk/dist/admin.js', 'packages/sdk/dist/browser/vn-portal-sdk-admin.js'),
  cdnBundle({ 'vn-portal': `${elements}/vn-portal.js` }, { clean: true }),
  cdnBundle({
    'vn-leader-list': `${elements}/leader-list/vn-leader-list.js`,
    'vn-visit-counter': `${elements}/visit-counter/vn-visit-counter.js`,
    'vn-source-credit': `${elements}/source-credit/vn-source-credit.js`,
    'vn-poll': `${elements}/poll/vn-poll.js`,
    'vn-legal-docs': `${elements}/legal-docs/vn-legal-docs.js`,
    'vn-qa-form': `${elements}/qa-form/vn-qa-form.js`,
    loader: `${elements}/loader.js`,
  }),
];
