import type { z } from 'zod';
import type { addContactBody, companiesQuery, createCompanyBody, updateCompanyBody } from '../../../shared/schemas/companies.ts';
import { commitmentProgress } from '../../../shared/domain/employers/commitments.ts';
import type { OpeningKind } from '../../../shared/domain/employers/openings.ts';
import { parseCvr } from '../../../shared/domain/identifiers/cvr.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { createInvitation } from '../invitations/index.ts';
import { presentOpening, listOpenings } from '../openings/index.ts';
import { requireViewer, visibleParticipants } from '../people/index.ts';
import { listCompanyPlacements } from '../placements/index.ts';
import { presentCommitment, presentCompany, presentContact, presentNote, presentPendingContact } from './presenter.ts';
import * as repo from './repository.ts';
import { listMentors, listWorkplaces, presentMentor, presentWorkplace } from '../workplaces/index.ts';

export async function listCompanies(ctx: Ctx, programmeId: string, query: z.output<typeof companiesQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.read');
  const rows = await tx((trx) => repo.listCompanies(trx, programmeId, query));
  return { companies: rows.map(presentCompany) };
}

/**
 * Registers a company in the programme: finds or creates its organisation by CVR (shared with
 * other programmes, so contacts keep one identity) and adds the programme's row, in one transaction.
 */
export async function createCompany(ctx: Ctx, programmeId: string, body: z.output<typeof createCompanyBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  const parsed = parseCvr(body.cvr);
  if (!parsed.ok) throw errors.invalidFields([{ path: ['cvr'], code: parsed.code }]);
  try {
    return await tx(async (trx) => {
      const supplierTo = body.supplierToOrganisationId ?? null;
      if (supplierTo) await requireHousingAssociationPartner(trx, programmeId, supplierTo);
      const organisationId = await repo.companyOrganisation(trx, parsed.value, body.name);
      const row = await repo.insertCompany(trx, {
        programmeId,
        organisationId,
        cvr: parsed.value,
        name: body.name,
        industry: body.industry,
        supplierTo,
      });
      await recordAudit(trx, ctx, { action: 'create', subjectType: 'company', subjectId: row.id, programmeId, details: { cvr: row.cvr } });
      return presentCompany(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('cvr');
    throw err;
  }
}

/** The coordinator's company page. Contacts and mentors are personal data: the read is audited. */
export async function getCompanyProfile(ctx: Ctx, programmeId: string, companyId: string) {
  const viewer = requireViewer(ctx, programmeId, 'company.read');
  return viewer.tx(async (trx) => {
    const visible = await visibleParticipants(trx, viewer, copenhagenToday());
    const company = await mustFindCompany(trx, programmeId, companyId);
    const orgId = company.organisation_id;
    const contacts = await repo.listContacts(trx, programmeId, orgId);
    const mentors = await listMentors(trx, programmeId, orgId);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'company',
      subjectId: companyId,
      programmeId,
      details: { contacts: contacts.length, mentors: mentors.length },
    });
    return {
      ...presentCompany(company),
      workplaces: (await listWorkplaces(trx, programmeId, orgId)).map(presentWorkplace),
      openings: (await listOpenings(trx, programmeId, { organisationId: orgId })).map(presentOpening),
      placements: await listCompanyPlacements(trx, programmeId, orgId, (id) => visible(id, 'employment')),
      commitments: await commitmentsWithProgress(trx, programmeId, company),
      contacts: contacts.map(presentContact),
      pendingContacts: (await repo.listPendingContacts(trx, programmeId, orgId)).map(presentPendingContact),
      mentors: mentors.map(presentMentor),
      notes: (await repo.listNotes(trx, programmeId, companyId)).map(presentNote),
    };
  });
}

/** The CVR number (and with it the organisation) is the company's identity and does not change. */
export async function updateCompany(ctx: Ctx, programmeId: string, companyId: string, body: z.output<typeof updateCompanyBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    await mustFindCompany(trx, programmeId, companyId);
    if (body.supplierToOrganisationId) await requireHousingAssociationPartner(trx, programmeId, body.supplierToOrganisationId);
    const row = await repo.updateCompany(trx, programmeId, companyId, {
      name: body.name,
      industry: body.industry,
      supplierTo: body.supplierToOrganisationId,
    });
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'company',
      subjectId: companyId,
      programmeId,
      details: { fields: Object.keys(body) },
    });
    return presentCompany(row!);
  });
}

/**
 * Removes the company from the programme with its workplaces, mentors, commitments and notes.
 * A company with openings is refused (`in_use`): they are the record of what it delivered.
 */
export async function deleteCompany(ctx: Ctx, programmeId: string, companyId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  await tx(async (trx) => {
    const company = await mustFindCompany(trx, programmeId, companyId);
    if ((await repo.countOpenings(trx, programmeId, company.organisation_id)) > 0) throw errors.inUse('openings');
    await repo.deleteCompany(trx, programmeId, company);
    await recordAudit(trx, ctx, {
      action: 'delete',
      subjectType: 'company',
      subjectId: companyId,
      programmeId,
      details: { cvr: company.cvr },
    });
  });
}

/**
 * A contact is an employer user: an invitation with role employer_contact for the company's
 * organisation. Someone who already has an account accepts it with their own password.
 */
export async function addContact(ctx: Ctx, programmeId: string, companyId: string, body: z.output<typeof addContactBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  const company = await tx((trx) => mustFindCompany(trx, programmeId, companyId));
  return createInvitation(ctx, programmeId, { email: body.email, role: 'employer_contact', organisationId: company.organisation_id });
}

export async function removeContact(ctx: Ctx, programmeId: string, companyId: string, userId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  await tx(async (trx) => {
    const company = await mustFindCompany(trx, programmeId, companyId);
    if (!(await repo.removeContact(trx, programmeId, company.organisation_id, userId))) throw errors.notFound('contact');
    await recordAudit(trx, ctx, {
      action: 'delete',
      subjectType: 'company_contact',
      subjectId: companyId,
      subjectPersonId: userId,
      programmeId,
    });
  });
}

// --- Shared with the partnership and portal services ---------------------------------------------

export async function mustFindCompany(trx: Tx, programmeId: string, companyId: string) {
  const company = await repo.findCompany(trx, programmeId, companyId);
  if (!company) throw errors.notFound('company');
  return company;
}

/** Each commitment against what the company delivered (see `loadDeliveries` for what counts). */
export async function commitmentsWithProgress(trx: Tx, programmeId: string, company: { id: string; organisation_id: string }) {
  const commitments = await repo.listCommitments(trx, programmeId, company.id);
  if (commitments.length === 0) return [];
  const deliveries = await repo.loadDeliveries(trx, programmeId, company.organisation_id);
  const today = copenhagenToday();
  return commitments.map((c) =>
    presentCommitment(
      c,
      commitmentProgress(
        { openingKind: c.opening_kind as OpeningKind, targetCount: c.target_count, periodFrom: c.period_from, periodTo: c.period_to },
        deliveries,
        today,
      ),
    ),
  );
}

async function requireHousingAssociationPartner(trx: Tx, programmeId: string, organisationId: string) {
  const partner = await repo.findPartner(trx, programmeId, organisationId);
  if (!partner || partner.kind !== 'housing_association') {
    throw errors.invalidFields([{ path: ['supplierToOrganisationId'], code: 'not_a_partner_housing_association' }]);
  }
}
