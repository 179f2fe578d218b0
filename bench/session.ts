import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import { hashToken, newToken } from '../server/lib/crypto.ts';
import { newTotpSecret } from '../server/modules/auth/totp.ts';

/**
 * A coordinator (TOTP enrolled, as the role requires) with a live, MFA-verified session: what the
 * benches that call the API sign in as. Returns the session cookie's token.
 */
export async function coordinatorSession(db: Kysely<DB>, programmeId: string, seal: (s: string) => string): Promise<string> {
  const token = newToken();
  await asSystem(db, async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        email: 'koordinator@bench.test',
        name: 'Bench Koordinator',
        password_hash: 'not-used',
        is_platform_admin: false,
        totp_secret_enc: seal(newTotpSecret()),
        totp_enabled: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('memberships')
      .values({ user_id: user.id, programme_id: programmeId, role: 'coordinator', organisation_id: null })
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        user_id: user.id,
        expires_at: sql<Date>`now() + interval '6 hours'`,
        mfa_verified: true,
        ip: '127.0.0.1',
        user_agent: 'bench',
      })
      .execute();
  });
  return token;
}
