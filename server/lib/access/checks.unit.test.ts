import { describe, expect, it } from 'vitest';
import type { Actor, Ctx } from '../../http/context.ts';
import { requireAnyProgrammeAction, requireActor, requirePlatformAdmin, requireProgrammeAction } from './checks.ts';
import { requireEmployerContact, requirePortalUser } from './portals.ts';
import { requirePersonViewer, requireViewer } from '../../modules/people/index.ts';
import { requirePlacementAccess, requireSupportAccess } from '../../modules/placements/index.ts';

const P = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';
const ORG = '00000000-0000-4000-8000-0000000000aa';

function actor(memberships: Actor['memberships'], isPlatformAdmin = false): Actor {
  return { userId: 'u', name: 'U', email: 'u@x', locale: 'da', isPlatformAdmin, totpEnabled: true, memberships, sessionId: 's' };
}
const member = (role: Actor['memberships'][number]['role'], programmeId = P, organisationId: string | null = null) => ({
  programmeId,
  programmeName: 'Køge',
  role,
  organisationId,
});
// The checks never touch the database: the runner they return opens a transaction only when called.
const ctx = (a: Actor | null, pendingSessionId: string | null = null) => ({ actor: a, pendingSessionId, db: {} }) as unknown as Ctx;
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'passed';
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('entry checks', () => {
  it('refuses the anonymous (401) and sessions that still owe TOTP', () => {
    expect(code(() => requireActor(ctx(null)))).toBe('unauthenticated');
    expect(code(() => requireActor(ctx(null, 'pending')))).not.toBe('passed');
  });

  it('hands out a runner with the actor', () => {
    const a = actor([member('coordinator')]);
    const admitted = requireProgrammeAction(ctx(a), P, 'sroi.manage');
    expect(admitted.actor).toBe(a);
    expect(admitted.role).toBe('coordinator');
    expect(typeof admitted.tx).toBe('function');
  });

  it('answers 404 outside the programme and 403 for a member without the right', () => {
    const a = actor([member('funder')]);
    expect(code(() => requireProgrammeAction(ctx(a), Q, 'sroi.read'))).toBe('not_found');
    expect(code(() => requireProgrammeAction(ctx(a), P, 'sroi.manage'))).toBe('forbidden');
    expect(code(() => requireAnyProgrammeAction(ctx(a), P, ['evaluation.export', 'evaluation.key.manage']))).toBe('forbidden');
    expect(code(() => requireAnyProgrammeAction(ctx(actor([member('evaluator')])), P, ['evaluation.export']))).toBe('passed');
  });

  it('keeps the platform administrator check apart from programme roles', () => {
    expect(code(() => requirePlatformAdmin(ctx(actor([member('administrator')]))))).toBe('forbidden');
    expect(code(() => requirePlatformAdmin(ctx(actor([], true))))).toBe('passed');
  });

  it('hides people and placements behind 404, never 403', () => {
    const contact = actor([member('employer_contact', P, ORG)]);
    expect(code(() => requirePersonViewer(ctx(contact), P, 'participant.read'))).toBe('not_found');
    expect(code(() => requireViewer(ctx(contact), P, 'participant.read'))).toBe('forbidden');
    expect(code(() => requirePlacementAccess(ctx(contact), P))).toBe('passed');
    expect(code(() => requirePlacementAccess(ctx(actor([member('funder')])), P))).toBe('not_found');
    expect(code(() => requireSupportAccess(ctx(actor([member('participant')])), P))).toBe('not_found');
  });

  it('lets a caseworker view only part of a person, and coordinators all of it', () => {
    const cw = requireViewer(ctx(actor([member('caseworker', P, ORG)])), P, 'participant.read');
    expect([cw.full, cw.seesPriority, cw.organisationIds]).toEqual([false, false, [ORG]]);
    const co = requireViewer(ctx(actor([member('coordinator')])), P, 'participant.read');
    expect([co.full, co.seesPriority]).toEqual([true, true]);
  });

  it('opens the portals to their own roles only', () => {
    expect(requireEmployerContact(ctx(actor([member('employer_contact', P, ORG)]))).pairs).toEqual([
      { programmeId: P, organisationId: ORG },
    ]);
    expect(code(() => requireEmployerContact(ctx(actor([member('mentor')]))))).toBe('forbidden');
    expect(code(() => requirePortalUser(ctx(actor([member('guardian')]))))).toBe('passed');
    expect(code(() => requirePortalUser(ctx(actor([], true))))).toBe('forbidden');
  });
});
