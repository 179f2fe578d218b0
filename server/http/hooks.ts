import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { hashToken } from '../lib/crypto.ts';
import { findLiveSession, findUserById, membershipsOf, touchSession, stageFor } from '../modules/auth/index.ts';
import type { Ctx, Services } from './context.ts';
import { AppError, errors } from './errors.ts';
import { fromFastifyError, sendAppError } from './framework-errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { readSessionToken } from './session-cookie.ts';
import { systemTx } from '../lib/access/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyInstance {
    shuttingDown: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TOUCH_AFTER_MS = 60_000;

/**
 * CSRF: browsers say where a request came from (Sec-Fetch-Site, or at least Origin). A
 * state-changing request that carries our cookie must come from our own origin. Clients that send
 * neither header and no cookie (scripts, integrations) are not a CSRF vector.
 */
function checkCsrf(req: FastifyRequest, publicOrigin: string, cookieName: string): void {
  if (!UNSAFE.has(req.method)) return;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    if (site === 'same-origin' || site === 'none') return;
    throw errors.csrfRejected();
  }
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    if (origin === publicOrigin) return;
    throw errors.csrfRejected();
  }
  if (req.headers.cookie?.includes(cookieName)) throw errors.csrfRejected();
}

/** Resolves the session cookie into `req.ctx.actor` (full login) or a pending second factor. */
async function resolveSession(req: FastifyRequest, services: Services): Promise<void> {
  const token = readSessionToken(req, services.config);
  if (!token) return;
  const sessionId = hashToken(token);
  const found = await systemTx(services.db, async (trx) => {
    const session = await findLiveSession(trx, sessionId, services.config.SESSION_IDLE_MINUTES);
    if (!session) return null;
    const user = await findUserById(trx, session.user_id);
    if (!user) return null;
    const memberships = await membershipsOf(trx, user.id);
    if (Date.now() - new Date(session.last_seen_at).getTime() > TOUCH_AFTER_MS) await touchSession(trx, sessionId);
    return { user, memberships, stage: stageFor(user, memberships, session.mfa_verified) };
  });
  if (!found) return;
  if (found.stage !== 'full') {
    req.ctx.pendingSessionId = sessionId;
    req.ctx.pendingUserId = found.user.id;
    return;
  }
  req.ctx.actor = {
    userId: found.user.id,
    name: found.user.name,
    email: found.user.email,
    locale: found.user.locale as 'da' | 'en',
    isPlatformAdmin: found.user.is_platform_admin,
    totpEnabled: found.user.totp_enabled,
    memberships: found.memberships,
    sessionId,
  };
}

const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
/**
 * Swagger UI at /api/docs loads its bundle, initializer and CSS from /api/docs itself, reads the
 * spec with fetch, sets inline styles and draws data: images; it needs no other origin, no eval and
 * no forms; the plugin leaves the online validator badge off (validatorUrl null).
 */
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export function registerHooks(app: FastifyInstance, services: Services, cookieName: string): void {
  const publicOrigin = new URL(services.config.PUBLIC_URL).origin;
  // HSTS only when the public address is https: over plain http (development) it would be ignored,
  // and on localhost it would pin the browser to https for every other local project.
  const hsts = services.config.cookieSecure ? 'max-age=31536000; includeSubDomains' : null;
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorate('shuttingDown', false);

  app.addHook('onRequest', async (req) => {
    req.ctx = {
      ...services,
      log: req.log,
      actor: null,
      pendingSessionId: null,
      pendingUserId: null,
      requestId: req.id,
      ip: req.ip,
      userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    };
    if (!req.url.startsWith('/api/')) return;
    checkCsrf(req, publicOrigin, cookieName);
    await resolveSession(req, services);
  });
  registerInputGuard(app);

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (hsts) reply.header('strict-transport-security', hsts);
    reply.header('content-security-policy', req.url.startsWith('/api/docs') ? DOCS_CSP : APP_CSP);
    return payload;
  });

  app.setErrorHandler((err, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const e = errors.validation(
        err.validation.map((v) => ({
          in: err.validationContext ?? 'body',
          path: String(v.instancePath ?? '')
            .split('/')
            .filter(Boolean),
          // Schemas name their own codes as the message (e.g. `password_too_short`); else zod's code.
          code: v.message && /^[a-z_]+$/.test(v.message) ? v.message : v.keyword,
          message: v.message ?? 'invalid',
        })),
      );
      return reply.code(e.status).send({ error: { code: e.code, message: e.message, details: e.details } });
    }
    if (err instanceof AppError) {
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    const known = fromFastifyError(err);
    if (known) return sendAppError(reply, known);
    req.log.error({ err }, 'unhandled error');
    const e = errors.internal(req.id);
    return reply.code(500).send({ error: { code: e.code, message: e.message, details: e.details } });
  });
}
