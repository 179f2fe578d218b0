import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { usesPortal } from '../../../shared/domain/access/rules.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { signedIn } from './checks.ts';
import { admit, type Admitted } from './runner.ts';

/** A (programme, organisation) pair the caller is an employer contact for. */
export interface EmployerPair {
  programmeId: string;
  organisationId: string;
}

/**
 * The employer portal's check: the pairs the caller is an employer contact for; 403 when none.
 * Row-level security limits a request to programmes, not companies, so the portal's queries add
 * the organisation condition from these pairs.
 */
export function requireEmployerContact(ctx: Ctx): Admitted & { pairs: EmployerPair[] } {
  const actor = signedIn(ctx);
  const pairs = actor.memberships
    .filter((m) => roleAllows(m.role, 'employer.portal') && m.organisationId !== null)
    .map((m) => ({ programmeId: m.programmeId, organisationId: m.organisationId! }));
  if (pairs.length === 0) throw errors.forbidden('employer.portal');
  return { ...admit(ctx.db, actor), pairs };
}

/** The participant portal's check: the caller is a participant or guardian somewhere. */
export function requirePortalUser(ctx: Ctx): Admitted {
  const actor = signedIn(ctx);
  if (!usesPortal(actor)) throw errors.forbidden('portal.use');
  return admit(ctx.db, actor);
}
