// Browser bundles for use without a build step (a CDN or the agency's own server): one ES module
// per public entry, dependencies included, minified. Run after `tsc -b` (see `npm run build`).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const browserBundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
  // zod's sources carry comments rollup cannot place; they change nothing in the output.
  onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
});

export default [
  browserBundle('packages/sdk/dist/index.js', 'packages/sdk/dist/browser/vn-portal-sdk.js'),
  browserBundle('packages/sdk/dist/admin.js', 'packages/sdk/dist/browser/vn-portal-sdk-admin.js'),
];
