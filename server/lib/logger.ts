import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';

/** URL segments that carry bearer tokens (setup, invitation and reset links) are masked. */
const TOKEN_PATH = /\/(setup|invitation|password-reset)\/[^/?#]+/g;

export function redactUrl(url: string): string {
  const [pathPart] = url.split('?');
  return (pathPart ?? '').replace(TOKEN_PATH, '/$1/[redacted]') + (url.includes('?') ? '?[redacted]' : '');
}

/**
 * Logs are for operators, not a second copy of personal data: no cookies, IPs, e-mails, names,
 * tokens, passwords or query strings, and database error details (which echo values) are dropped.
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
      req(req) {
        return { method: req.method, url: redactUrl(req.url) };
      },
      res(res) {
        return { statusCode: res.statusCode };
      },
    },
  };
}
