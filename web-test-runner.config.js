// Browser tests run in Debian's Chromium; TypeScript is stripped by esbuild and workspace packages
// resolve to their sources through the "source" export condition, so no build is needed first.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ensureChromium } from './scripts/chromium.js';

const isBrowserTest = (file) => file.endsWith('.browser.test.ts');
// One group per package, so `npm run test:browser -- --group sdk` runs one package alone.
const groups = ['schema', 'sdk', 'elements']
  .filter((name) => existsSync(`packages/${name}/src`))
  .filter((name) => readdirSync(`packages/${name}/src`, { recursive: true }).some((f) => isBrowserTest(String(f))))
  .map((name) => ({ name, files: `packages/${name}/src/**/*.browser.test.ts` }));

/**
 * Runs the reference API server beside the test pages: started (migrated, seeded, on a free
 * loopback port) when the test server starts, stopped with it. Its address reaches the elements
 * the way a real page gives it, as `<meta name="vn-portal:api">` in every test page.
 */
function referenceApiServer() {
  let child;
  let url = '';
  return {
    name: 'vn-portal-reference-api',
    async serverStart({ config }) {
      const pageOrigin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
      child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/elements/test/reference-server.ts', pageOrigin], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((_resolve, reject) => child.once('exit', (code) => reject(new Error(`the reference API server exited (${code})`))));
      const firstLine = new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
      url = JSON.parse(await Promise.race([firstLine, exited])).url;
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    transform(context) {
      if (!url || !context.response.is('html')) return undefined;
      return { body: String(context.body).replace('<head>', `<head><meta name="vn-portal:api" content="${url}">`) };
    },
  };
}

/**
 * Serves the whole kit bundled into one module at `/__vn-portal-kit-copy.js`, as the CDN script
 * is: its own lit, its own everything. Imported with two different query strings, it is the page
 * that includes the kit's script twice.
 */
function kitCopyBundle() {
  let bundle;
  const buildBundle = async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['packages/elements/src/vn-portal.ts'],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['source', 'browser'],
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  return {
    name: 'vn-portal-kit-copy',
    serve(context) {
      if (context.path !== '/__vn-portal-kit-copy.js') return undefined;
      bundle ??= buildBundle();
      return bundle.then((body) => ({ body, type: 'js' }));
    },
  };
}

export default {
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), referenceApiServer(), kitCopyBundle()],
  groups,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChromium(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
