import { roleAllows, type Action } from '../../../shared/domain/access/permissions.ts';
import type { Role } from '../../../shared/domain/access/roles.ts';
import { DATA_CATEGORIES, type DataCategory } from '../../../shared/domain/participants/constants.ts';
import { consentInForce } from '../../../shared/domain/participants/consent.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { AppError, errors } from '../../http/errors.ts';
import { requireProgrammeAction, rolesIn, type TenantTx } from '../../lib/access/index.ts';
import * as repo from './repository.ts';

/**
 * Participants' data is released person by person: staff of the programme see it, caseworkers only
 * under a share_job_centre consent in force that covers their organisation, the person and their
 * guardians through the portal. The checks decide; the queries they need stay in the repository.
 */

/** Who is looking at participant data, how much of it their roles let them see, and their runner. */
export interface Viewer {
  actor: Actor;
  role: Role;
  programmeId: string;
  /** Coordinators and administrators: every field of every participant. */
  full: boolean;
  /** The "most vulnerable" flag is for coordinators and administrators only. */
  seesPriority: boolean;
  /** The caseworker's organisation, matched against a consent's organisationIds. */
  organisationIds: (string | null)[];
  /** The transaction runner scoped to the viewer's programmes. */
  tx: TenantTx;
}

/** The access check for programme-level calls (lists, create): a refusal is 403. */
export function requireViewer(ctx: Ctx, programmeId: string, action: Action): Viewer {
  const { actor, role, tx } = requireProgrammeAction(ctx, programmeId, action);
  const roles = rolesIn(actor, programmeId);
  return {
    actor,
    role,
    programmeId,
    full: roles.some((r) => roleAllows(r, 'participant.write')),
    seesPriority: roles.some((r) => roleAllows(r, 'participant.priority')),
    organisationIds: actor.memberships.filter((m) => m.programmeId === programmeId && m.role === 'caseworker').map((m) => m.organisationId),
    tx,
  };
}

/**
 * The access check for one person's data. A refusal is 404, never 403: telling an employer
 * contact "forbidden" would confirm that the person is a participant.
 */
export function requirePersonViewer(ctx: Ctx, programmeId: string, action: Action): Viewer {
  try {
    return requireViewer(ctx, programmeId, action);
  } catch (err) {
    if (err instanceof AppError && err.code === 'forbidden') throw errors.notFound('participant');
    throw err;
  }
}

/** Which data categories a consent lets this caseworker see ([] = none). */
export function sharedCategories(v: Viewer, consents: readonly repo.JobCentreConsentRow[], today: string): DataCategory[] {
  const out = new Set<DataCategory>();
  for (const c of consents) {
    const person = { kind: c.kind, birthDate: c.birth_date };
    if (!consentInForce({ givenOn: c.given_on, givenBy: c.given_by, revokedAt: c.revoked_at }, person, today)) continue;
    const covers = c.organisation_ids.length === 0 || v.organisationIds.some((o) => o !== null && c.organisation_ids.includes(o));
    if (covers) for (const cat of c.data_categories) out.add(cat as DataCategory);
  }
  return DATA_CATEGORIES.filter((c) => out.has(c));
}

/**
 * Loads a participant the viewer may see, with the data categories they may see. Caseworkers need
 * a share_job_centre consent in force that covers their organisation; without one the person does
 * not exist for them (404). Revocation takes effect on the next request.
 */
export async function loadVisible(trx: Tx, v: Viewer, participantId: string, today: string) {
  const row = await repo.findParticipant(trx, v.programmeId, participantId);
  if (!row) throw errors.notFound('participant');
  if (v.full) {
    if (row.merged_into) throw errors.participantMerged(row.merged_into);
    return { row, categories: [...DATA_CATEGORIES] as DataCategory[] };
  }
  if (row.merged_into || row.anonymised_at) throw errors.notFound('participant');
  const categories = sharedCategories(v, await repo.jobCentreConsents(trx, v.programmeId, participantId), today);
  if (categories.length === 0) throw errors.notFound('participant');
  return { row, categories };
}

/**
 * Which of the programme's participants the viewer may see, for pages that name people as part of
 * something else (a company's placements, an activity's list of people). Staff see everyone; a
 * caseworker sees a person only as `loadVisible` would let them, and, when a category is named,
 * only if the consent shares it. One query for the whole page, not one per person.
 */
export async function visibleParticipants(
  trx: Tx,
  v: Viewer,
  today: string,
): Promise<(participantId: string, category?: DataCategory) => boolean> {
  if (v.full) return () => true;
  const byPerson = new Map<string, repo.JobCentreConsentRow[]>();
  for (const c of await repo.jobCentreConsents(trx, v.programmeId))
    byPerson.set(c.participant_id, [...(byPerson.get(c.participant_id) ?? []), c]);
  return (participantId, category) => {
    const categories = sharedCategories(v, byPerson.get(participantId) ?? [], today);
    return category ? categories.includes(category) : categories.length > 0;
  };
}

/** For changes: the record must be current (not merged, not anonymised). */
export async function loadWritable(trx: Tx, v: Viewer, participantId: string) {
  const row = await repo.findParticipant(trx, v.programmeId, participantId);
  if (!row) throw errors.notFound('participant');
  if (row.merged_into) throw errors.participantMerged(row.merged_into);
  if (row.anonymised_at) throw errors.participantAnonymised();
  return row;
}
