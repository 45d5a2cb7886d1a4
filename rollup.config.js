// Browser bundles for use without a build step (a CDN or the agency's own server): one ES module
// per public entry, dependencies included, minified. Run after `tsc -b` (see `npm run build`).
import { rmSync } from 'node:fs';
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
 * The elements for a CDN, in `packages/elements/dist/cdn/`: `vn-portal.js` registers every element
 * in one file; `vn-leader-list.js`, … register one each, sharing chunks, and `loader.js` imports
 * only those a page uses. The sanitizer, the English strings and the elements' parts fetched on
 * first use (`import()`) are chunks of their own in both.
 */
const cdnBundle = (input, { clean = false } = {}) => ({
  input,
  output: { dir: `${elements}/cdn`, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  plugins: [
    // Hashed chunks of earlier builds would otherwise pile up in what gets published.
    clean && { name: 'clean-cdn-folder', buildStart: () => rmSync(`${elements}/cdn`, { recursive: true, force: true }) },
    nodeResolve({ browser: true }),
    terser({ format: { comments: false } }),
  ],
  onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
});

export default [
  browserBundle('packages/sdk/dist/index.js', 'packages/sdk/dist/browser/vn-portal-sdk.js'),
  browserBundle('packages/sdk/dist/admin.js', 'packages/sdk/dist/browser/vn-portal-sdk-admin.js'),
  // The editorial console, served by the reference server at /admin.
  browserBundle('packages/console/dist/main.js', 'packages/console/dist/browser/console.js'),
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
