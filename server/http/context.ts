import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/schema.ts';
import type { Role } from '../../shared/domain/access/roles.ts';
import type { Config } from '../config.ts';
import type { SecretBox } from '../lib/crypto.ts';
import type { JobRunner } from '../lib/jobs.ts';
import type { Mailer } from '../lib/mailer.ts';

export interface Membership {
  programmeId: string;
  programmeName: string;
  role: Role;
  organisationId: string | null;
}

/** The logged-in person, fully authenticated (password and, where required, TOTP). */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  locale: 'da' | 'en';
  isPlatformAdmin: boolean;
  totpEnabled: boolean;
  memberships: Membership[];
  sessionId: string;
}

/** Long-lived things the services need; built once in server/app.ts. No DI container. */
export interface Services {
  db: Kysely<DB>;
  config: Config;
  mailer: Mailer;
  jobs: JobRunner;
  secrets: SecretBox;
  log: FastifyBaseLogger;
}

/** Per-request: the services plus who is asking and from where. Passed as the first argument. */
export interface Ctx extends Services {
  actor: Actor | null;
  /** A session that passed the password step but still owes TOTP (or TOTP setup). */
  pendingSessionId: string | null;
  pendingUserId: string | null;
  requestId: string;
  ip: string;
  userAgent: string | null;
}
