import type { z } from 'zod';
import type {
  createMentorBody,
  createWorkplaceBody,
  mentorsQuery,
  updateMentorBody,
  updateWorkplaceBody,
  workplacesQuery,
} from '../../../shared/schemas/workplaces.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isForeignKeyViolation, isUniqueViolation } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { presentMentor, presentWorkplace } from './presenter.ts';
import * as repo from './repository.ts';

/**
 * Workplaces and workplace mentors belong to an employer organisation: a company in the programme,
 * or a partner municipality or housing association (day-care, care homes, estate offices).
 */
const PARTNER_EMPLOYER_KINDS = ['municipality', 'housing_association'] as const;

/** Foreign-key violation: something still refers to the row. */
function isReferenced(err: unknown): boolean {
  return isForeignKeyViolation(err);
}

async function requireEmployer(trx: Tx, programmeId: string, organisationId: string) {
  if (!(await repo.employerOrganisation(trx, programmeId, organisationId, PARTNER_EMPLOYER_KINDS))) {
    throw errors.invalidFields([{ path: ['organisationId'], code: 'not_an_employer' }]);
  }
}

function requireKnownPostalCode(postalCode: string) {
  if (!loadPostalCodes().has(postalCode)) throw errors.invalidFields([{ path: ['postalCode'], code: 'postal_code_unknown' }]);
}

export async function listWorkplaces(ctx: Ctx, programmeId: string, query: z.output<typeof workplacesQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.read');
  const rows = await tx((trx) => repo.listWorkplaces(trx, programmeId, query.organisationId));
  return { workplaces: rows.map(presentWorkplace) };
}

export async function createWorkplace(ctx: Ctx, programmeId: string, body: z.output<typeof createWorkplaceBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  requireKnownPostalCode(body.postalCode);
  try {
    return await tx(async (trx) => {
      await requireEmployer(trx, programmeId, body.organisationId);
      const row = await repo.insertWorkplace(trx, programmeId, body.organisationId, { ...body, pNumber: body.pNumber ?? null });
      await recordAudit(trx, ctx, { action: 'create', subjectType: 'workplace', subjectId: row.id, programmeId });
      return presentWorkplace(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('name');
    throw err;
  }
}

export async function updateWorkplace(ctx: Ctx, programmeId: string, workplaceId: string, body: z.output<typeof updateWorkplaceBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  if (body.postalCode) requireKnownPostalCode(body.postalCode);
  try {
    return await tx(async (trx) => {
      const current = await repo.findWorkplace(trx, programmeId, workplaceId);
      if (!current) throw errors.notFound('workplace');
      const row = await repo.updateWorkplace(trx, programmeId, workplaceId, {
        name: body.name ?? current.name,
        address: body.address ?? current.address,
        postalCode: body.postalCode ?? current.postal_code,
        pNumber: body.pNumber !== undefined ? body.pNumber : current.p_number,
      });
      await recordAudit(trx, ctx, {
        action: 'update',
        subjectType: 'workplace',
        subjectId: workplaceId,
        programmeId,
        details: { fields: Object.keys(body) },
      });
      return presentWorkplace(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('name');
    throw err;
  }
}

/** A workplace with openings or mentors is refused (`in_use`); close or move those first. */
export async function deleteWorkplace(ctx: Ctx, programmeId: string, workplaceId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  try {
    await tx(async (trx) => {
      if (!(await repo.findWorkplace(trx, programmeId, workplaceId))) throw errors.notFound('workplace');
      await repo.deleteWorkplace(trx, programmeId, workplaceId);
      await recordAudit(trx, ctx, { action: 'delete', subjectType: 'workplace', subjectId: workplaceId, programmeId });
    });
  } catch (err) {
    if (isReferenced(err)) throw errors.inUse('openings or mentors');
    throw err;
  }
}

// --- Mentors --------------------------------------------------------------------------------------

/** Mentors' names and contact details are personal data: listing them is an audited read. */
export async function listMentors(ctx: Ctx, programmeId: string, query: z.output<typeof mentorsQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.read');
  return tx(async (trx) => {
    const rows = await repo.listMentors(trx, programmeId, query.organisationId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'mentor_list',
      programmeId,
      details: { count: rows.length, organisationId: query.organisationId ?? null },
    });
    return { mentors: rows.map(presentMentor) };
  });
}

/** The workplace must be the organisation's own; a linked user must hold the mentor role here. */
async function checkMentorLinks(
  trx: Tx,
  programmeId: string,
  organisationId: string,
  m: { workplaceId: string | null; userId: string | null },
) {
  if (m.workplaceId) {
    const workplace = await repo.findWorkplace(trx, programmeId, m.workplaceId);
    if (!workplace || workplace.organisation_id !== organisationId)
      throw errors.invalidFields([{ path: ['workplaceId'], code: 'workplace_unknown' }]);
  }
  if (m.userId && !(await repo.hasMembership(trx, programmeId, m.userId, 'mentor'))) {
    throw errors.invalidFields([{ path: ['userId'], code: 'mentor_user_unknown' }]);
  }
}

export async function createMentor(ctx: Ctx, programmeId: string, body: z.output<typeof createMentorBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    await requireEmployer(trx, programmeId, body.organisationId);
    const values = {
      workplaceId: body.workplaceId ?? null,
      userId: body.userId ?? null,
      name: body.name,
      email: body.email ?? null,
      phone: body.phone ?? null,
      hoursPerWeek: body.hoursPerWeek,
      ratePerHour: body.ratePerHour,
      payer: body.payer,
    };
    await checkMentorLinks(trx, programmeId, body.organisationId, values);
    const row = await repo.insertMentor(trx, programmeId, body.organisationId, values);
    await recordAudit(trx, ctx, { action: 'create', subjectType: 'mentor', subjectId: row.id, subjectPersonId: row.user_id, programmeId });
    return presentMentor(row);
  });
}

export async function updateMentor(ctx: Ctx, programmeId: string, mentorId: string, body: z.output<typeof updateMentorBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    const current = await repo.findMentor(trx, programmeId, mentorId);
    if (!current) throw errors.notFound('mentor');
    const pick = <K extends keyof typeof body>(k: K, fallback: NonNullable<(typeof body)[K]> | null) =>
      body[k] !== undefined ? body[k] : fallback;
    const values = {
      workplaceId: pick('workplaceId', current.workplace_id) ?? null,
      userId: pick('userId', current.user_id) ?? null,
      name: body.name ?? current.name,
      email: pick('email', current.email) ?? null,
      phone: pick('phone', current.phone) ?? null,
      hoursPerWeek: body.hoursPerWeek ?? current.hours_per_week,
      ratePerHour: body.ratePerHour ?? current.rate_per_hour,
      payer: body.payer ?? current.payer,
    };
    await checkMentorLinks(trx, programmeId, current.organisation_id, values);
    const row = await repo.updateMentor(trx, programmeId, mentorId, values);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'mentor',
      subjectId: mentorId,
      subjectPersonId: row.user_id,
      programmeId,
      details: { fields: Object.keys(body) },
    });
    return presentMentor(row);
  });
}

export async function deleteMentor(ctx: Ctx, programmeId: string, mentorId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  await tx(async (trx) => {
    const current = await repo.findMentor(trx, programmeId, mentorId);
    if (!current) throw errors.notFound('mentor');
    await repo.deleteMentor(trx, programmeId, mentorId);
    await recordAudit(trx, ctx, {
      action: 'delete',
      subjectType: 'mentor',
      subjectId: mentorId,
      subjectPersonId: current.user_id,
      programmeId,
    });
  });
}
