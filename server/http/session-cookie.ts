import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

/**
 * `__Host-` pins the cookie to this exact origin over HTTPS (no Domain, Path=/, Secure). Plain
 * http://localhost cannot use the prefix, so development falls back to an ordinary name.
 */
export function sessionCookieName(config: Config): string {
  return config.cookieSecure ? '__Host-jobbro_session' : 'jobbro_session';
}

export function readSessionToken(req: FastifyRequest, config: Config): string | undefined {
  return req.cookies[sessionCookieName(config)];
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    maxAge: config.SESSION_TTL_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure });
}
