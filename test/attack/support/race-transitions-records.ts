import { addDays, isoWeek, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { PASSWORD } from '../../support/app.ts';
import { verifyPassword } from '../../../server/modules/auth/passwords.ts';
import {
  activePlacement,
  guardianNotice,
  nextStep,
  ok,
  person,
  today,
  urls,
  yearsAgo,
} from '../../../server/modules/placements/fixtures.ts';
import { burst, type RaceContext, type Transition } from './race-table.ts';

/**
 * The race table's transitions on a person's record: guardian co-signature, next steps, the
 * "worked as planned" week, merging, erasure, the portal (code redemption, consent withdrawal).
 */

const participantUrl = (ctx: RaceContext, id: string) => `/api/programmes/${ctx.w.p}/participants/${id}`;

export const recordTransitions: Transition[] = [
  {
    name: 'participant: edit with the version read',
    module: 'server/modules/participants/service.ts (updateParticipant)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await person(w, { firstName: 'Rikke' });
      return {
        requests: burst(w.c, ctx.n, (i) => ({
          method: 'PATCH',
          url: participantUrl(ctx, p.id),
          body: { goals: `Mål ${i}`, version: p.version },
        })),
        audit: { subjectType: 'participant', action: 'update', subjectId: p.id },
        stored: async () => (await t.db.selectFrom('participants').select('goals').where('id', '=', p.id).executeTakeFirstOrThrow()).goals,
        claimed: (body) => body.goals,
      };
    },
  },
  {
    name: 'guardian notice: co-sign',
    module: 'server/modules/guardians/service.ts (cosignNotice)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await person(w, { firstName: 'Noah', birthDate: yearsAgo(14, 30) });
      const notice = await guardianNotice(w, p.id);
      return {
        // Each says another day: only one day can be the day the guardian signed.
        requests: burst(w.c, ctx.n, (i) => ({
          url: `${participantUrl(ctx, p.id)}/guardian-notices/${notice.id}/cosign`,
          body: { cosignedOn: addDays(today(), -i) },
        })),
        audit: { subjectType: 'guardian_notice', action: 'update', subjectId: notice.id },
        stored: async () =>
          (await t.db.selectFrom('guardian_job_notices').select('cosigned_on').where('id', '=', notice.id).executeTakeFirstOrThrow())
            .cosigned_on,
        claimed: (body) => body.cosignedOn,
      };
    },
  },
  {
    name: 'next step: complete',
    module: 'server/modules/talks/service.ts (completeNextStep)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await person(w, { firstName: 'Tilde' });
      const step = await nextStep(w, p.id);
      return {
        requests: burst(w.c, ctx.n, () => ({ url: `${participantUrl(ctx, p.id)}/next-steps/${step.id}/complete` })),
        audit: { subjectType: 'next_step', action: 'update', subjectId: step.id },
        stored: async () =>
          (
            await t.db.selectFrom('next_steps').select('completed_at').where('id', '=', step.id).executeTakeFirstOrThrow()
          ).completed_at?.toISOString(),
        claimed: (body) => new Date(body.completedAt).toISOString(),
      };
    },
  },
  {
    name: 'timesheet: confirm a week as worked as planned',
    module: 'server/modules/shifts/timesheet.ts (confirmAsPlanned)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const monday = addDays(mondayOf(today()), -7);
      const { placement } = await activePlacement(w, { person: { firstName: 'Vilma' }, agreement: { startsOn: addDays(today(), -60) } });
      const { year, week } = isoWeek(monday);
      return {
        requests: burst(w.contact.client, ctx.n, () => ({
          url: `${urls.placement(w.p, placement.id)}/timesheet/${year}-W${String(week).padStart(2, '0')}/as-planned`,
        })),
        audit: { subjectType: 'shift', action: 'create', subjectId: placement.id },
        stored: async () =>
          (await t.db.selectFrom('shifts').select('id').where('placement_id', '=', placement.id).orderBy('work_date').execute()).map(
            (s) => s.id,
          ),
        claimed: (body) => body.created.map((s: { id: string }) => s.id),
      };
    },
  },
  {
    name: 'participants: merge two records (either way round)',
    module: 'server/modules/duplicates/service.ts (mergeParticipants)',
    // Asking to keep the record that was just merged away is 410 participant_merged, race or not.
    alsoLoses: [{ status: 410, code: 'participant_merged' }],
    async prepare(ctx) {
      const { t, w } = ctx;
      const birthDate = yearsAgo(16, 11);
      const a = await person(w, { firstName: 'Idris', lastName: 'Haddad', birthDate, compulsorySchool: false });
      const b = await person(w, { firstName: 'Idris', lastName: 'Haddad', birthDate, compulsorySchool: false });
      const pair = (i: number) => (i % 2 === 0 ? [a.id, b.id] : [b.id, a.id]) as [string, string];
      return {
        requests: burst(w.c, ctx.n, (i) => ({ url: `${participantUrl(ctx, pair(i)[0])}/merge`, body: { otherId: pair(i)[1] } })),
        // Each merge writes one row about the survivor and one about the merged record.
        audit: { subjectType: 'participant', action: 'update', subjectId: a.id },
        stored: async () =>
          (await t.db.selectFrom('participants').select(['id', 'merged_into']).where('id', 'in', [a.id, b.id]).orderBy('id').execute())
            .filter((r) => r.merged_into)
            .map((r) => ({ merged: r.id, into: r.merged_into })),
        claimed: (body) => [{ merged: body.id === a.id ? b.id : a.id, into: body.id }],
      };
    },
  },
  {
    name: 'participant: anonymise (erasure)',
    module: 'server/modules/gdpr/service.ts (anonymise)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await person(w, { firstName: 'Slet' });
      return {
        requests: burst(w.c, ctx.n, () => ({ url: `${participantUrl(ctx, p.id)}/anonymise` })),
        audit: { subjectType: 'participant', action: 'delete', subjectId: p.id },
        stored: async () =>
          (
            await t.db.selectFrom('participants').select('anonymised_at').where('id', '=', p.id).executeTakeFirstOrThrow()
          ).anonymised_at?.toISOString(),
        claimed: (body) => new Date(body.anonymisedAt).toISOString(),
      };
    },
  },
  {
    name: 'portal: redeem one portal code',
    module: 'server/modules/portal/service.ts (redeemPortalCode)',
    // A used code is 404 portal_code_invalid whether it lost a race or is typed in again next week.
    alsoLoses: [{ status: 404, code: 'portal_code_invalid' }],
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await person(w, { firstName: 'Portia' });
      const { code } = await ok(w.c.post(`${participantUrl(ctx, p.id)}/portal-codes`, { for: 'participant' }), 201);
      return {
        requests: Array.from({ length: ctx.n }, (_, i) => ({
          client: t.client(),
          method: 'POST' as const,
          url: '/api/portal/redeem',
          body: { code, username: `portia${i}x${Date.now() % 100000}`, password: PASSWORD },
        })),
        audit: { subjectType: 'portal_code', action: 'update' },
        stored: async () => {
          const row = await t.db
            .selectFrom('participants')
            .leftJoin('users', 'users.id', 'participants.user_id')
            .select('users.username')
            .where('participants.id', '=', p.id)
            .executeTakeFirstOrThrow();
          const members = await t.db
            .selectFrom('memberships')
            .innerJoin('users', 'users.id', 'memberships.user_id')
            .select('users.username')
            .where('memberships.programme_id', '=', w.p)
            .where('users.username', 'like', 'portia%')
            .execute();
          return { linked: row.username, accounts: members.length };
        },
        claimed: (body) => ({ linked: body.username, accounts: 1 }),
      };
    },
  },
  {
    name: 'portal: withdraw a consent',
    module: 'server/modules/portal/self.ts (revokeOwnConsent)',
    async prepare(ctx) {
      const { t, w } = ctx;
      const p = await person(w, { firstName: 'Selma', birthDate: yearsAgo(16), compulsorySchool: false });
      const consent = await ok(
        w.c.post(`${participantUrl(ctx, p.id)}/consents`, {
          purpose: 'photos',
          allPartners: true,
          dataCategories: ['profile'],
          givenOn: today(),
          givenBy: 'participant',
          method: 'verbal',
        }),
        201,
      );
      const { code } = await ok(w.c.post(`${participantUrl(ctx, p.id)}/portal-codes`, { for: 'participant' }), 201);
      const portal = t.client();
      await ok(portal.post('/api/portal/redeem', { code, password: PASSWORD }), 201);
      return {
        requests: burst(portal, ctx.n, () => ({ url: `/api/portal/consents/${consent.id}/revoke` })),
        audit: { subjectType: 'consent', action: 'update', subjectId: consent.id },
        stored: async () =>
          (await t.db.selectFrom('consents').select('revoked_at').where('id', '=', consent.id).executeTakeFirstOrThrow()).revoked_at !==
          null,
        claimed: (body) => body.inForce === false,
      };
    },
  },
  {
    name: 'account: set a new password with one reset link',
    module: 'server/modules/auth/service.ts (confirmPasswordReset)',
    // A used link is 400 token_invalid, race or not.
    alsoLoses: [{ status: 400, code: 'token_invalid' }],
    async prepare(ctx) {
      const { t } = ctx;
      const user = await t.createUser({ name: 'Nulstil Bruger' });
      await ok(t.client().post('/api/auth/password-reset/request', { email: user.email }), 202);
      await t.drainJobs();
      const token = /password-reset\/([\w-]+)/.exec((await t.smtp.waitFor(user.email)).text)![1]!;
      const password = (i: number) => `en helt ny adgangskode nr. ${i}`;
      return {
        requests: Array.from({ length: ctx.n }, (_, i) => ({
          client: t.client(),
          method: 'POST' as const,
          url: '/api/auth/password-reset/confirm',
          body: { token, password: password(i) },
        })),
        audit: { subjectType: 'user', action: 'update', subjectId: user.id },
        // Which of the N passwords the account now has.
        stored: async () => {
          const { password_hash } = await t.db
            .selectFrom('users')
            .select('password_hash')
            .where('id', '=', user.id)
            .executeTakeFirstOrThrow();
          for (let i = 0; i < ctx.n; i++) if (await verifyPassword(password_hash, password(i))) return i;
          return null;
        },
        claimed: (_body, i) => i,
      };
    },
  },
];
