import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { loggerOptions, redactUrl } from './logger.ts';

describe('logging', () => {
  it('masks tokens in paths and drops query strings', () => {
    expect(redactUrl('/invitation/abc123?x=1')).toBe('/invitation/[redacted]?[redacted]');
    expect(redactUrl('/api/programmes/1')).toBe('/api/programmes/1');
  });

  it('redacts personal data from structured log lines', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const options = loggerOptions(loadConfig({ LOG_LEVEL: 'info' })) as pino.LoggerOptions;
    const log = pino(options, sink);
    log.info(
      { body: { email: 'a@b.dk', password: 'secret', cpr: '0101001234', name: 'Ida' }, err: { detail: 'Key (email)=(a@b.dk)' } },
      'x',
    );
    const text = lines.join('');
    for (const secret of ['a@b.dk', 'secret', '0101001234', 'Ida']) expect(text).not.toContain(secret);
  });

  it('logs errors by allow-list: code, message and stack, never the query or its values', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = pino(loggerOptions(loadConfig({ LOG_LEVEL: 'info' })) as pino.LoggerOptions, sink);
    // The shape of a PGlite error: the statement and its bound values ride along.
    const err = Object.assign(new Error('invalid byte sequence'), {
      code: '22021',
      query: 'insert into participants (first_name) values ($1)',
      params: ['Ida Jensen', '0101001234'],
      parameters: ['Ida Jensen'],
      detail: 'Key (email)=(a@b.dk)',
    });
    log.error({ err }, 'unhandled error');
    const line = JSON.parse(lines.join('')) as { err: Record<string, unknown> };
    expect(Object.keys(line.err).sort()).toEqual(['code', 'message', 'stack']);
    expect(line.err.code).toBe('22021');
    for (const secret of ['Ida Jensen', '0101001234', 'a@b.dk', 'insert into']) expect(lines.join('')).not.toContain(secret);
  });
});
