import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Opaque bearer tokens (sessions, invitations, resets): 256 bits, URL-safe. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Only hashes of bearer tokens are stored, so a database leak does not hand out sessions. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * AES-256-GCM for secrets at rest (TOTP secrets now, CPR numbers later). The version prefix lets
 * a later key rotation tell old ciphertexts from new.
 */
export class SecretBox {
  #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key');
    this.#key = key;
  }

  seal(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.#key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  /**
   * A keyed hash (HMAC-SHA256) for finding equal secrets without decrypting them, e.g. duplicate
   * CPR numbers. The HMAC key is derived from the encryption key with HKDF and a purpose label, so
   * it is never the encryption key itself and one purpose's hashes say nothing about another's.
   */
  keyedHash(purpose: string, value: string): string {
    const key = Buffer.from(crypto.hkdfSync('sha256', this.#key, Buffer.alloc(0), `jobbro:${purpose}`, 32));
    return crypto.createHmac('sha256', key).update(value, 'utf8').digest('hex');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('unknown ciphertext format');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}

/**
 * The embedded install must work with no setup, so without ENCRYPTION_KEY it keeps a generated
 * key next to its data (mode 0600). Production with DATABASE_URL must configure one.
 */
export function resolveEncryptionKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  const file = path.join(dataDir, 'encryption.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}
