import type { FastifyInstance } from 'fastify';
import { createApiKey } from '../src/admin/api-keys.js';
import { buildApp, type AppOptions } from '../src/app.js';
import type { DialectName } from '../src/db/database.js';
import { Secrets } from '../src/security/secrets.js';
import { loadMasterKey } from '../src/security/master-key.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import type { ServerConfig } from '../src/config.js';

/** A settable clock, so tests can open and close polls and pass due dates. */
export class TestClock {
  constructor(public current = new Date('2025-03-03T02:00:00.000Z')) {}
  now = () => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  testDatabase: TestDatabase;
  clock: TestClock;
  /** `Authorization` header of an admin key covering every agency. */
  admin: { authorization: string };
  close(): Promise<void>;
}

export async function startTestApp(
  dialect: DialectName,
  options: { config?: Partial<ServerConfig>; seed?: (app: TestApp) => Promise<void>; logger?: AppOptions['logger'] } = {},
): Promise<TestApp> {
  const testDatabase = await createTestDatabase(dialect, options.config);
  const clock = new TestClock();
  const app = await buildApp({ config: testDatabase.config, database: testDatabase.database, now: clock.now, ...(options.logger === undefined ? {} : { logger: options.logger }) });
  const secrets = new Secrets(loadMasterKey(testDatabase.config.encryptionKey, testDatabase.config.dataDir));
  const key = await createApiKey(testDatabase.database.db, secrets, { name: 'Test admin', role: 'admin', agencies: [] }, clock.now());
  const testApp: TestApp = {
    app,
    testDatabase,
    clock,
    admin: { authorization: `Bearer ${key.secret}` },
    close: async () => {
      // The app the test holds now: a test may have replaced the first one.
      await testApp.app.close();
      await testDatabase.drop();
    },
  };
  await options.seed?.(testApp);
  return testApp;
}
