import crypto from 'node:crypto';
import { normaliseName } from '../../../shared/domain/participants/names.ts';
import { hashToken } from '../../lib/crypto.ts';

/**
 * One-time portal codes for people without e-mail: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown as 'K7PX-M2QD'. 31^8 ≈ 8.5·10^11 codes, valid 14 days, redeemable once,
 * with failed redemption attempts rate-limited per IP; only the SHA-256 is stored.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
export const CODE_DAYS = 14;

export function newPortalCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts any case, with or without the dash or spaces; null if it cannot be a code. */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

export function hashCode(code: string): string {
  return hashToken(`portal:${code}`);
}

/** A login name for someone who did not choose one: their first name in a–z plus four digits. */
export function generatedUsername(firstName: string): string {
  const base = normaliseName(firstName)
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 20);
  return `${base.length >= 2 ? base : 'bruger'}${crypto.randomInt(1000, 10000)}`;
}
