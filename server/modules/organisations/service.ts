import type { z } from 'zod';
import type { createOrganisationBody } from '../../../shared/schemas/organisations.ts';
import { mayListOrganisations } from '../../../shared/domain/access/rules.ts';
import { STAFF_ROLES } from '../../../shared/domain/access/roles.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireActor, requirePlatformAdmin, systemTx } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { presentOrganisation } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Organisations are shared between programmes, but which housing associations, municipalities and
 * companies a programme works with is that programme's business: a coordinator in one partnership
 * has no reason to see another's partners or employers (issue #17). So staff see the organisations
 * that are partners of, or companies in, the programmes where they hold a staff role. Platform
 * administrators see all: they create programmes and choose their partners from the whole list.
 */
export async function listOrganisations(ctx: Ctx) {
  const { actor, tx } = requireActor(ctx);
  if (!mayListOrganisations(actor)) throw errors.forbidden('organisation.list');
  const staffProgrammes = [...new Set(actor.memberships.filter((m) => STAFF_ROLES.includes(m.role)).map((m) => m.programmeId))];
  const rows = await tx((trx) =>
    actor.isPlatformAdmin ? repo.listOrganisations(trx) : repo.listOrganisationsOfProgrammes(trx, staffProgrammes),
  );
  return { organisations: rows.map(presentOrganisation) };
}

export async function createOrganisation(ctx: Ctx, body: z.infer<typeof createOrganisationBody>) {
  requirePlatformAdmin(ctx);
  try {
    return await systemTx(ctx.db, async (trx) => {
      const row = await repo.insertOrganisation(trx, body);
      await recordAudit(trx, ctx, { action: 'create', subjectType: 'organisation', subjectId: row.id, details: { name: row.name } });
      return presentOrganisation(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('name');
    throw err;
  }
}
