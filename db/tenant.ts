import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

export type Tx = Transaction<DB>;

/**
 * Who the database should believe is asking. Built from the signed-in actor (resolved from the session
 * cookie in server/http/hooks.ts) by `tenantScope` in server/lib/access/runner.ts.
 */
export interface TenantScope {
  userId: string;
  programmeIds: readonly string[];
  isPlatformAdmin: boolean;
}

/**
 * Runs `fn` in one transaction as the non-superuser role `jobbro_app`, with the caller's
 * programmes set transaction-locally. Row-level security then limits every statement to those
 * programmes, whatever the query says: the policy check in the service is the rule, RLS the backstop.
 * Only server/lib/ calls it: services get it bound to their caller from the access check they
 * passed (server/lib/access/), so no tenant transaction opens without a check.
 */
export async function withTenant<T>(db: Kysely<DB>, scope: TenantScope, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('role', 'jobbro_app', true),
                     set_config('jobbro.user_id', ${scope.userId}, true),
                     set_config('jobbro.programme_ids', ${toPgArray(scope.programmeIds)}, true),
                     set_config('jobbro.platform_admin', ${scope.isPlatformAdmin ? 'on' : 'off'}, true)`.execute(trx);
    return fn(trx);
  });
}

/**
 * Runs `fn` as `jobbro_system`: for work that has no tenant yet (login, invitation look-up) or
 * spans tenants by design (retention jobs). Callers must be code paths no request can steer
 * to another tenant's rows. Outside server/lib/ and db/ it is reached as `systemTx` in
 * server/lib/access/runner.ts, whose JSDoc lists when that is allowed.
 */
export async function asSystem<T>(db: Kysely<DB>, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('role', 'jobbro_system', true)`.execute(trx);
    return fn(trx);
  });
}

/** Adds a programme to the running transaction's tenant set (used right after creating it). */
export async function extendTenant(trx: Tx, scope: TenantScope, programmeId: string): Promise<TenantScope> {
  const next = { ...scope, programmeIds: [...scope.programmeIds, programmeId] };
  await sql`SELECT set_config('jobbro.programme_ids', ${toPgArray(next.programmeIds)}, true)`.execute(trx);
  return next;
}

function toPgArray(ids: readonly string[]): string {
  for (const id of ids) if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error('tenant ids must be uuids');
  return `{${ids.join(',')}}`;
}
