import type { Driver } from '../../db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDriver: Driver;
    /** pg: name of the migrated template database; pglite: path of a dumped migrated data dir. */
    testTemplate: string;
    testAdminUrl: string;
    /** The e2e run's shared Chromium (`global-browser.ts`). */
    chromiumEndpoint: string;
    /** Where the e2e servers write their logs, scanned for personal data at the end of the run (`global-web.ts`). */
    e2eLogDir: string;
  }
}

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fixed key for tests: encrypted columns are reproducible across a test file's app restarts. */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7);
