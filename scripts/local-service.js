// What the test rig's local services (PostgreSQL, Redis) share: a Debian install when we are root
// with apt, a start when the service is stopped, a wait until it answers, and running as a script
// that prints its URL.
import { execFileSync, spawnSync } from 'node:child_process';

export const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const canInstall = () => process.getuid?.() === 0 && has('apt-get');

/** Installs a Debian package, saying so. */
function aptInstall(name, what) {
  console.log(`${what} not found: installing Debian package "${name}"…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env });
}

/** Polls `answers` every `stepMs` until it says yes, for `attempts` tries at most. */
async function waitUntil(answers, attempts, stepMs, failure) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (answers()) return;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  throw new Error(failure);
}

/**
 * @typedef {object} LocalService
 * @property {string} name - how messages name it, e.g. "PostgreSQL"
 * @property {string} envVar - the variable whose URL is used as it is when set
 * @property {string} aptPackage - the Debian package that installs it
 * @property {() => boolean} installed - whether its commands are on the PATH
 * @property {() => boolean} answers - whether it answers on loopback now
 * @property {() => void} start - starts it when it is installed but stopped
 * @property {number} startStepMs - how often to ask whether it answers, 50 times at most
 * @property {string} localUrl - its URL on loopback
 */

/** @param {LocalService} service @returns {Promise<string>} the URL of the service the tests may use */
export async function ensureLocalService(service) {
  const configured = process.env[service.envVar];
  if (configured) return configured;
  if (!service.installed()) {
    if (!canInstall()) {
      throw new Error(`${service.name} is missing: install it with \`sudo apt-get install ${service.aptPackage}\` (or set ${service.envVar}) and run the tests again.`);
    }
    aptInstall(service.aptPackage, service.name);
  }
  if (!service.answers()) service.start();
  const attempts = 50;
  await waitUntil(service.answers, attempts, service.startStepMs, `${service.name} did not start within ${(attempts * service.startStepMs) / 1000} s`);
  return service.localUrl;
}

/** Run as a script (`node scripts/x.js`): print the URL `ensure` resolves, or the error and exit 1. */
export function printWhenRun(moduleUrl, ensure) {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  ensure().then(
    (ready) => console.log(ready),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
