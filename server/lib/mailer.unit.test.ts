import { describe, expect, it, vi } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { loadConfig } from '../config.ts';
import { createMailer } from './mailer.ts';

describe('the mailer without SMTP_URL', () => {
  it('logs that a mail was not sent and its template, never its body, subject or recipient', async () => {
    const calls: unknown[][] = [];
    const info = vi.fn((...args: unknown[]) => void calls.push(args));
    const log = { info } as unknown as FastifyBaseLogger;
    const mailer = createMailer(loadConfig({ LOG_LEVEL: 'silent' }), log);
    await mailer.send({
      to: 'ida@example.dk',
      template: 'passwordReset',
      subject: 'Nulstil adgangskode, Ida',
      text: 'Hej Ida Jensen, følg linket: http://localhost/password-reset/secret-token',
    });
    expect(info).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(calls);
    expect(logged).toContain('passwordReset');
    expect(logged).toContain('not sent');
    for (const secret of ['ida@example.dk', 'Ida', 'secret-token', 'Nulstil']) expect(logged).not.toContain(secret);
  });
});
