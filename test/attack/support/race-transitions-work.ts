import { addDays, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { openingBody } from '../../../server/modules/companies/fixtures.ts';
import { activePlacement, ok, openOpening, person, propose, today, urls, yearsAgo } from '../../../server/modules/placements/fixtures.ts';
import { burst, type RaceContext, type Transition } from './race-table.ts';

/**
 * The race table's work transitions: shifts, placements, openings and support requests. Each
 * set-up makes a fresh subject in the shared world, so the transitions do not see each other.
 */

const MON = addDays(mondayOf(today()), -14);

async function submittedShift({ w }: RaceContext) {
  const { placement } = await activePlacement(w, { person: { firstName: 'Kaja' }, agreement: { startsOn: addDays(today(), -60) } });
  const body = { workDate: addDays(MON, 1), startTime: '15:00', endTime: '17:00' };
  return (await ok(w.contact.client.post(`${urls.placement(w.p, placement.id)}/shifts`, body), 201)).shift as { id: string };
}

const shiftStatus = (ctx: RaceContext, id: string) => async () =>
  (await ctx.t.db.selectFrom('shifts').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

async function proposedPlacement({ w }: RaceContext) {
  const p = await person(w, { firstName: 'Ronja', birthDate: yearsAgo(16), compulsorySchool: false });
  return (await propose(w, p.id)) as { id: string; version: number };
}

const placementState = (ctx: RaceContext, id: string) => async () => {
  const row = await ctx.t.db
    .selectFrom('placements')
    .select(['status', 'participant_accepted_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { status: row.status, accepted: row.participant_accepted_at !== null };
};

const openingStatus = (ctx: RaceContext, id: string) => async () =>
  (await ctx.t.db.selectFrom('openings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

async function supportRequest({ w }: RaceContext) {
  const { placement } = await activePlacement(w, { person: { firstName: 'Ali' } });
  return (await ok(
    w.contact.client.post(`/api/programmes/${w.p}/placements/${placement.id}/support-requests`, {
      category: 'attendance',
      severity: 'normal',
      description: 'Kommer for sent',
    }),
    201,
  )) as { id: string };
}

export const workTransitions: Transition[] = [
  {
    name: 'shift: approve or reject a submitted shift',
    module: 'server/modules/shifts/service.ts, review.ts',
    async prepare(ctx) {
      const shift = await submittedShift(ctx);
      const url = (a: string) => `/api/programmes/${ctx.w.p}/shifts/${shift.id}/${a}`;
      return {
        requests: burst(ctx.w.contact.client, ctx.n, (i) =>
          i % 2 === 0 ? { url: url('approve') } : { url: url('reject'), body: { reason: `Afvist ${i}` } },
        ),
        audit: { subjectType: 'shift', action: 'update', subjectId: shift.id },
        stored: shiftStatus(ctx, shift.id),
        claimed: (body) => body.shift.status,
      };
    },
  },
  {
    name: 'shift: correct an approved shift',
    module: 'server/modules/shifts/service.ts',
    async prepare(ctx) {
      const shift = await submittedShift(ctx);
      await ok(ctx.w.contact.client.post(`/api/programmes/${ctx.w.p}/shifts/${shift.id}/approve`, {}));
      return {
        requests: burst(ctx.w.contact.client, ctx.n, (i) => ({
          url: `/api/programmes/${ctx.w.p}/shifts/${shift.id}/corrections`,
          body: { workDate: addDays(MON, 1), startTime: '15:00', endTime: `${18 + (i % 3)}:00`, reason: `Rettelse ${i}` },
        })),
        audit: { subjectType: 'shift_correction', action: 'create' },
        stored: async () =>
          (await ctx.t.db.selectFrom('shifts').select(['id', 'end_time']).where('corrects_shift_id', '=', shift.id).execute()).map((r) => ({
            id: r.id,
            end: String(r.end_time).slice(0, 5),
          })),
        claimed: (body) => [{ id: body.shift.id, end: body.shift.endTime }],
      };
    },
  },
  {
    name: 'placement: move a proposal to interview or decline it',
    module: 'server/modules/placements/transitions.ts',
    async prepare(ctx) {
      const pl = await proposedPlacement(ctx);
      return {
        requests: burst(ctx.w.c, ctx.n, (i) => ({
          url: urls.transition(ctx.w.p, pl.id),
          body: i % 2 === 0 ? { to: 'interview', version: pl.version } : { to: 'declined', version: pl.version, reason: 'timing' },
        })),
        audit: { subjectType: 'placement', action: 'update', subjectId: pl.id },
        stored: placementState(ctx, pl.id),
        claimed: (body) => ({ status: body.status, accepted: body.participantAcceptedAt !== null }),
      };
    },
  },
  {
    name: 'placement: answer a proposal yes or no',
    module: 'server/modules/placements/transitions.ts (answerProposal)',
    async prepare(ctx) {
      const pl = await proposedPlacement(ctx);
      return {
        requests: burst(ctx.w.c, ctx.n, (i) => ({
          url: urls.answer(ctx.w.p, pl.id),
          body: { answer: i % 2 === 0 ? 'yes' : 'no', version: pl.version },
        })),
        audit: { subjectType: 'placement', action: 'update', subjectId: pl.id },
        stored: placementState(ctx, pl.id),
        claimed: (body) => ({ status: body.status, accepted: body.participantAcceptedAt !== null }),
      };
    },
  },
  {
    name: 'opening: change the status of an open opening (filled or closed)',
    module: 'server/modules/openings/service.ts (changeStatus)',
    async prepare(ctx) {
      const opening = await openOpening(ctx.w.c, ctx.w.p, ctx.w.place.workplace.id, { title: 'Kapløbsstilling' });
      return {
        requests: burst(ctx.w.c, ctx.n, (i) => ({
          url: `/api/programmes/${ctx.w.p}/openings/${opening.id}/status`,
          body: { status: i % 2 === 0 ? 'filled' : 'closed', version: opening.version },
        })),
        audit: { subjectType: 'opening', action: 'update', subjectId: opening.id },
        stored: openingStatus(ctx, opening.id),
        claimed: (body) => body.status,
      };
    },
  },
  {
    name: 'opening: approve or reject an employer’s proposal',
    module: 'server/modules/openings/service.ts (approveOpening, rejectOpening)',
    async prepare(ctx) {
      const { w } = ctx;
      const proposal = await ok(
        w.contact.client.post(
          `/api/employer/companies/${w.place.company.id}/openings`,
          openingBody(w.place.workplace.id, { title: 'Forslag', startsOn: addDays(today(), 30) }),
        ),
        201,
      );
      const url = (a: string) => `/api/programmes/${w.p}/openings/${proposal.id}/${a}`;
      return {
        requests: burst(w.c, ctx.n, (i) =>
          i % 2 === 0
            ? { url: url('approve'), body: { version: proposal.version } }
            : { url: url('reject'), body: { version: proposal.version, reason: `Ikke nu ${i}` } },
        ),
        audit: { subjectType: 'opening', action: 'update', subjectId: proposal.id },
        stored: openingStatus(ctx, proposal.id),
        claimed: (body) => body.status,
      };
    },
  },
  {
    name: 'support request: acknowledge an open request',
    module: 'server/modules/support-requests/service.ts (respond)',
    async prepare(ctx) {
      const request = await supportRequest(ctx);
      return {
        requests: burst(ctx.w.c, ctx.n, () => ({ url: `/api/programmes/${ctx.w.p}/support-requests/${request.id}/acknowledge` })),
        audit: { subjectType: 'support_request', action: 'update', subjectId: request.id },
        stored: async () =>
          (await ctx.t.db.selectFrom('support_requests').select('status').where('id', '=', request.id).executeTakeFirstOrThrow()).status,
        claimed: (body) => body.status,
      };
    },
  },
  {
    name: 'support request: resolve (close) a request',
    module: 'server/modules/support-requests/service.ts (respond)',
    async prepare(ctx) {
      const request = await supportRequest(ctx);
      return {
        requests: burst(ctx.w.c, ctx.n, (i) => ({
          url: `/api/programmes/${ctx.w.p}/support-requests/${request.id}/resolve`,
          body: { resolution: `Løst ${i}` },
        })),
        audit: { subjectType: 'support_request', action: 'update', subjectId: request.id },
        stored: async () => {
          const row = await ctx.t.db
            .selectFrom('support_requests')
            .select(['status', 'resolution'])
            .where('id', '=', request.id)
            .executeTakeFirstOrThrow();
          return { status: row.status, resolution: row.resolution };
        },
        claimed: (body) => ({ status: body.status, resolution: body.resolution }),
      };
    },
  },
  {
    name: 'opening: edit with the version read',
    module: 'server/modules/openings/service.ts (updateOpening)',
    async prepare(ctx) {
      const opening = await openOpening(ctx.w.c, ctx.w.p, ctx.w.place.workplace.id, { title: 'Redigeres' });
      return {
        requests: burst(ctx.w.c, ctx.n, (i) => ({
          method: 'PATCH',
          url: `/api/programmes/${ctx.w.p}/openings/${opening.id}`,
          body: { title: `Redigeret ${i}`, version: opening.version },
        })),
        audit: { subjectType: 'opening', action: 'update', subjectId: opening.id },
        stored: async () =>
          (await ctx.t.db.selectFrom('openings').select('title').where('id', '=', opening.id).executeTakeFirstOrThrow()).title,
        claimed: (body) => body.title,
      };
    },
  },
  {
    name: 'opening: delete a draft',
    module: 'server/modules/openings/service.ts (deleteOpening)',
    // A deleted opening is 404 not_found to whoever asks after it went, race or not.
    alsoLoses: [{ status: 404, code: 'not_found' }],
    async prepare(ctx) {
      const opening = await openOpening(ctx.w.c, ctx.w.p, ctx.w.place.workplace.id, { title: 'Kladde', status: 'draft' });
      return {
        requests: burst(ctx.w.c, ctx.n, () => ({
          method: 'DELETE',
          url: `/api/programmes/${ctx.w.p}/openings/${opening.id}`,
          body: undefined,
        })),
        audit: { subjectType: 'opening', action: 'delete', subjectId: opening.id },
        stored: async () =>
          (await ctx.t.db.selectFrom('openings').select('id').where('id', '=', opening.id).executeTakeFirst()) !== undefined,
        claimed: () => false,
      };
    },
  },
];
