#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { ApiKeyRole, registerImportMaxBytes, safeParse, Username } from '@vn-portal/schema';
import { createUser } from './accounts/user-accounts.js';
import { createApiKey } from './admin/api-keys.js';
import { buildApp } from './app.js';
import { restoreBackup } from './backups/backup-store.js';
import { takeBackup } from './backups/schedule.js';
import { loadConfig, type ServerConfig } from './config.js';
import { createDatabase, migrateToLatest, type Database } from './db/database.js';
import { formatImportReport } from './legal-documents/import/cli-report.js';
import { importRegister } from './legal-documents/import/register-import.js';
import { formatOf } from './legal-documents/import/sniff.js';
import { loadMasterKey } from './security/master-key.js';
import { Secrets } from './security/secrets.js';
import { isEmpty, seedDemoData } from './seed/seed.js';

const usage = `Usage: vn-portal-server <command>

  start                 migrate, seed an empty database with the demo province, and serve
  migrate               apply pending database migrations
  seed                  fill an empty database with the demo province
  create-key --role <editor|moderator|admin> --name <name> [--agency <code>]...
                        create an API key and print its secret (shown this once only)
  create-user --username <name> --name <full name> --role <editor|moderator|admin> [--agency <code>]... [--password-stdin]
                        create a person's account for the console; the password is read from
                        standard input, or generated and printed once without --password-stdin
  backup                take a backup into <DATA_DIR>/backups (and BACKUP_COPY_DIR)
  restore <file>        restore a backup, checked against its manifest (stop the server first)
  import-documents <file> [--dry-run]
                        import a register of legal documents from a CSV or XLSX file (see the
                        template in the operations guide): every problem by line and column;
                        without --dry-run, every valid row is written in one transaction.
                        Exits with 1 when the file had problems

Configuration comes from the environment: PORT (8080), HOST (::), DATA_DIR (./data),
DATABASE_URL (PostgreSQL; SQLite under DATA_DIR without it), REDIS_URL (rate limits and presence
shared by the processes of a cluster), REDIS_KEY_PREFIX (vn-portal:), ENCRYPTION_KEY, TRUSTED_PROXIES,
LOG_LEVEL, BACKUP_INTERVAL_HOURS (168), BACKUP_RETENTION (8), BACKUP_COPY_DIR (a second place for
backups), PROOF_OF_WORK_BITS (15; 0 turns the bot check's proof of work off),
PERSONAL_DATA_RETENTION_DAYS (365), SHUTDOWN_GRACE_SECONDS (10), RATE_LIMITS (off to disable them).`;

const secretsOf = (config: ServerConfig) => new Secrets(loadMasterKey(config.encryptionKey, config.dataDir));

/** Opens and migrates the database, runs `work`, and closes it; `work` learns which migrations ran. */
async function withDatabase<T>(config: ServerConfig, work: (database: Database, applied: string[]) => Promise<T>): Promise<T> {
  const database = createDatabase(config);
  try {
    return await work(database, await migrateToLatest(database.db));
  } finally {
    await database.destroy();
  }
}

async function seedIfEmpty(config: ServerConfig, database: Database): Promise<boolean> {
  if (!(await isEmpty(database.db))) return false;
  await seedDemoData({ db: database.db, secrets: secretsOf(config), now: new Date(), utcOffsetMinutes: config.utcOffsetMinutes });
  return true;
}

