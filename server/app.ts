import fs from 'node:fs';
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Config } from './config.ts';
import type { Services } from './http/context.ts';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.ts';
import { registerHooks } from './http/hooks.ts';
import { sessionCookieName } from './http/session-cookie.ts';
import { SecretBox } from './lib/crypto.ts';
import { JobRunner } from './lib/jobs.ts';
import { loggerOptions } from './lib/logger.ts';
import { createMailer, type Mailer } from './lib/mailer.ts';
import { registerJobHandlers } from './jobs.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { complianceRoutes } from './modules/compliance/index.ts';
import { authRoutes } from './modules/auth/index.ts';
import { healthRoutes } from './modules/health/index.ts';
import { invitationRoutes } from './modules/invitations/index.ts';
import { organisationRoutes } from './modules/organisations/index.ts';
import { programmeRoutes } from './modules/programmes/index.ts';
import { setupRoutes } from './modules/setup/index.ts';
import { participantRoutes } from './modules/participants/index.ts';
import { duplicateRoutes } from './modules/duplicates/index.ts';
import { guardianRoutes } from './modules/guardians/index.ts';
import { consentRoutes } from './modules/consents/index.ts';
import { talkRoutes } from './modules/talks/index.ts';
import { todoRoutes } from './modules/todo/index.ts';
import { gdprRoutes } from './modules/gdpr/index.ts';
import { portalRoutes } from './modules/portal/index.ts';
import { programmeSettingsRoutes, placementSettingsRoutes } from './modules/programme-settings/index.ts';
import { companyRoutes, employerPortalRoutes } from './modules/companies/index.ts';
import { workplaceRoutes } from './modules/workplaces/index.ts';
import { openingRoutes } from './modules/openings/index.ts';
import { postalCodeRoutes } from './modules/postal-codes/index.ts';
import { placementRoutes, placementFollowUpRoutes } from './modules/placements/index.ts';
import { supportRequestRoutes } from './modules/support-requests/index.ts';
import { notificationRoutes } from './modules/notifications/index.ts';
import { matchingRoutes } from './modules/matching/index.ts';
import { documentRoutes } from './modules/documents/index.ts';
import { shiftRoutes } from './modules/shifts/index.ts';
import { payrollRoutes } from './modules/payroll/index.ts';
import { activityRoutes } from './modules/activities/index.ts';
import { reportRoutes } from './modules/reports/index.ts';
import { socialReturnRoutes } from './modules/social-return/index.ts';
import { evaluationRoutes } from './modules/evaluation/index.ts';
import { outcomeRoutes } from './modules/outcomes/index.ts';

const WEB_DIST = new URL('../web/dist/', import.meta.url);

export interface AppOptions {
  config: Config;
  db: Kysely<DB>;
  encryptionKey: Buffer;
  /** Tests pass their own (e.g. one that talks to a loopback SMTP server). */
  mailer?: Mailer;
  /** Where the log goes instead of stdout: the browser tests keep theirs to scan it for personal data. */
  logStream?: { write(line: string): void };
}

export interface App {
  app: FastifyInstance;
  services: Services;
}

/**
 * Builds the HTTP app and its services without listening or starting jobs, so tests can `inject`
 * into exactly what production runs.
 */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config, db } = options;
  const logger = loggerOptions(config);
  const app = Fastify({
    logger: typeof logger === 'object' && options.logStream ? { ...logger, stream: options.logStream } : logger,
    trustProxy: config.TRUST_PROXY,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1_048_576,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const services: Services = {
    db,
    config,
    log: app.log,
    mailer: options.mailer ?? createMailer(config, app.log),
    jobs: new JobRunner(db, app.log, config.JOBS_POLL_MS),
    secrets: new SecretBox(options.encryptionKey),
  };
  registerJobHandlers(services);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Jobbro API',
        version: '0.1.0',
        description: 'Errors are `{ error: { code, message, details } }`; codes are listed in server/http/errors.ts.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookieName(config) } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerHooks(app, services, sessionCookieName(config));
  for (const routes of [
    healthRoutes,
    setupRoutes,
    authRoutes,
    invitationRoutes,
    programmeRoutes,
    organisationRoutes,
    auditRoutes,
    complianceRoutes,
    participantRoutes,
    duplicateRoutes,
    guardianRoutes,
    consentRoutes,
    talkRoutes,
    todoRoutes,
    gdprRoutes,
    portalRoutes,
    programmeSettingsRoutes,
  ]) {
    await app.register(routes);
  }
  for (const routes of [companyRoutes, workplaceRoutes, openingRoutes, employerPortalRoutes, postalCodeRoutes]) await app.register(routes);
  for (const routes of [placementRoutes, placementFollowUpRoutes, supportRequestRoutes, notificationRoutes, placementSettingsRoutes])
    await app.register(routes);
  await app.register(matchingRoutes);
  await app.register(documentRoutes);
  for (const routes of [shiftRoutes, payrollRoutes]) await app.register(routes);
  await app.register(activityRoutes);
  await app.register(reportRoutes);
  await app.register(outcomeRoutes);
  for (const routes of [socialReturnRoutes, evaluationRoutes]) await app.register(routes);

  if (fs.existsSync(new URL('index.html', WEB_DIST))) {
    await app.register(fastifyStatic, { root: WEB_DIST.pathname, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.code(404).send({ error: { code: 'not_found', message: 'No such endpoint.' } });
    }
    // The web app routes on the client: every other GET gets its shell.
    if (!fs.existsSync(new URL('index.html', WEB_DIST))) {
      return reply.code(503).type('text/plain').send('The web app is not built. Run `npm run build` (npm start does it for you).');
    }
    return reply.type('text/html').sendFile('index.html');
  });

  app.addHook('onClose', async () => {
    await services.jobs.stop();
    services.mailer.close();
  });
  return { app, services };
}
