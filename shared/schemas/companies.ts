import { z } from 'zod';
import { parseCvr } from '../domain/identifiers/cvr.ts';
import { isoDate, uuid } from './common.ts';
import { opening, openingKind } from './openings.ts';
import { placementStatus } from './placements.ts';
import { mentor, workplace } from './workplaces.ts';

/**
 * Companies, their commitments, notes and contacts, and the employer portal (server/modules/companies).
 * A company's profile gathers its workplaces, mentors and openings, whose shapes live with their modules.
 *
 * Validation issue codes (in `details.issues[].code`, translated by the UI under `validation.<code>`):
 * `cvr_format`, `cvr_checksum` (cvr), `end_before_start`, `not_a_partner_housing_association`,
 * `not_an_employer`, `text_required`.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });

export const cvrInput = z
  .string()
  .max(20)
  .superRefine((value, ctx) => {
    const parsed = parseCvr(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.code });
  });

// --- Companies -----------------------------------------------------------------------------------

export const createCompanyBody = z.object({
  cvr: cvrInput,
  name: required(200),
  industry: required(200),
  supplierToOrganisationId: uuid.nullable().optional(),
});
export const updateCompanyBody = createCompanyBody.omit({ cvr: true }).partial();

export const companiesQuery = z.object({
  q: text(100).optional(),
  /** `true`/`false`, or the id of the housing association it supplies. */
  supplier: z.union([z.enum(['true', 'false']), uuid]).optional(),
  industry: text(200).optional(),
});

const organisationRef = z.object({ id: uuid, name: z.string() });

export const company = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  cvr: z.string(),
  name: z.string(),
  industry: z.string(),
  supplierTo: organisationRef.nullable(),
  openOpenings: z.number().int(),
});

export const contact = z.object({ userId: uuid, name: z.string(), email: z.string() });
export const pendingContact = z.object({ invitationId: uuid, email: z.string(), expiresAt: z.string() });
export const addContactBody = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()) });

// --- Commitments and notes ------------------------------------------------------------------------

export const createCommitmentBody = z
  .object({
    description: required(300),
    openingKind,
    targetCount: z.number().int().min(1).max(1000),
    periodFrom: isoDate,
    periodTo: isoDate,
  })
  .refine((c) => c.periodTo >= c.periodFrom, { path: ['periodTo'], error: 'end_before_start' });
export const updateCommitmentBody = z.object({
  description: required(300).optional(),
  openingKind: openingKind.optional(),
  targetCount: z.number().int().min(1).max(1000).optional(),
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
});

export const commitment = z.object({
  id: uuid,
  companyId: uuid,
  description: z.string(),
  openingKind,
  targetCount: z.number().int(),
  periodFrom: isoDate,
  periodTo: isoDate,
  delivered: z.number().int(),
  remaining: z.number().int(),
  expectedByNow: z.number().int(),
  status: z.enum(['upcoming', 'on_track', 'behind', 'met', 'missed']),
});
export type Commitment = z.infer<typeof commitment>;

export const createNoteBody = z.object({ notedOn: isoDate.optional(), text: required(5000) });
export const updateNoteBody = createNoteBody.partial();
export const note = z.object({
  id: uuid,
  notedOn: isoDate,
  text: z.string(),
  author: z.object({ userId: uuid, name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof note>;

// --- Profiles and the employer portal --------------------------------------------------------------

/** One of the company's placements as the coordinator's company page lists it (links to the placement). */
export const companyPlacement = z.object({
  id: uuid,
  status: placementStatus,
  participant: z.object({ firstName: z.string(), lastName: z.string() }),
  openingTitle: z.string(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
});

/** The same placement as the employer's own company page lists it: the candidate by first name only, as on the employer's placement list. */
export const employerCompanyPlacement = companyPlacement.omit({ participant: true }).extend({
  candidate: z.object({ firstName: z.string() }),
});

export const companyProfile = company.extend({
  workplaces: z.array(workplace),
  openings: z.array(opening),
  placements: z.array(companyPlacement),
  commitments: z.array(commitment),
  contacts: z.array(contact),
  pendingContacts: z.array(pendingContact),
  mentors: z.array(mentor),
  notes: z.array(note),
});
export type CompanyProfile = z.infer<typeof companyProfile>;

export const employerCompanySummary = z.object({
  id: uuid,
  programmeId: uuid,
  programmeName: z.string(),
  name: z.string(),
  cvr: z.string(),
});
export type EmployerCompanySummary = z.infer<typeof employerCompanySummary>;
export const employerCompany = employerCompanySummary.extend({
  industry: z.string(),
  workplaces: z.array(workplace),
  openings: z.array(opening),
  placements: z.array(employerCompanyPlacement),
  commitments: z.array(commitment),
  mentors: z.array(mentor),
});
export type EmployerCompany = z.infer<typeof employerCompany>;

export const mentoringRecord = mentor.extend({ programmeName: z.string() });
export type MentoringRecord = z.infer<typeof mentoringRecord>;
