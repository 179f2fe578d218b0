import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { asSystem, extendTenant, withTenant, type TenantScope, type Tx } from '../../../db/tenant.ts';
import type { Actor } from '../../http/context.ts';
import { fromDatabaseError } from '../../http/errors.ts';

/**
 * A transaction runner bound to one caller's tenant. The access checks hand it out together with
 * the actor, so the only way a service reaches programme data is through a check it passed: there
 * is no public way to build one from a bare actor.
 */
export type TenantTx = <T>(fn: (trx: Tx) => Promise<T>) => Promise<T>;

/** What every check that lets a caller in returns: who they are and their scoped runner. */
export interface Admitted {
  actor: Actor;
  tx: TenantTx;
}

/** The programmes the database should believe the actor belongs to. Internal to the access layer. */
export function tenantScope(actor: Actor): TenantScope {
  return {
    userId: actor.userId,
    programmeIds: [...new Set(actor.memberships.map((m) => m.programmeId))],
    isPlatformAdmin: actor.isPlatformAdmin,
  };
}

/**
 * Binds `withTenant` to the actor. Only the checks in this folder call it, after they passed. A
 * constraint violation or serialisation failure leaves as a 409 (`fromDatabaseError`): every
 * service's transaction passes here, so the mapping is in one place instead of at each call site.
 */
export function admit(db: Kysely<DB>, actor: Actor): Admitted {
  const scope = tenantScope(actor);
  return { actor, tx: (fn) => withTenant(db, scope, fn).catch(rethrowMapped) };
}

function rethrowMapped(err: unknown): never {
  throw fromDatabaseError(err);
}

/**
 * Adds a programme created in this very transaction to its tenant set, so the creator can write
 * its first rows (partners, their own membership) before the session knows the programme.
 */
export function extendTenantTo(trx: Tx, actor: Actor, programmeId: string): Promise<TenantScope> {
  return extendTenant(trx, tenantScope(actor), programmeId);
}

/**
 * Runs `fn` as `jobbro_system`, outside any tenant. Allowed only where no request can steer the
 * query to another tenant's rows: before there is an actor (login, session look-up, first-run
 * setup, invitation and reset tokens, portal codes, rate-limit counters), and in background jobs
 * that span tenants by design (the job runner, retention, escalation, stale proposals). A request
 * by a signed-in person uses the runner its access check returned instead.
 */
export function systemTx<T>(db: Kysely<DB>, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return asSystem(db, fn).catch(rethrowMapped);
}
