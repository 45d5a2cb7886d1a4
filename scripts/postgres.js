// Makes sure a local PostgreSQL answers for the server's test suite: starts the cluster when it is
// stopped, installs Debian's package when it is missing and we are root with apt. Loopback only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const localUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

function answers() {
  return spawnSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' }).status === 0;
}

function canInstall() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function install() {
  console.log('PostgreSQL not found: installing Debian package "postgresql"…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
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

async function waitUntilReady() {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (answers()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('PostgreSQL did not start within 10 s');
}

/** @returns {Promise<string>} the URL of a PostgreSQL server the tests may create databases on */
export async function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  if (spawnSync('sh', ['-c', 'command -v pg_ctlcluster'], { stdio: 'ignore' }).status !== 0) {
    if (!canInstall()) {
      throw new Error('PostgreSQL is missing: install it with `sudo apt-get install postgresql` (or set TEST_DATABASE_URL) and run the tests again.');
    }
    install();
  }
  if (!answers()) startCluster();
  await waitUntilReady();
  return localUrl;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensurePostgres().then(
    (ready) => console.log(ready),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
