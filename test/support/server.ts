import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createTestDatabase } from './db.ts';
import { TEST_ENCRYPTION_KEY } from './env.ts';
import { freePort } from './process.ts';
import { startSmtpServer } from './smtp.ts';

/** The real server listening on a free port, with background jobs running and loopback SMTP. */
export async function startTestServer() {
  const database = await createTestDatabase();
  const smtp = await startSmtpServer();
  const port = await freePort();
  const logDir = inject('e2eLogDir');
  // Appended line by line, so a job that logs after the server closed still lands in the file.
  const logFile = logDir ? path.join(logDir, `server-${port}.log`) : undefined;
  const logStream = logFile ? { write: (line: string) => fs.appendFileSync(logFile, line) } : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    // The e2e run keeps each server's log, as an operator would have it, and scans it at the end.
    LOG_LEVEL: logDir ? 'info' : 'silent',
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    SMTP_URL: smtp.url,
    JOBS_POLL_MS: '200',
  });
  const { app, services } = await buildApp({ config, db: database.db, encryptionKey: TEST_ENCRYPTION_KEY, logStream });
  await app.listen({ port, host: 'localhost' });
  services.jobs.start();
  return {
    baseUrl: config.PUBLIC_URL,
    db: database.db,
    /** For tests that seed through the app itself (the demo seed calls the API in-process). */
    app,
    config,
    smtp,
    services,
    async close() {
      await app.close();
      await smtp.close();
      await database.close();
    },
  };
}
