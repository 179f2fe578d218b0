import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { ACTION_NAMES, refuseAction, type PlacementAction } from '../../../shared/domain/placements/machine.ts';
import { primaryParty } from '../../../shared/domain/placements/parties.ts';
import type { Party, PlacementStatus } from '../../../shared/domain/placements/states.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor } from '../../lib/access.ts';
import * as repo from './repository.ts';

/**
 * The access check for one placement's endpoints: the caller must hold a role that can see
 * placements at all (staff) or take part in one (employer contact, mentor, participant, guardian).
 * Whether they take part in *this* placement is decided in {@link loadForParty}. Refusals are 404,
 * never 403: an employer must not learn that a placement (or a person) exists elsewhere.
 */
export function requirePlacementAccess(ctx: Ctx, programmeId: string): Actor {
  const actor = requireActor(ctx);
  const roles = actor.memberships.filter((m) => m.programmeId === programmeId).map((m) => m.role);
  if (roles.length === 0) throw errors.notFound('programme');
  if (!roles.some((r) => roleAllows(r, 'placement.read') || roleAllows(r, 'placement.take_part'))) throw errors.notFound('placement');
  return actor;
}

export interface Loaded {
  row: repo.PlacementRow;
  party: Party;
  /** The person's age today: under 15, a guardian answers for them. */
  age: number;
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
  return { row, party, age: ageOn(row.birth_date, today) };
}

/** The actions the machine lets this party take now (for the UI's buttons). */
export function allowedActions(l: Loaded): PlacementAction[] {
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

/** Staff see and change everything; the others see their own side. */
export function isStaff(party: Party): boolean {
  return party === 'coordinator';
}
