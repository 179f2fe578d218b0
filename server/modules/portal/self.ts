import type { z } from 'zod';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { portalConsentBody, updatePortalMeBody } from '../../../shared/schemas/portal.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requirePortalUser } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import * as consentRepo from '../consents/index.ts';
import { scopeIssues } from '../consents/index.ts';
import { today } from '../../lib/clock.ts';
import { knownWorkAreas } from '../people/index.ts';
import { presentPortalConsent, presentPortalPerson } from './presenter.ts';
import * as repo from './repository.ts';
import { workOf } from './work.ts';

async function personView(trx: Tx, p: repo.PortalParticipantRow, date: string, now: Date) {
  const consents = await consentRepo.listConsents(trx, p.programme_id, p.id);
  const steps = await consentRepo.stepChangeDates(trx, p.programme_id, p.id);
  const names = new Map((await consentRepo.partnerNames(trx, p.programme_id)).map((o) => [o.id, o.name]));
  return presentPortalPerson(
    p,
    consents.map((c) => presentPortalConsent(c, p, steps, names, date)),
    await workOf(trx, p.programme_id, p.id, date, now, ageOn(p.birth_date, date) < 18),
  );
}

/**
 * The participant's own page (and a guardian's children): profile, step or track, consents, jobs,
 * next shifts, hours, earnings and activities. Each person shown is an audited read.
 */
export async function portalMe(ctx: Ctx) {
  const { actor, tx } = requirePortalUser(ctx);
  const date = today();
  const now = new Date();
  return tx(async (trx) => {
    const user = await repo.userLogin(trx, actor.userId);
    const own = await repo.ownParticipants(trx, actor.userId);
    const kids = await repo.children(trx, actor.userId);
    for (const p of [...own, ...kids]) {
      await recordAudit(trx, ctx, {
        action: 'read',
        subjectType: 'participant',
        subjectId: p.id,
        subjectPersonId: p.id,
        programmeId: p.programme_id,
        details: { via: 'portal' },
      });
    }
    return {
      user: { id: user.id, name: user.name, username: user.username, email: user.email === '' ? null : user.email },
      self: await Promise.all(own.map((p) => personView(trx, p, date, now))),
      children: await Promise.all(kids.map((p) => personView(trx, p, date, now))),
    };
  });
}

/** A participant keeps their own contact details, availability and interests up to date. */
export async function updatePortalMe(ctx: Ctx, body: z.infer<typeof updatePortalMeBody>) {
  const { actor, tx } = requirePortalUser(ctx);
  await tx(async (trx) => {
    const own = await repo.ownParticipants(trx, actor.userId);
    if (own.length === 0) throw errors.forbidden('portal.self');
    if (body.interests?.length) {
      const known = await knownWorkAreas(trx, body.interests);
      const issues = body.interests.flatMap((code, i) => (known.has(code) ? [] : [{ path: ['interests', i], code: 'interest_unknown' }]));
      if (issues.length) throw errors.invalidFields(issues);
    }
    const values = {
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.address !== undefined ? { address: body.address } : {}),
      ...(body.availability !== undefined ? { availability: [...new Set(body.availability)] } : {}),
      ...(body.interests !== undefined ? { interests: [...new Set(body.interests)] } : {}),
    };
    for (const p of own) {
      await repo.updateOwn(trx, p.id, values);
      await recordAudit(trx, ctx, {
        action: 'update',
        subjectType: 'participant',
        subjectId: p.id,
        subjectPersonId: p.id,
        programmeId: p.programme_id,
        details: { fields: Object.keys(values), via: 'portal' },
      });
    }
  });
  return portalMe(ctx);
}

/** A guardian gives consent for their child (under 18) through the portal. */
export async function giveChildConsent(ctx: Ctx, participantId: string, body: z.infer<typeof portalConsentBody>) {
  const { actor, tx } = requirePortalUser(ctx);
  const date = today();
  return tx(async (trx) => {
    const child = (await repo.children(trx, actor.userId)).find((c) => c.id === participantId);
    if (!child) throw errors.notFound('participant');
    if (ageOn(child.birth_date, date) >= 18) throw errors.forbidden('consent.guardian_for_adult');
    const issues = await scopeIssues(trx, child.programme_id, body.organisationIds);
    if (issues.length) throw errors.invalidFields(issues);
    const c = await consentRepo.insertConsent(trx, {
      programme_id: child.programme_id,
      participant_id: child.id,
      purpose: body.purpose,
      // Stored as elsewhere: no ids means every partner, reached only by the explicit `allPartners`.
      organisation_ids: body.allPartners ? [] : [...new Set(body.organisationIds)],
      data_categories: [...new Set(body.dataCategories)],
      given_on: date,
      given_by: 'guardian',
      guardian_id: child.guardian_id,
      method: 'portal',
      created_by: actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'consent',
      subjectId: c.id,
      subjectPersonId: child.id,
      programmeId: child.programme_id,
      details: { purpose: c.purpose, via: 'portal' },
    });
    return consentView(trx, child, c, date);
  });
}

async function consentView(trx: Tx, p: repo.PortalParticipantRow, c: consentRepo.ConsentRow, date: string) {
  const steps = await consentRepo.stepChangeDates(trx, p.programme_id, p.id);
  const names = new Map((await consentRepo.partnerNames(trx, p.programme_id)).map((o) => [o.id, o.name]));
  return presentPortalConsent(c, p, steps, names, date);
}

/**
 * Withdrawing consent is a right of the person it is about, and of a guardian for their child.
 * It takes effect at once.
 */
export async function revokeOwnConsent(ctx: Ctx, consentId: string) {
  const { actor, tx } = requirePortalUser(ctx);
  return tx(async (trx) => {
    const people = [...(await repo.ownParticipants(trx, actor.userId)), ...(await repo.children(trx, actor.userId))];
    const programmes = [...new Set(people.map((p) => p.programme_id))];
    let found: { c: consentRepo.ConsentRow; p: repo.PortalParticipantRow } | null = null;
    for (const programmeId of programmes) {
      const c = await consentRepo.findConsent(trx, programmeId, consentId);
      const p = c && people.find((x) => x.id === c.participant_id);
      if (c && p) found = { c, p };
    }
    if (!found) throw errors.notFound('consent');
    // Only the request that revokes it answers 200 and is audited; an already revoked consent (or a
    // simultaneous revoke that won) is a 409 with its current state.
    const revoked = await consentRepo.revokeConsent(trx, found.p.programme_id, consentId, actor.userId, null);
    if (!revoked) throw errors.stateChanged('consent', 'revoked');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'consent',
      subjectId: consentId,
      subjectPersonId: found.p.id,
      programmeId: found.p.programme_id,
      details: { revoked: true, purpose: found.c.purpose, via: 'portal' },
    });
    return consentView(trx, found.p, revoked, today());
  });
}
