import type { Ctx } from '../../http/context.ts';

/**
 * CPR numbers at rest: AES-256-GCM ciphertext (ctx.secrets) plus a keyed hash for duplicate
 * detection. The hash is an HMAC with a key derived from the encryption key, so the 10^10-ish
 * space of CPR numbers cannot be brute-forced from a database dump alone. Input is the ten digits.
 */
export function sealCpr(ctx: Pick<Ctx, 'secrets'>, digits: string): string {
  return ctx.secrets.seal(digits);
}

export function openCpr(ctx: Pick<Ctx, 'secrets'>, sealed: string): string {
  return ctx.secrets.open(sealed);
}

export function cprHash(ctx: Pick<Ctx, 'secrets'>, digits: string): string {
  return ctx.secrets.keyedHash('cpr', digits);
}
