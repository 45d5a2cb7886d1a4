import type { ResourceFactory } from '../http/handler.js';
import { ProblemError } from '../http/problem.js';
import { createBackup, listBackups, pruneBackups } from './backup-store.js';

/** Backups on demand through the admin API, and on a schedule (weekly by default). */
export const backupResource: ResourceFactory = ({ database, config, log, now }) => {
  const intervalMs = config.backupIntervalHours * 3_600_000;
  const scheduled = async () => {
    try {
      const backup = await createBackup(database, config, now());
      pruneBackups(config, config.backupRetention);
      log.info({ backup: backup.id }, 'scheduled backup taken');
    } catch (error) {
      log.error({ err: error }, 'scheduled backup failed');
    }
  };
  const timer = intervalMs > 0 ? setInterval(() => void scheduled(), intervalMs) : undefined;
  timer?.unref();
  return {
    handlers: {
      listBackups: () => Promise.resolve({ items: listBackups(config) }),
      createBackup: async () => {
        try {
          return await createBackup(database, config, now());
        } catch (error) {
          log.error({ err: error }, 'backup failed');
          throw new ProblemError(503, 'unavailable', 'The backup could not be taken');
        }
      },
    },
    close: () => {
      clearInterval(timer);
      return Promise.resolve();
    },
  };
};
