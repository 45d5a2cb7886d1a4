import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { demoPaths, renderDistrictPage, renderProvincePage } from './demo-pages.js';
import { demoLanguage } from './portal-page.js';

/**
 * The policy the demo pages are served with: the strict one an agency page can have once the kit is
 * on it. Scripts and styles only from files of the site (no inline script, no inline style, no
 * eval), the API on the same origin, no plugins, no `<base>`, forms posting only here, no framing
 * by other sites. The elements' shadow-root styles are constructed stylesheets, which this allows.
 */
export const demoContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

// Both paths hold from `src/demo/` and from `dist/demo/`: the CDN build is the elements package's,
// beside this one in the workspace, and the page's own files are not compiled, so stay in `src/`.
const cdnDirectory = fileURLToPath(new URL('../../../elements/dist/cdn/', import.meta.url));
const publicDirectory = fileURLToPath(new URL('../../src/demo/public/', import.meta.url));

const chunksFolder = `${sep}chunks${sep}`;

/**
 * How long a browser keeps a CDN file. A chunk's name carries its content's hash, so a changed chunk
 * is a new file: kept a year without asking again. The entry files (`vn-portal.js`, `loader.js`, …)
 * keep their names across releases, so a browser keeps them five minutes, then asks again with the
 * ETag and gets `304 Not Modified` while they are unchanged.
 */
export function cdnCacheControl(path: string): string {
  return path.includes(chunksFolder) ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
}

/**
 * Serves the demo site: the provincial portal's page at `/`, a district site at `/district`, the
 * elements' CDN build at `/cdn/` (as an agency would load it from a CDN, in the brotli or gzip form
 * the build wrote beside each file, as the browser accepts) and the pages' stylesheet, script and
 * emblem at `/demo/`.
 */
export async function registerDemoSite(app: FastifyInstance): Promise<void> {
  if (!existsSync(cdnDirectory)) app.log.warn('the elements are not built (run `npm run build`): the demo pages will show no widget');
  await app.register(fastifyStatic, {
    root: cdnDirectory,
    prefix: '/cdn/',
    suppressWarning: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', cdnCacheControl(path));
    },
  });
  await app.register(fastifyStatic, { root: publicDirectory, prefix: '/demo/', decorateReply: false });

  for (const [path, render] of [
    [demoPaths.province, renderProvincePage],
    [demoPaths.district, renderDistrictPage],
  ] as const) {
    const rendered = { vi: render('vi'), en: render('en') };
    app.get(path, (request, reply) =>
      reply.type('text/html; charset=utf-8').header('content-security-policy', demoContentSecurityPolicy).send(rendered[demoLanguage(request.query)]),
    );
  }
}
