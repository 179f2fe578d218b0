import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/domain/participants/validation.ts';
import type { createConsentBody, revokeConsentBody } from '../../../shared/schemas/consents.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { loadWritable, requirePersonViewer } from '../people/index.ts';
import { recordAudit } from '../audit/index.ts';
import { findGuardian } from '../guardians/index.ts';
import { today } from '../../lib/clock.ts';
import type { ParticipantRow } from '../people/index.ts';
import { presentConsent } from './presenter.ts';
import * as repo from './repository.ts';

/** A consent's scope may only name the programme's partner organisations. */
export async function scopeIssues(trx: Tx, programmeId: string, organisationIds: readonly string[]): Promise<FieldIssue[]> {
  if (organisationIds.length === 0) return [];
  const partners = await repo.partnerIds(trx, programmeId);
  return organisationIds.flatMap((id, i) => (partners.has(id) ? [] : [{ path: ['organisationIds', i], code: 'organisation_not_partner' }]));
}

/** Presents a consent with its renewal date and whether it is in force, for this participant. */
export async function present(
  trx: Tx,
  p: Pick<ParticipantRow, 'id' | 'kind' | 'birth_date' | 'programme_id'>,
  c: repo.ConsentRow,
  date: string,
) {
  const steps = await repo.stepChangeDates(trx, p.programme_id, p.id);
  return presentConsent(c, { kind: p.kind, birthDate: p.birth_date }, steps, date);
}

/**
 * Records a consent: what for, which partners may see which data categories, when, by whom
 * (the participant or one of their guardians) and how. A renewal is simply a newer consent.
 */
export async function giveConsent(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof createConsentBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'consent.manage');
  const date = today();
  return v.tx(async (trx) => {
    const p = await loadWritable(trx, v, participantId);
    const issues = await scopeIssues(trx, programmeId, body.organisationIds);
    if (body.givenOn > date) issues.push({ path: ['givenOn'], code: 'date_in_future' });
    if (body.givenBy === 'guardian') {
      const g = await findGuardian(trx, programmeId, participantId, body.guardianId!);
      if (!g || g.removed_at) issues.push({ path: ['guardianId'], code: 'guardian_unknown' });
    }
    if (issues.length) throw errors.invalidFields(issues);
    const c = await repo.insertConsent(trx, {
      programme_id: programmeId,
      participant_id: participantId,
      purpose: body.purpose,
      // Stored as today: an empty list is "every partner", now reachable only by choosing it.
      organisation_ids: body.allPartners ? [] : [...new Set(body.organisationIds)],
      data_categories: [...new Set(body.dataCategories)],
      given_on: body.givenOn,
      given_by: body.givenBy,
      guardian_id: body.givenBy === 'guardian' ? body.guardianId! : null,
      method: body.method,
      created_by: v.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'consent',
      subjectId: c.id,
      subjectPersonId: participantId,
      programmeId,
      details: { purpose: c.purpose, givenBy: c.given_by },
    });
    return present(trx, p, c, date);
  });
}

/**
 * Revocation takes effect at once: the next request that relies on the consent (a caseworker's
 * read, say) no longer finds it. Revoking an already revoked consent changes nothing and answers 409
 * state_changed.
 */
export async function revokeConsent(
  ctx: Ctx,
  programmeId: string,
  participantId: string,
  consentId: string,
  body: z.infer<typeof revokeConsentBody>,
) {
  const v = requirePersonViewer(ctx, programmeId, 'consent.manage');
  return v.tx(async (trx) => {
    const p = await loadWritable(trx, v, participantId);
    const c = await repo.findConsent(trx, programmeId, consentId);
    if (!c || c.participant_id !== participantId) throw errors.notFound('consent');
    // Only the request that revokes it answers 200 and is audited; an already revoked consent (or a
    // simultaneous revoke that won) is a 409 with its current state.
    const revoked = await repo.revokeConsent(trx, programmeId, consentId, v.actor.userId, body.reason ?? null);
    if (!revoked) throw errors.stateChanged('consent', 'revoked');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'consent',
      subjectId: consentId,
      subjectPersonId: participantId,
      programmeId,
      details: { revoked: true, purpose: c.purpose },
    });
    return present(trx, p, revoked, today());
  });
}
