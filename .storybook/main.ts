import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';
import { defaultClientConditions, mergeConfig, type Plugin } from 'vite';

/**
 * Serves Mock Service Worker's script beside `iframe.html` (in `storybook dev`) and writes it there
 * (in `storybook build`), so the stories' API mocks work wherever the built Storybook is hosted,
 * without a copy of the script in the repository going stale against the installed msw.
 */
function mockServiceWorkerScript(): Plugin {
  const fileName = 'mockServiceWorker.js';
  const source = () => readFileSync(fileURLToPath(import.meta.resolve(`msw/${fileName}`)), 'utf8');
  return {
    name: 'vn-portal:mock-service-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!new URL(request.url ?? '/', 'http://localhost').pathname.endsWith(`/${fileName}`)) {
          next();
          return;
        }
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: source() });
    },
  };
}

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) =>
    mergeConfig(config, {
      // The workspace packages from their sources, as the browser tests use them: no build first.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      plugins: [mockServiceWorkerScript()],
      // Storybook's renderer imports this lit module itself; pre-bundled with lit, the page gets one lit-html, not two.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
});