async function start(config: ServerConfig): Promise<void> {
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  const seeded = await seedIfEmpty(config, database);
  const app = await buildApp({ config, database, logger: true });
  if (seeded) app.log.info('empty database: seeded the demo province');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests and writing buffered counts');
    // A client that stops sending its body or reading its answer would otherwise hold the stop, and a deploy, for as long as it likes.
    setTimeout(() => {
      app.log.warn({ graceSeconds: config.shutdownGraceSeconds }, 'shutting down: closing the connections still open after the grace period');
      app.server.closeAllConnections();
    }, config.shutdownGraceSeconds * 1000).unref();
    app
      .close()
      .then(() => database.destroy())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // `::` needs IPv6; a host without it still serves on IPv4.
    const code = (error as NodeJS.ErrnoException).code;
    if (config.host !== '::' || (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL')) throw error;
    await app.listen({ port: config.port, host: '0.0.0.0' });
  }
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string', multiple: true },
      username: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const config = loadConfig();
  switch (command) {
    case 'start':
      return start(config);
    case 'migrate': {
      const applied = await withDatabase(config, (_database, migrated) => Promise.resolve(migrated));
      console.log(applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`);
      return;
    }
    case 'seed': {
      const seeded = await withDatabase(config, (database) => seedIfEmpty(config, database));
      console.log(seeded ? 'Seeded the demo province.' : 'The database is not empty: nothing seeded.');
      return;
    }
    case 'create-key': {
      const role = safeParse(ApiKeyRole, values.role);
      if (!role.success || values.name === undefined || values.name.trim() === '') throw new Error('create-key needs --role editor|moderator|admin and --name');
      const agencies = values.agency ?? [];
      if (role.data !== 'admin' && agencies.length === 0) throw new Error('Editor and moderator keys need at least one --agency');
      const key = await withDatabase(config, (database) => createApiKey(database.db, secretsOf(config), { name: values.name?.trim() ?? '', role: role.data, agencies }, new Date()));
      console.log(`Created ${key.role} key ${key.id} (${key.name}). Its secret, shown only now:\n${key.secret}`);
      return;
    }
    case 'create-user': {
      const role = safeParse(ApiKeyRole, values.role);
      const username = safeParse(Username, values.username);
      const name = values.name?.trim() ?? '';
      if (!role.success || !username.success || name === '') {
        throw new Error('create-user needs --username (lower-case letters, digits, . _ -), --name and --role editor|moderator|admin');
      }
      const typed = values['password-stdin'] === true ? (await text(process.stdin)).replace(/\r?\n$/, '') : undefined;
      const password = typed ?? randomBytes(18).toString('base64url');
      const user = await withDatabase(config, (database) =>
        createUser(database.db, { username: username.data, name: name.normalize('NFC'), role: role.data, agencies: values.agency ?? [], password }, new Date()),
      );
      console.log(`Created ${user.role} account ${user.username} (${user.name}).`);
      if (typed === undefined) console.log(`Its password, shown only now:\n${password}`);
      return;
    }
    case 'backup': {
      const backup = await withDatabase(config, (database) => takeBackup(database, config, new Date()));
      const copied = config.backupCopyDir === undefined ? '' : `, copied to ${config.backupCopyDir}`;
      console.log(`Backup ${backup.id} (${backup.size} bytes, SHA-256 ${backup.sha256 ?? '?'}) in ${config.dataDir}/backups${copied}`);
      return;
    }
    case 'restore': {
      const [file] = rest;
      if (file === undefined) throw new Error('restore needs the backup file');
      await restoreBackup(config, file);
      await withDatabase(config, () => Promise.resolve());
      console.log(`Restored ${file}.`);
      return;
    }
    case 'import-documents': {
      const [file] = rest;
      if (file === undefined) throw new Error('import-documents needs the file');
      if ((await stat(file)).size > registerImportMaxBytes) throw new Error(`The file is larger than ${registerImportMaxBytes} bytes`);
      const bytes = await readFile(file);
      const dryRun = values['dry-run'] === true;
      const report = await withDatabase(config, (database) => importRegister(database.db, bytes, { format: formatOf(bytes), dryRun, now: new Date(), covers: () => true }));
      console.log(formatImportReport(report));
      if (report.problems.length > 0) process.exitCode = 1;
      return;
    }
    default:
      console.log(usage);
      if (values.help !== true && command !== undefined) process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
