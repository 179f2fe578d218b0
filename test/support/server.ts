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
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    SMTP_URL: smtp.url,
    JOBS_POLL_MS: '200',
  });
  const { app, services } = await buildApp({ config, db: database.db, encryptionKey: TEST_ENCRYPTION_KEY });
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
