import type { z } from 'zod';
import type { proposeOpeningBody } from '../../../shared/schemas/openings.ts';
import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor, requireEmployerContact, type EmployerPair } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyProposed, presentOpening, listOpenings, insertProposal } from '../openings/index.ts';
import { listEmployerCompanyPlacements } from '../placements/index.ts';
import { presentMentor, presentWorkplace, listMentors, listWorkplaces, mentorRecordsOfUser } from '../workplaces/index.ts';
import * as repo from './repository.ts';
import { commitmentsWithProgress } from './service.ts';

/**
 * The employer portal. Row-level security limits a request to the contact's programmes, not to
 * their company, so every query here adds the organisation condition explicitly: a contact of
 * company A gets 404 for company B in the same programme.
 */

function summary(c: repo.CompanyRow & { programme_name: string }) {
  return { id: c.id, programmeId: c.programme_id, programmeName: c.programme_name, name: c.name, cvr: c.cvr };
}

async function ownCompany(trx: Parameters<typeof repo.companiesOfOrganisations>[0], pairs: EmployerPair[], companyId: string) {
  const company = (await repo.companiesOfOrganisations(trx, pairs)).find((c) => c.id === companyId);
  if (!company) throw errors.notFound('company');
  return company;
}

/** The companies the caller is a contact for, across programmes. */
export async function listMyCompanies(ctx: Ctx) {
  const { pairs, tx } = requireEmployerContact(ctx);
  const rows = await tx((trx) => repo.companiesOfOrganisations(trx, pairs));
  return { companies: rows.map(summary) };
}

/** Workplaces, openings, mentors and commitments of the caller's own company; no partnership notes. */
export async function getMyCompany(ctx: Ctx, companyId: string) {
  const { pairs, tx } = requireEmployerContact(ctx);
  return tx(async (trx) => {
    const company = await ownCompany(trx, pairs, companyId);
    const { programme_id: programmeId, organisation_id: orgId } = company;
    const mentors = await listMentors(trx, programmeId, orgId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'company',
      subjectId: companyId,
      programmeId,
      details: { portal: true, mentors: mentors.length },
    });
    return {
      ...summary(company),
      industry: company.industry,
      workplaces: (await listWorkplaces(trx, programmeId, orgId)).map(presentWorkplace),
      openings: (await listOpenings(trx, programmeId, { organisationId: orgId })).map(presentOpening),
      placements: await listEmployerCompanyPlacements(trx, programmeId, orgId),
      commitments: await commitmentsWithProgress(trx, programmeId, company),
      mentors: mentors.map(presentMentor),
    };
  });
}

/** A proposal at one of the company's own workplaces; the programme's coordinators are e-mailed. */
export async function proposeOpening(ctx: Ctx, companyId: string, body: z.output<typeof proposeOpeningBody>) {
  const { actor, pairs, tx } = requireEmployerContact(ctx);
  const result = await tx(async (trx) => {
    const company = await ownCompany(trx, pairs, companyId);
    const row = await insertProposal(trx, ctx, actor, company.programme_id, company.organisation_id, body);
    await notifyProposed(trx, ctx, actor, row, company.name);
    return presentOpening(row);
  });
  ctx.jobs.kick();
  return result;
}

/** A mentor sees their own mentor records (the placements they mentor arrive with placements). */
export async function myMentoring(ctx: Ctx) {
  const { actor, tx } = requireActor(ctx);
  const programmeIds = actor.memberships.filter((m) => roleAllows(m.role, 'mentoring.read')).map((m) => m.programmeId);
  if (programmeIds.length === 0) throw errors.forbidden('mentoring.read');
  return tx(async (trx) => {
    const rows = await mentorRecordsOfUser(trx, actor.userId, programmeIds);
    for (const programmeId of new Set(rows.map((r) => r.programme_id))) {
      await recordAudit(trx, ctx, {
        action: 'read',
        subjectType: 'mentor',
        subjectPersonId: actor.userId,
        programmeId,
        details: { own: true },
      });
    }
    return { mentors: rows.map((r) => ({ ...presentMentor(r), programmeName: r.programme_name })) };
  });
}
