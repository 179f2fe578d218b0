import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

function totpFor(secretBase32: string, label: string) {
  return new TOTP({ issuer: 'Jobbro', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function totpEnrolment(secretBase32: string, label: string) {
  const otpauthUrl = totpFor(secretBase32, label).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret: secretBase32, otpauthUrl, qrSvg };
}

/**
 * Accepts the current code and one step either side (clock drift), and returns the time step
 * used so the caller can refuse a replay of the same or an older step.
 */
export function checkTotp(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const delta = totpFor(secretBase32, 'x').validate({ token: code, window: 1, timestamp: now });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** Used by `npm run totp` and the tests: the code an authenticator app would show now. */
export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32, 'x').generate({ timestamp: now });
}
