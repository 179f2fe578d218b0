import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';

/** URL segments that carry bearer tokens (setup, invitation and reset links) are masked. */
const TOKEN_PATH = /\/(setup|invitation|password-reset)\/[^/?#]+/g;

export function redactUrl(url: string): string {
  const [pathPart] = url.split('?');
  return (pathPart ?? '').replace(TOKEN_PATH, '/$1/[redacted]') + (url.includes('?') ? '?[redacted]' : '');
}

/**
 * Errors are logged by allow-list: their code, message and stack, nothing else. Database drivers
 * hang the failing statement and its values on the error (pg's `detail`/`where`/`parameters`,
 * PGlite's `query`/`params`), and a deny-list misses whichever property the next driver invents.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error) && (typeof err !== 'object' || err === null)) return { message: String(err) };
  const e = err as { code?: unknown; message?: unknown; stack?: unknown };
  const out: Record<string, unknown> = {};
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.message === 'string') out.message = e.message;
  if (typeof e.stack === 'string') out.stack = e.stack;
  return out;
}

/**
 * Logs are for operators, not a second copy of personal data: no cookies, IPs, e-mails, names,
 * tokens, passwords or query strings, and errors keep only code, message and stack (serializeError).
 * The audit trail is where who-did-what is kept.
 */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  if (config.LOG_LEVEL === 'silent') return false;
  return {
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.email',
        '*.token',
        '*.cpr',
        '*.name',
        'err.detail',
        'err.where',
        'err.parameters',
      ],
      censor: '[redacted]',
    },
    serializers: {
      // Fastify's type asks for pino's default shape (with `type`); pino itself takes any object.
      err: serializeError as (err: Error) => { type: string; message: string; stack: string },
      req(req) {
        return { method: req.method, url: redactUrl(req.url) };
      },
      res(res) {
        return { statusCode: res.statusCode };
      },
    },
  };
}
