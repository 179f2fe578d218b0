import type { z } from 'zod';
import { roleAllows } from '../../../shared/domain/access/permissions.ts';
import { primaryParty } from '../../../shared/domain/placements/parties.ts';
import type { Party } from '../../../shared/domain/placements/states.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { placementListQuery } from '../../../shared/schemas/placements.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor, requireProgrammeAction } from '../../lib/access/index.ts';
import { allowedActions, loadForParty, requirePlacementAccess } from './access.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { candidateCategories } from './candidates.ts';
import { presentPlacement } from './presenter.ts';
import * as repo from './repository.ts';
import { detailFor } from './views.ts';

export { createPlacement, createProposedPlacements } from './proposals.ts';

/** One placement, as the caller's part in it lets them see it. Every read names a person: audited. */
export async function getPlacement(ctx: Ctx, programmeId: string, placementId: string) {
  const { actor, tx } = requirePlacementAccess(ctx, programmeId);
  const today = copenhagenToday();
  return tx(async (trx) => {
    const loaded = await loadForParty(trx, actor, programmeId, placementId, today);
    const view = await detailFor(trx, loaded, today);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'placement',
      subjectId: placementId,
      subjectPersonId: loaded.row.participant_id,
      programmeId,
      details: { as: loaded.party, ...(view.candidate ? { categories: view.candidate.sharedCategories } : {}) },
    });
    return view;
  });
}

/** The programme's placements for staff, newest first. The search is audited with its criteria. */
export async function listPlacements(ctx: Ctx, programmeId: string, query: z.output<typeof placementListQuery>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'placement.read');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const rows = await repo.listPlacements(trx, programmeId, query);
    await recordAudit(trx, ctx, { action: 'search', subjectType: 'placement', programmeId, details: { ...query, count: rows.length } });
    return {
      placements: rows.map((r) =>
        presentPlacement(r, {
          party: 'coordinator',
          today,
          actions: allowedActions({ row: r, party: 'coordinator', age: ageOn(r.birth_date, today) }),
        }),
      ),
    };
  });
}

/** The programmes where the caller may take part in placements in the given role. */
function programmesAs(actor: Actor, role: 'employer_contact' | 'mentor' | 'participant' | 'guardian') {
  return actor.memberships.filter((m) => m.role === role && roleAllows(m.role, 'placement.take_part'));
}

/**
 * The caller's own placements across programmes: an employer contact's candidates (data-minimised,
 * with only what consents in force share), a mentor's mentees, a participant's or guardian's own.
 * Each person shown to someone outside the programme's staff is an audited read.
 */
export async function myPlacements(ctx: Ctx, query: { status?: string }) {
  const { actor, tx } = requireActor(ctx);
  const employer = programmesAs(actor, 'employer_contact')
    .filter((m) => m.organisationId !== null)
    .map((m) => ({ programmeId: m.programmeId, organisationId: m.organisationId! }));
  const mentorIn = programmesAs(actor, 'mentor').map((m) => m.programmeId);
  const portalIn = [...programmesAs(actor, 'participant'), ...programmesAs(actor, 'guardian')].map((m) => m.programmeId);
  if (employer.length + mentorIn.length + portalIn.length === 0) throw errors.forbidden('placement.take_part');
  const today = copenhagenToday();
  return tx(async (trx) => {
    const portalRows = await repo.listForPortalUser(trx, actor.userId, portalIn);
    const rows = [
      ...new Map(
        [
          ...(await repo.listForOrganisations(trx, employer, query.status)),
          ...(await repo.listForMentorUser(trx, actor.userId, mentorIn)),
          ...portalRows,
        ]
          .filter((r) => !query.status || r.status === query.status)
          .map((r) => [r.id, r]),
      ).values(),
    ];
    const guardianOf = new Set(portalRows.filter((r) => r.participant_user_id !== actor.userId).map((r) => r.id));
    const partyOf = (r: repo.PlacementRow): Party =>
      primaryParty({
        userId: actor.userId,
        memberships: actor.memberships.filter((m) => m.programmeId === r.programme_id),
        openingOrganisationId: r.organisation_id,
        participantUserId: r.participant_user_id,
        guardianUserIds: guardianOf.has(r.id) ? [actor.userId] : [],
        mentorUserId: r.mentor_user_id,
      })!;
    const categories = await candidateCategories(trx, rows, partyOf, today);
    const placements = rows.map((r) => {
      const party = partyOf(r);
      return presentPlacement(r, {
        party,
        categories: categories.get(r.id) ?? [],
        today,
        actions: allowedActions({ row: r, party, age: ageOn(r.birth_date, today) }),
      });
    });
    for (const p of placements) {
      await recordAudit(trx, ctx, {
        action: 'read',
        subjectType: 'placement',
        subjectId: p.id,
        subjectPersonId: rows.find((r) => r.id === p.id)!.participant_id,
        programmeId: p.programmeId,
        details: { as: p.actingAs, via: 'my_placements', ...(p.candidate ? { categories: p.candidate.sharedCategories } : {}) },
      });
    }
    return { placements };
  });
}
