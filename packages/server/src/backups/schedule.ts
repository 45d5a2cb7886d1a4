import type { Backup } from '@vn-portal/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { readSetting, writeSetting } from '../db/settings.js';
import type { Tables } from '../db/tables.js';
import { createBackup, pruneBackups } from './backup-store.js';

const hourMs = 3_600_000;
/** A process that claimed the due backup and died frees the claim after this long; a failed backup is tried again after it. */
const claimLifetimeMs = hourMs;
/** The longest delay a Node timer takes (about 24.8 days); a longer wait is taken in steps. */
const longestTimerMs = 2 ** 31 - 1;

/** The last successful backup, kept in the database: it outlives restarts and is one for every process. */
interface LastBackup {
  id: string;
  at: string;
}

/** What `GET /readyz` says of the backups. */
export interface BackupStatus {
  /** When the last successful backup was taken; null if none ever was. */
  lastTakenAt: string | null;
  intervalHours: number;
  /** The last backup is older than the schedule (or missing): someone should look. */
  overdue: boolean;
}

/** Takes a backup and records it as the last one; the CLI, the admin API and the schedule all do it through here. */
export async function takeBackup(database: Database, config: Pick<ServerConfig, 'dataDir' | 'backupCopyDir'>, at: Date): Promise<Backup> {
  const backup = await createBackup(database, config, at);
  await writeSetting(database.db, 'last-backup', { id: backup.id, at: at.toISOString() } satisfies LastBackup, at);
  return backup;
}

export async function backupStatus(db: Kysely<Tables>, intervalHours: number, now: Date): Promise<BackupStatus> {
  const last = await readSetting<LastBackup>(db, 'last-backup');
  const overdue = intervalHours > 0 && (last === undefined || now.getTime() - Date.parse(last.at) > intervalHours * hourMs);
  return { lastTakenAt: last?.at ?? null, intervalHours, overdue };
}

/**
 * Claims the due backup for this process: of several processes finding it due, one takes it. The
 * claim is a settings row that only a claim older than its lifetime may replace.
 */
async function claimBackup(db: Kysely<Tables>, at: Date): Promise<boolean> {
  const stamp = at.toISOString();
  const claimed = await db
    .insertInto('settings')
    .values({ key: 'backup-claim', value: JSON.stringify(stamp), updated_at: stamp })
    .onConflict((conflict) =>
      conflict
        .column('key')
        .doUpdateSet({ value: JSON.stringify(stamp), updated_at: stamp })
        .where('settings.updated_at', '<', new Date(at.getTime() - claimLifetimeMs).toISOString()),
    )
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}

/**
 * Backups every `BACKUP_INTERVAL_HOURS` counted from the last successful one, wherever and
 * whenever it was taken: a server restarted more often than the interval still takes them, and
 * one that starts with a backup overdue takes it at once.
 */
export class BackupSchedule {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #closed = false;
  readonly #intervalMs: number;

  constructor(
    private readonly database: Database,
    private readonly config: ServerConfig,
    private readonly now: () => Date,
    private readonly log: FastifyBaseLogger,
  ) {
    this.#intervalMs = config.backupIntervalHours * hourMs;
  }

  /** Reads when the last backup was taken and starts a due one (without waiting for it) or waits for the next. */
  async start(): Promise<void> {
    if (this.#intervalMs === 0) return;
    await this.#check();
  }

  async #check(): Promise<void> {
    const status = await backupStatus(this.database.db, this.config.backupIntervalHours, this.now());
    if (!status.overdue) {
      this.#wait(Date.parse(status.lastTakenAt ?? '') + this.#intervalMs - this.now().getTime());
      return;
    }
    this.log.warn({ lastTakenAt: status.lastTakenAt }, 'a scheduled backup is due: taking it now');
    this.#running = this.#take().finally(() => {
      this.#running = undefined;
    });
  }

  async #take(): Promise<void> {
    const at = this.now();
    try {
      if (!(await claimBackup(this.database.db, at))) {
        this.#wait(claimLifetimeMs);
        return;
      }
      const backup = await takeBackup(this.database, this.config, at);
      pruneBackups(this.config, this.config.backupRetention);
      this.log.info({ backup: backup.id }, 'scheduled backup taken');
      this.#wait(this.#intervalMs);
    } catch (error) {
      this.log.error({ err: error }, 'scheduled backup failed; trying again in an hour');
      this.#wait(claimLifetimeMs);
    }
  }

  #wait(ms: number): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#check().catch((error: unknown) => {
        this.log.error({ err: error }, 'checking the backup schedule failed; trying again in an hour');
        this.#wait(claimLifetimeMs);
      });
    }, Math.min(Math.max(ms, 0), longestTimerMs));
    this.#timer.unref();
  }

  /** Stops the schedule; a backup under way is finished first. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#running;
  }
}
