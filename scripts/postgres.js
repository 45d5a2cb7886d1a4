// Makes sure a local PostgreSQL answers for the server's test suite: starts the cluster when it is
// stopped, installs Debian's package when it is missing and we are root with apt. Loopback only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensureLocalService, has, printWhenRun } from './local-service.js';

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
export const ensurePostgres = () =>
  ensureLocalService({
    name: 'PostgreSQL',
    envVar: 'TEST_DATABASE_URL',
    aptPackage: 'postgresql',
    installed: () => has('pg_ctlcluster'),
    answers,
    start: startCluster,
    startStepMs: 200,
    localUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  });

printWhenRun(import.meta.url, ensurePostgres);
