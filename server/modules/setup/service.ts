import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { setupBody } from '../../../shared/schemas/setup.ts';
import type { DB } from '../../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, consumeOneTimeToken, deleteSetupTokens, insertOneTimeToken, insertUser } from '../auth/index.ts';
import * as repo from './repository.ts';
import { systemTx } from '../../lib/access/index.ts';

const SETUP_TOKEN_DAYS = 7;

async function hasUsers(db: Kysely<DB>): Promise<boolean> {
  return systemTx(db, (trx) => repo.hasUsers(trx));
}

/**
 * On an empty database, mints a one-time link for the first administrator. Earlier unused setup
 * links are voided, so only the most recently printed one works.
 */
export async function prepareFirstRun(db: Kysely<DB>, publicUrl: string): Promise<string | null> {
  if (await hasUsers(db)) return null;
  const token = newToken();
  await systemTx(db, async (trx) => {
    await deleteSetupTokens(trx);
    await insertOneTimeToken(trx, {
      hash: hashToken(token),
      purpose: 'setup',
      userId: null,
      expiresAt: new Date(Date.now() + SETUP_TOKEN_DAYS * 86400_000),
    });
  });
  return `${publicUrl}/setup/${token}`;
}

export async function setupStatus(ctx: Ctx) {
  return { needed: !(await hasUsers(ctx.db)) };
}

export async function completeSetup(ctx: Ctx, body: z.infer<typeof setupBody>): Promise<void> {
  const passwordHash = await hashPassword(body.password);
  await systemTx(ctx.db, async (trx) => {
    // Serialise concurrent attempts: exactly one first administrator.
    await repo.lockUsers(trx);
    if (await repo.hasUsers(trx)) throw errors.setupNotAvailable();
    const claimed = await consumeOneTimeToken(trx, hashToken(body.token), 'setup');
    if (!claimed) throw errors.setupNotAvailable();
    const user = await insertUser(trx, { email: body.email, name: body.name, password_hash: passwordHash, is_platform_admin: true });
    await recordAudit(
      trx,
      { ...ctx, pendingUserId: user.id },
      {
        action: 'create',
        subjectType: 'user',
        subjectId: user.id,
        subjectPersonId: user.id,
        details: { via: 'first_run_setup' },
      },
    );
  });
}
