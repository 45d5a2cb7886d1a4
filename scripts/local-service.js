// What the test rig's local services (PostgreSQL, Redis) share: a Debian install when we are root
// with apt, a wait until the service answers, and running as a script that prints its URL.
import { execFileSync, spawnSync } from 'node:child_process';

export const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

export const canInstall = () => process.getuid?.() === 0 && has('apt-get');

/** Installs a Debian package, saying so. */
export function aptInstall(name, what) {
  console.log(`${what} not found: installing Debian package "${name}"…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'inherit', env });
}

/** Polls `answers` every `stepMs` until it says yes, for `attempts` tries at most. */
export async function waitUntil(answers, attempts, stepMs, failure) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (answers()) return;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  throw new Error(failure);
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
