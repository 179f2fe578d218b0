import type { z } from 'zod';
import type { createOrganisationBody } from '../../../shared/schemas/organisations.ts';
import { mayListOrganisations } from '../../../shared/domain/access/rules.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireActor, requirePlatformAdmin, systemTx } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { presentOrganisation } from './presenter.ts';
import * as repo from './repository.ts';

/** Organisations are shared reference data (partners of many programmes); staff may list them. */
export async function listOrganisations(ctx: Ctx) {
  const { actor, tx } = requireActor(ctx);
  if (!mayListOrganisations(actor)) throw errors.forbidden('organisation.list');
  const rows = await tx((trx) => repo.listOrganisations(trx));
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
