// Browser tests run in Debian's Chromium; TypeScript is stripped by esbuild and workspace packages
// resolve to their sources through the "source" export condition, so no build is needed first.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { chromiumFlags, ensureChromium } from './scripts/chromium.js';

const isBrowserTest = (file) => file.endsWith('.browser.test.ts');
// One group per package, so `npm run test:browser -- --group sdk` runs one package alone.
const groups = ['schema', 'sdk', 'elements']
  .filter((name) => existsSync(`packages/${name}/src`))
  .filter((name) => readdirSync(`packages/${name}/src`, { recursive: true }).some((f) => isBrowserTest(String(f))))
  .map((name) => ({ name, files: `packages/${name}/src/**/*.browser.test.ts` }));
// The elements inside a React, a Vue and a jQuery page: `npx web-test-runner --config web-test-runner.config.js --group interop`.
groups.push({ name: 'interop', files: 'packages/elements/test/interop/**/*.browser.test.ts' });
// `--files some.browser.test.ts` runs those files alone, not every group beside them.
const filesGiven = process.argv.includes('--files');

/**
 * Runs the reference API server beside the test pages: started (migrated, seeded, on a free
 * loopback port) when the test server starts, stopped with it. Its address reaches the elements
 * the way a real page gives it, as `<meta name="vn-portal:api">` in every test page. A second
 * portal, which has not allowed the test pages' origin, is named by `<meta name="vn-portal:test-api-not-allowing-page">`.
 */
function referenceApiServer() {
  let child;
  let url = '';
  let notAllowingUrl = '';
  return {
    name: 'vn-portal-reference-api',
    async serverStart({ config }) {
      const pageOrigin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
      child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/elements/test/reference-server.ts', pageOrigin], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((_resolve, reject) => child.once('exit', (code) => reject(new Error(`the reference API server exited (${code})`))));
      const firstLine = new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
      ({ url, notAllowingUrl } = JSON.parse(await Promise.race([firstLine, exited])));
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    transform(context) {
      if (!url || !context.response.is('html')) return undefined;
      const metas = `<meta name="vn-portal:api" content="${url}"><meta name="vn-portal:test-api-not-allowing-page" content="${notAllowingUrl}">`;
      return { body: String(context.body).replace('<head>', `<head>${metas}`) };
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
  return {
    name: 'vn-portal-kit-copy',
    serve(context) {
      if (context.path !== '/__vn-portal-kit-copy.js') return undefined;
      bundle ??= bundleModule('packages/elements/src/vn-portal.ts');
      return bundle.then((body) => ({ body, type: 'js' }));
    },
  };
}

/** One ES module with all its dependencies, as an app's bundler or the CDN build makes it. */
async function bundleModule(entryPoint, options = {}) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'browser'],
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles[0].text;
}

/**
 * Serves the framework apps of the interop tests (`packages/elements/test/interop/*-app.ts`) at
 * `/__interop/<name>-app.js`, each bundled with its framework and the kit the way the app's own
 * build would (React ships CommonJS, and Vue compiles its templates in the browser here).
 */
function interopAppBundles() {
  const bundles = new Map();
  return {
    name: 'vn-portal-interop-apps',
    serve(context) {
      const name = /^\/__interop\/([a-z]+-app)\.js$/.exec(context.path)?.[1];
      if (name === undefined) return undefined;
      if (!bundles.has(name)) {
        bundles.set(
          name,
          bundleModule(`packages/elements/test/interop/${name}.ts`, {
            alias: { vue: 'vue/dist/vue.esm-bundler.js' },
            define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
          }),
        );
      }
      return bundles.get(name).then((body) => ({ body, type: 'js' }));
    },
  };
}

/**
 * `emulate-forced-colors`: the forced-colours mode (Windows High Contrast) that
 * `emulateMedia()` of @web/test-runner-commands does not pass on to Chromium.
 */
function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'vn-portal-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Puppeteer's own list of media features lacks it; the DevTools protocol has it. The
      // emulation lasts as long as the protocol session, so one is kept per page.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * `save-screenshot`: the whole test page as a PNG in `artifacts/screenshots/` (not committed), for
 * a person to look at what a test saw: `executeServerCommand('save-screenshot', { name })`.
 */
function screenshotCommand() {
  return {
    name: 'vn-portal-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      const name = String(payload?.name ?? '').replace(/[^a-z0-9-]/gi, '');
      if (!name) throw new Error('save-screenshot needs a name');
      const { mkdirSync } = await import('node:fs');
      mkdirSync('artifacts/screenshots', { recursive: true });
      const page = session.browser.getPage(session.id);
      // A page in a background tab gets no frame to capture: test files run side by side.
      await page.bringToFront();
      await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
      return true;
    },
  };
}

export default {
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), referenceApiServer(), kitCopyBundle(), interopAppBundles(), forcedColorsCommand(), screenshotCommand()],
  groups: filesGiven ? [] : groups,
  concurrency: 2,
  // A test that types a whole form and runs axe in two languages takes 3 s on a quiet machine and
  // has been seen past 10 s on a shared one; a hung test still fails, after 20 s.
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChromium(),
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
};
