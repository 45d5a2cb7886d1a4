import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language } from '@vn-portal/schema';
import type { FastifyInstance } from 'fastify';
import { demoLanguage } from '../demo/portal-page.js';

/**
 * The console's policy, stricter than the demo pages': its own script only (no inline script or
 * style, no eval), the API on its own origin, no forms posting anywhere (the console sends through
 * the SDK), and no framing at all, so no other page can overlay it to steal clicks.
 */
export const consoleContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The console's build, beside this package in the workspace, from `src/console/` and `dist/console/` alike.
const bundlePath = fileURLToPath(new URL('../../../console/dist/browser/console.js', import.meta.url));

const titles = { vi: 'Quản trị Cổng thông tin', en: 'Portal console' } as const;

const page = (language: Language) => `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${titles[language]}</title>
<script type="module" src="/admin/console.js"></script>
</head>
<body><div id="console"></div></body>
</html>
`;

/** Serves the editorial console at `/admin` (`?lang=en` for English) and its script. */
export function registerConsole(app: FastifyInstance): void {
  const built = existsSync(bundlePath);
  if (!built) app.log.warn('the console is not built (run `npm run build`): /admin shows an empty page');
  const bundle = built ? readFileSync(bundlePath, 'utf8') : '';
  const pages = { vi: page('vi'), en: page('en') };
  const headers = { 'content-security-policy': consoleContentSecurityPolicy, 'cache-control': 'no-store', 'x-frame-options': 'DENY' };
  app.get('/admin', (request, reply) => reply.type('text/html; charset=utf-8').headers(headers).send(pages[demoLanguage(request.query)]));
  app.get('/admin/console.js', (_request, reply) => reply.type('text/javascript; charset=utf-8').headers(headers).send(bundle));
}
