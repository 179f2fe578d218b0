/**
 * The only door to data. Every service call starts with one of these checks; the checks that let
 * the caller in return a transaction runner (`tx`) scoped to the caller's programmes, so a tenant
 * transaction cannot be opened without passing a check first:
 *
 *   const { actor, role, tx } = requireProgrammeAction(ctx, programmeId, 'sroi.read');
 *   return tx(async (trx) => …);
 *
 * Background jobs and pre-login look-ups use {@link systemTx}. The pure rules behind the checks
 * (the permission matrix, shift powers, placement parties) live in shared/domain/ so the web app
 * shows what the server allows. Checks that need a module's own rows live with that module, built
 * on these (who may see a person: server/modules/people/access.ts; who takes part in a placement:
 * server/modules/placements/access.ts), so this layer stays below every module.
 */
export {
  requireActor,
  requireAnyProgrammeAction,
  requirePlatformAdmin,
  requireProgrammeAction,
  requireSessionUser,
  rolesIn,
} from './checks.ts';
export { requireEmployerContact, requirePortalUser, type EmployerPair } from './portals.ts';
export { extendTenantTo, systemTx, type Admitted, type TenantTx } from './runner.ts';
