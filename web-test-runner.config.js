// Browser tests run in Debian's Chromium; TypeScript is stripped by esbuild and workspace packages
// resolve to their sources through the "source" export condition, so no build is needed first.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { ensureChromium } from './scripts/chromium.js';

const isBrowserTest = (file) => file.endsWith('.browser.test.ts');
// One group per package, so `npm run test:browser -- --group sdk` runs one package alone.
const groups = ['schema', 'sdk', 'elements']
  .filter((name) => existsSync(`packages/${name}/src`))
  .filter((name) => readdirSync(`packages/${name}/src`, { recursive: true }).some((f) => isBrowserTest(String(f))))
  .map((name) => ({ name, files: `packages/${name}/src/**/*.browser.test.ts` }));

export default {
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
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
