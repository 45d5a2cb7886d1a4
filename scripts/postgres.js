// Makes sure a local PostgreSQL answers for the server's test suite: starts the cluster when it is
// stopped, installs Debian's package when it is missing and we are root with apt. Loopback only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { aptInstall, canInstall, has, printWhenRun, waitUntil } from './local-service.js';

const localUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

function answers() {
  return spawnSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' }).status === 0;
}

/** Local connections by the postgres user need no password in the tests' cluster. */
function trustLocalConnections(version) {
  const file = `/etc/postgresql/${version}/main/pg_hba.conf`;
  const script = `grep -q '^host all all 127.0.0.1/32 trust' ${file} || sed -i '1i host all all 127.0.0.1/32 trust\\nhost all all ::1/128 trust' ${file}`;
  execFileSync('sh', ['-c', script], { stdio: 'inherit' });
}

function startCluster() {
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  const version = versions.sort().at(-1);
  if (version === undefined) throw new Error('no PostgreSQL cluster is configured under /etc/postgresql');
  if (process.getuid?.() === 0) trustLocalConnections(version);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
}

/** @returns {Promise<string>} the URL of a PostgreSQL server the tests may create databases on */
export async function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  if (!has('pg_ctlcluster')) {
    if (!canInstall()) {
      throw new Error('PostgreSQL is missing: install it with `sudo apt-get install postgresql` (or set TEST_DATABASE_URL) and run the tests again.');
    }
    aptInstall('postgresql', 'PostgreSQL');
  }
  if (!answers()) startCluster();
  await waitUntil(answers, 50, 200, 'PostgreSQL did not start within 10 s');
  return localUrl;
}

printWhenRun(import.meta.url, ensurePostgres);
