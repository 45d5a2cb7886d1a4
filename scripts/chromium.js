// Finds the Chromium the browser tests run on, installing Debian's package when we are root with apt.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (path) => typeof path === 'string' && path.length > 0,
);

function findChromium() {
  return candidates.find((path) => existsSync(path));
}

function canInstall() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * How every test launches it: headless as root in a container, and without the background
 * connections (updates, sync) that this closed network refuses, many at a time.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string} the executable path of a usable Chromium */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canInstall()) {
    throw new Error('Chromium is missing: install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH) and run the tests again.');
  }
  console.log('Chromium not found: installing Debian package "chromium"…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed "chromium" but no executable was found at /usr/bin/chromium.');
  return installed;
}
