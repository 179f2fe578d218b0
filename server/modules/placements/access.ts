import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { shiftPowers, type ShiftPowers } from '../../../shared/domain/access/shifts.ts';
import { ACTION_NAMES, refuseAction, type PlacementAction } from '../../../shared/domain/placements/machine.ts';
import { primaryParty } from '../../../shared/domain/placements/parties.ts';
import type { Party, PlacementStatus } from '../../../shared/domain/placements/states.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor, rolesIn, type Admitted } from '../../lib/access/index.ts';
import * as repo from './repository.ts';

/**
 * The access check for one placement's endpoints: the caller must hold a role that can see
 * placements at all (staff) or take part in one (employer contact, mentor, participant, guardian).
 * Whether they take part in *this* placement is decided in {@link loadForParty}. Refusals are 404,
 * never 403: an employer must not learn that a placement (or a person) exists elsewhere.
 */
export function requirePlacementAccess(ctx: Ctx, programmeId: string): Admitted {
  const admitted = requireActor(ctx);
  const roles = rolesIn(admitted.actor, programmeId);
  if (roles.length === 0) throw errors.notFound('programme');
  if (!roles.some((r) => roleAllows(r, 'placement.read') || roleAllows(r, 'placement.take_part'))) throw errors.notFound('placement');
  return admitted;
}

/** Support requests: staff who handle them, or the employer side that raises them; others 404. */
export function requireSupportAccess(ctx: Ctx, programmeId: string): Admitted {
  const admitted = requirePlacementAccess(ctx, programmeId);
  const roles = rolesIn(admitted.actor, programmeId);
  if (!roles.some((r) => roleAllows(r, 'support.handle') || roleAllows(r, 'support.raise'))) throw errors.notFound('support request');
  return admitted;
}

/** The placement documents that are generated as PDFs. */
export type PlacementDocument = 'employment_statement' | 'parent_letter';

/**
 * Who gets which document: staff (coordinators, administrators) both; the person the placement is
 * about and their guardians both, for their own placements (the same PDFs staff see: they are about
 * them, and the parents must be informed); the employer contact of the placement's own organisation
 * the employment statement, which the employer must hand over anyway. Mentors take part but get
 * neither (403); anyone else, another child's guardian included, does not learn the placement
 * exists (404, from loadForParty).
 */
export function requireDocumentParty(l: Loaded, document: PlacementDocument): void {
  if (l.party === 'coordinator' || l.party === 'participant' || l.party === 'guardian') return;
  if (l.party === 'employer' && document === 'employment_statement') return;
  throw errors.forbidden('placement.documents');
}

export interface Loaded {
  row: repo.PlacementRow;
  party: Party;
  /** The person's age today: under 15, a guardian answers for them. */
  age: number;
  /** The caller (whose own steps they may take back); null for the scheduled jobs. */
  userId?: string | null;
}

/** Loads the placement and the part the caller plays in it; 404 when they play none. */
export async function loadForParty(trx: Tx, actor: Actor, programmeId: string, placementId: string, today: string): Promise<Loaded> {
  const row = await repo.findPlacement(trx, programmeId, placementId);
  if (!row) throw errors.notFound('placement');
  const memberships = actor.memberships.filter((m) => m.programmeId === programmeId);
  const guardianUserIds = memberships.some((m) => m.role === 'guardian')
    ? await repo.guardianUserIds(trx, programmeId, row.participant_id)
    : [];
  const party = primaryParty({
    userId: actor.userId,
    memberships,
    openingOrganisationId: row.organisation_id,
    participantUserId: row.participant_user_id,
    guardianUserIds,
    mentorUserId: row.mentor_user_id,
  });
  if (!party) throw errors.notFound('placement');
  return { row, party, age: ageOn(row.birth_date, today), userId: actor.userId };
}

/** Loads the placement for a caller who takes part in it and may record (guardians and strangers: 404). */
export async function loadForShifts(
  trx: Tx,
  actor: Actor,
  programmeId: string,
  placementId: string,
  today: string,
): Promise<Loaded & { powers: ShiftPowers }> {
  const l = await loadForParty(trx, actor, programmeId, placementId, today);
  if (l.party === 'guardian') throw errors.notFound('placement');
  return { ...l, powers: shiftPowers(l.party, l.row.opening_kind) };
}

/** The actions the machine lets this party take now (for the UI's buttons). */
export function allowedActions(l: Pick<Loaded, 'row' | 'party' | 'age'>): PlacementAction[] {
  return ACTION_NAMES.filter(
    (action) =>
      refuseAction({
        action,
        from: l.row.status as PlacementStatus,
        party: l.party,
        participantAccepted: l.row.participant_accepted_at !== null,
        personAge: l.age,
      }) === null,
  );
}
