import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int({ error: 'expected a whole number' })
    .min(min, { error: `expected at least ${min}` })
    .max(max, { error: `expected at most ${max}` });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  PUBLIC_URL: z.url({ error: 'expected an absolute URL such as https://jobbro.example.dk' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'expected a postgres:// or postgresql:// URL' })
    .optional(),
  /** How long start-up waits for DATABASE_URL's server to answer (retrying with back-off) before it gives up. */
  DATABASE_CONNECT_TIMEOUT_SECONDS: int(0, 600).default(30),
  DATA_DIR: z.string().min(1).default('./data'),
  ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, { error: 'expected 32 bytes, base64-encoded (openssl rand -base64 32)' })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'expected smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Jobbro <no-reply@jobbro.invalid>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  SESSION_TTL_HOURS: int(1, 24 * 30).default(12),
  SESSION_IDLE_MINUTES: int(5, 24 * 60).default(120),
  LOGIN_MAX_FAILURES: int(1, 100).default(5),
  LOGIN_LOCK_MINUTES: int(1, 24 * 60).default(15),
  LOGIN_RATE_LIMIT_PER_IP: int(1, 10_000).default(30),
  AUDIT_RETENTION_DAYS: int(1, 3650).default(183),
  JOBS_ENABLED: bool.default(true),
  JOBS_POLL_MS: int(10, 60_000).default(1000),
  /** Chromium that prints report PDFs (server/modules/reports); a missing binary fails the job with chromium_unavailable. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});

export type Config = z.infer<typeof schema> & { PUBLIC_URL: string; cookieSecure: boolean };

export class ConfigError extends Error {}

/**
 * Reads and validates configuration from the environment once at start-up. A bad value stops the
 * process with a message naming the variable, what was expected and what was found.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      return `  ${key}: ${issue.message} (got ${JSON.stringify(cleaned[key])})`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && c.DATABASE_URL && !c.ENCRYPTION_KEY) {
    throw new ConfigError('Invalid configuration:\n  ENCRYPTION_KEY: required in production with DATABASE_URL');
  }
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, '');
  return { ...c, PUBLIC_URL: publicUrl, cookieSecure: publicUrl.startsWith('https://') };
}
