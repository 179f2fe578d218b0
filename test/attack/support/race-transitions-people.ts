import { PASSWORD } from '../../support/app.ts';
import { candidate, url } from '../../../server/modules/matching/fixtures.ts';
import { ok, openOpening, person } from '../../../server/modules/placements/fixtures.ts';
import { burst, type RaceContext, type Transition } from './race-table.ts';

/**
 * The race table's transitions about people and their choices: invitations, consents, activity
 * registrations and cancellation, match rounds and match adjustments.
 */

let seq = 0;

async function activity(ctx: RaceContext, capacity: number | null) {
  const { w } = ctx;
  return ok(
    w.c.post(`/api/programmes/${w.p}/activities`, {
      kind: 'professional_course',
      title: `Kapløbskursus ${++seq}`,
      description: 'Et kursus med én plads',
      place: 'Beboerhuset',
      siteId: w.env.site.id,
      hostCompanyId: w.place.company.id,
      capacity,
      sessions: [{ startsAt: '2026-03-28T15:00', endsAt: '2026-03-28T17:00' }],
    }),
    201,
  ) as Promise<{ id: string }>;
}

export const peopleTransitions: Transition[] = [
  {
    name: 'invitation: accept one invitation link',
    module: 'server/modules/invitations/service.ts (acceptInvitation)',
    // A used link is 404 invitation_invalid whether it lost a race a millisecond ago or is clicked next week.
    alsoLoses: [{ status: 404, code: 'invitation_invalid' }],
    async prepare(ctx) {
      const { t, w } = ctx;
      const admin = await t.member(w.p, 'administrator', { name: 'Ada Admin' });
      const email = `kaploeb-${++seq}@example.test`;
      const invitation = await ok(admin.client.post(`/api/programmes/${w.p}/invitations`, { email, role: 'coordinator' }), 201);
      await t.drainJobs();
      const mail = await t.smtp.waitFor(email);
      const token = /invitation\/([\w-]+)/.exec(mail.text)![1]!;
      return {
        // Each from a browser of its own (no session), each naming the account differently.
        requests: Array.from({ length: ctx.n }, (_, i) => ({
          client: t.client(),
          method: 'POST' as const,
          url: '/api/invitations/accept',
          body: { token, name: `Kapløber ${i}`, password: PASSWORD },
        })),
        audit: { subjectType: 'invitation', action: 'update', subjectId: invitation.id },
        stored: async () => {
          const users = await t.db.selectFrom('users').select('name').where('email', '=', email).execute();
          const inv = await t.db.selectFrom('invitations').select('accepted_at').where('id', '=', invitation.id).executeTakeFirstOrThrow();
          return { users: users.map((u) => u.name), accepted: inv.accepted_at !== null };
        },
        claimed: (_body, i) => ({ users: [`Kapløber ${i}`], accepted: true }),
      };
    },
  },
  {
    name: 'consent: revoke a consent',
    module: 'server/modules/consents/service.ts (revokeConsent)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await candidate(w, 'Bo');
      const consent = await t.db.selectFrom('consents').select('id').where('participant_id', '=', p.id).executeTakeFirstOrThrow();
      return {
        requests: burst(w.c, ctx.n, (i) => ({
          url: `/api/programmes/${w.p}/participants/${p.id}/consents/${consent.id}/revoke`,
          body: { reason: `Tilbagekaldt ${i}` },
        })),
        audit: { subjectType: 'consent', action: 'update', subjectId: consent.id },
        stored: async () =>
          (await t.db.selectFrom('consents').select('revoked_at').where('id', '=', consent.id).executeTakeFirstOrThrow()).revoked_at !==
          null,
        claimed: (body) => body.revokedAt !== null,
      };
    },
  },
  {
    name: 'activity: register people for the last place',
    module: 'server/modules/activities/service.ts (setParticipantStatus)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const a = await activity(ctx, 1);
      const people: Array<{ id: string }> = [];
      for (let i = 0; i < ctx.n; i++) people.push(await person(w, { firstName: `Deltager${i}`, lastName: 'Kapløb' }));
      await ok(w.c.post(`/api/programmes/${w.p}/activities/${a.id}/invitations`, { participantIds: people.map((p) => p.id) }));
      return {
        requests: burst(w.c, ctx.n, (i) => ({
          method: 'PUT',
          url: `/api/programmes/${w.p}/activities/${a.id}/participants/${people[i]!.id}`,
          body: { status: 'registered' },
        })),
        audit: { subjectType: 'activity_participant', action: 'update', subjectId: a.id },
        stored: async () =>
          (
            await t.db
              .selectFrom('activity_participants')
              .select('participant_id')
              .where('activity_id', '=', a.id)
              .where('status', '=', 'registered')
              .execute()
          ).map((r) => r.participant_id),
        claimed: (_body, i) => [people[i]!.id],
      };
    },
  },
  {
    name: 'activity: cancel an activity',
    module: 'server/modules/activities/service.ts (cancelActivity)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const a = await activity(ctx, null);
      return {
        requests: burst(w.c, ctx.n, () => ({ url: `/api/programmes/${w.p}/activities/${a.id}/cancel` })),
        audit: { subjectType: 'activity', action: 'update', subjectId: a.id },
        stored: async () =>
          (await t.db.selectFrom('activities').select('cancelled_at').where('id', '=', a.id).executeTakeFirstOrThrow()).cancelled_at !==
          null,
        claimed: (body) => body.cancelled,
      };
    },
  },
  {
    name: 'match round: publish a ready round',
    module: 'server/modules/matching/rounds.ts (publishRound)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Rundestilling', minAge: 15, maxAge: 17, places: 1 });
      await candidate(w, 'Runa');
      const created = await ok(w.c.post(url(w).rounds, { mode: 'optimal', seed: 7, openingIds: [opening.id] }), 202);
      await t.drainJobs();
      const round = await ok(w.c.get(url(w).round(created.id)));
      if (round.status !== 'ready') throw new Error(`round not ready: ${round.status}`);
      return {
        requests: burst(w.c, ctx.n, () => ({ url: `${url(w).round(created.id)}/publish` })),
        audit: { subjectType: 'match_round', action: 'update', subjectId: created.id },
        stored: async () => {
          const r = await t.db.selectFrom('match_rounds').select('status').where('id', '=', created.id).executeTakeFirstOrThrow();
          const placements = await t.db.selectFrom('placements').select('id').where('opening_id', '=', opening.id).execute();
          return { status: r.status, placements: placements.length };
        },
        claimed: (body) => ({ status: body.status, placements: body.publication.created.length }),
      };
    },
  },
  {
    name: 'match adjustment: remove a hide',
    module: 'server/modules/matching/adjustments.ts (removeAdjustment)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const opening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Skjulestilling', minAge: 15, maxAge: 17, places: 1 });
      const a = await candidate(w, 'Asta');
      const hide = await ok(
        w.c.post(url(w).adjustments, { openingId: opening.id, participantId: a.id, kind: 'hide', reason: 'Prøve' }),
        201,
      );
      return {
        requests: burst(w.c, ctx.n, (i) => ({ url: `${url(w).adjustments}/${hide.id}/remove`, body: { reason: `Fjern ${i}` } })),
        audit: { subjectType: 'match_adjustment', action: 'update', subjectId: hide.id },
        stored: async () =>
          (await t.db.selectFrom('match_adjustments').select('removed_at').where('id', '=', hide.id).executeTakeFirstOrThrow())
            .removed_at !== null,
        claimed: (body) => body.removedAt !== null,
      };
    },
  },
];
