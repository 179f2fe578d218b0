import type { z } from 'zod';
import type { createProgrammeBody, createSiteBody } from '../../../shared/schemas/programmes.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { extendTenantTo, requireActor, requirePlatformAdmin, requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './repository.ts';
import { presentMember, presentProgramme, presentProgrammeSummary, presentSite } from './presenter.ts';

export async function listProgrammes(ctx: Ctx) {
  const { tx } = requireActor(ctx);
  const rows = await tx((trx) => repo.listProgrammes(trx));
  return { programmes: rows.map(presentProgrammeSummary) };
}

export async function getProgramme(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.read');
  return tx(async (trx) => {
    const p = await repo.findProgramme(trx, programmeId);
    if (!p) throw errors.notFound('programme');
    return presentProgramme(p, await repo.listPartners(trx, programmeId), await repo.listSites(trx, programmeId));
  });
}

/**
 * Creating a programme makes its creator its first administrator, in the same transaction, so a
 * programme never exists without someone who can manage it.
 */
export async function createProgramme(ctx: Ctx, body: z.infer<typeof createProgrammeBody>) {
  const { actor, tx } = requirePlatformAdmin(ctx);
  try {
    return await tx(async (trx) => {
      const p = await repo.insertProgramme(trx, { name: body.name, startsOn: body.startsOn, endsOn: body.endsOn ?? null });
      await extendTenantTo(trx, actor, p.id);
      await repo.insertPartners(trx, p.id, [...new Set(body.partnerOrganisationIds)]);
      await repo.insertMembership(trx, { programmeId: p.id, userId: actor.userId, role: 'administrator', organisationId: null });
      await recordAudit(trx, ctx, {
        action: 'create',
        subjectType: 'programme',
        subjectId: p.id,
        programmeId: p.id,
        details: { name: p.name },
      });
      return presentProgramme(p, await repo.listPartners(trx, p.id), []);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('name');
    throw err;
  }
}

export async function addSite(ctx: Ctx, programmeId: string, body: z.infer<typeof createSiteBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'site.manage');
  try {
    return await tx(async (trx) => {
      const site = await repo.insertSite(trx, programmeId, body);
      await recordAudit(trx, ctx, { action: 'create', subjectType: 'site', subjectId: site.id, programmeId });
      return presentSite(site);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('name');
    throw err;
  }
}

/** Staff names and e-mails are personal data too: listing them is an audited read. */
export async function listMembers(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'member.list');
  return tx(async (trx) => {
    const rows = await repo.listMembers(trx, programmeId);
    await recordAudit(trx, ctx, { action: 'read', subjectType: 'member_list', programmeId, details: { count: rows.length } });
    return { members: rows.map(presentMember) };
  });
}
