import type { ResourceFactory } from '../http/handler.js';
import { ProblemError } from '../http/problem.js';
import { listBackups } from './backup-store.js';
import { BackupSchedule, backupStatus, takeBackup } from './schedule.js';

/** Backups on demand through the admin API, and on a schedule (weekly by default) that outlives restarts. */
export const backupResource: ResourceFactory = async ({ database, config, log, now }) => {
  const schedule = new BackupSchedule(database, config, now, log);
  await schedule.start();
  return {
    handlers: {
      listBackups: async () => {
        const { lastTakenAt, ...schedule } = await backupStatus(database.db, config.backupIntervalHours, now());
        return { items: listBackups(config), schedule: { ...schedule, ...(lastTakenAt === null ? {} : { lastTakenAt }) } };
      },
      createBackup: async () => {
        try {
          return await takeBackup(database, config, now());
        } catch (error) {
          log.error({ err: error }, 'backup failed');
          throw new ProblemError(503, 'unavailable', 'The backup could not be taken');
        }
      },
    },
    close: () => schedule.close(),
  };
};
