import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, actionTo, isEdge, nextStatuses, PLACEMENT_ACTIONS, personParty, refuseAction, type ActionInput } from './machine.ts';
import { FINAL_STATUSES, PARTIES, PLACEMENT_STATUSES, type PlacementStatus } from './states.ts';

const base: Omit<ActionInput, 'action' | 'from' | 'party'> = { participantAccepted: true, personAge: 16 };

describe('the placement state machine', () => {
  it('runs proposed → interview → offered → agreed → active → completed | ended_early', () => {
    expect(nextStatuses('proposed')).toEqual(['interview', 'declined']);
    expect(nextStatuses('interview')).toEqual(['offered', 'declined']);
    expect(nextStatuses('offered')).toEqual(['agreed', 'declined']);
    expect(nextStatuses('agreed')).toEqual(['active', 'declined']);
    expect(nextStatuses('active')).toEqual(['completed', 'ended_early']);
    for (const s of FINAL_STATUSES) expect(nextStatuses(s)).toEqual([]);
  });

  it('has one action per target status', () => {
    expect(actionTo('interview')).toBe('invite');
    expect(actionTo('declined')).toBe('decline');
    expect(actionTo('proposed')).toBeUndefined();
  });

  it('gives each step to the parties that own it', () => {
    expect(refuseAction({ ...base, action: 'invite', from: 'proposed', party: 'employer' })).toBeNull();
    expect(refuseAction({ ...base, action: 'offer', from: 'interview', party: 'employer' })).toBeNull();
    expect(refuseAction({ ...base, action: 'agree', from: 'offered', party: 'employer' })).toMatchObject({
      code: 'placement_transition_forbidden',
      status: 403,
      party: 'employer',
    });
    expect(refuseAction({ ...base, action: 'offer', from: 'interview', party: 'participant' })).toMatchObject({
      code: 'placement_transition_forbidden',
    });
    expect(refuseAction({ ...base, action: 'decline', from: 'offered', party: 'participant' })).toBeNull();
    expect(refuseAction({ ...base, action: 'decline', from: 'agreed', party: 'employer' })).toBeNull();
    expect(refuseAction({ ...base, action: 'activate', from: 'agreed', party: 'mentor' })).toMatchObject({
      code: 'placement_transition_forbidden',
    });
  });

  it('refuses a step the machine does not have with 409, whoever asks', () => {
    expect(refuseAction({ ...base, action: 'offer', from: 'proposed', party: 'coordinator' })).toEqual({
      code: 'placement_transition_not_allowed',
      status: 409,
      from: 'proposed',
      to: 'offered',
    });
    expect(refuseAction({ ...base, action: 'decline', from: 'active', party: 'participant' })).toMatchObject({
      code: 'placement_transition_not_allowed',
      from: 'active',
      to: 'declined',
    });
    expect(refuseAction({ ...base, action: 'accept', from: 'proposed', party: 'participant' })).toMatchObject({
      code: 'placement_transition_not_allowed',
    });
  });

  it('lets a guardian answer for an under-15, and the young person from 15', () => {
    const fresh = { participantAccepted: false };
    expect(personParty(14)).toBe('guardian');
    expect(refuseAction({ ...base, ...fresh, personAge: 14, action: 'accept', from: 'proposed', party: 'guardian' })).toBeNull();
    expect(refuseAction({ ...base, ...fresh, personAge: 14, action: 'accept', from: 'proposed', party: 'participant' })).toMatchObject({
      code: 'placement_transition_forbidden',
    });
    expect(refuseAction({ ...base, ...fresh, personAge: 15, action: 'accept', from: 'proposed', party: 'participant' })).toBeNull();
    expect(refuseAction({ ...base, ...fresh, personAge: 15, action: 'accept', from: 'proposed', party: 'guardian' })).toMatchObject({
      code: 'placement_transition_forbidden',
    });
  });

  it('makes the employer wait for the person’s yes, but not the coordinator', () => {
    const waiting = { ...base, participantAccepted: false, action: 'invite' as const, from: 'proposed' as const };
    expect(refuseAction({ ...waiting, party: 'employer' })).toMatchObject({ code: 'placement_awaiting_participant', status: 409 });
    expect(refuseAction({ ...waiting, party: 'coordinator' })).toBeNull();
  });

  it('lets the system only close stale proposals', () => {
    expect(refuseAction({ ...base, action: 'decline', from: 'proposed', party: 'system', reason: 'stale' })).toBeNull();
    expect(refuseAction({ ...base, action: 'decline', from: 'proposed', party: 'system', reason: 'other' })).toMatchObject({
      code: 'placement_transition_forbidden',
    });
  });
});

// --- Properties ---------------------------------------------------------------------------------

const status = fc.constantFrom(...PLACEMENT_STATUSES);
const party = fc.constantFrom(...PARTIES);
const action = fc.constantFrom(...ACTION_NAMES);

describe('properties', () => {
  it('refuses with 409 exactly when the machine has no such edge', () => {
    fc.assert(
      fc.property(status, status, party, fc.integer({ min: 13, max: 70 }), (from, to, p, age) => {
        const a = actionTo(to);
        if (!a) return;
        const r = refuseAction({ action: a, from, party: p, participantAccepted: true, personAge: age, reason: 'stale' });
        expect(r?.code === 'placement_transition_not_allowed').toBe(!isEdge(from, to));
      }),
    );
  });

  it('lets a coordinator take every edge of the machine', () => {
    fc.assert(
      fc.property(action, status, fc.boolean(), (a, from, accepted) => {
        const edge = (PLACEMENT_ACTIONS[a].from as readonly PlacementStatus[]).includes(from) && !(a === 'accept' && accepted);
        const r = refuseAction({ action: a, from, party: 'coordinator', participantAccepted: accepted, personAge: 20 });
        expect(r === null).toBe(edge);
      }),
    );
  });

  it('never reaches active without passing agreed, and never leaves a final status', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(action, party), { maxLength: 30 }), (steps) => {
        let s: PlacementStatus = 'proposed';
        let accepted = false;
        const seen: PlacementStatus[] = [s];
        for (const [a, p] of steps) {
          if (refuseAction({ action: a, from: s, party: p, participantAccepted: accepted, personAge: 16, reason: 'stale' })) continue;
          if (a === 'accept') accepted = true;
          expect((FINAL_STATUSES as readonly string[]).includes(s)).toBe(false);
          s = PLACEMENT_ACTIONS[a].to;
          seen.push(s);
        }
        const active = seen.indexOf('active');
        if (active >= 0) expect(seen.slice(0, active)).toContain('agreed');
      }),
    );
  });

  it('never lets a mentor move a placement', () => {
    fc.assert(
      fc.property(action, status, (a, from) => {
        expect(refuseAction({ action: a, from, party: 'mentor', participantAccepted: true, personAge: 30 })).not.toBeNull();
      }),
    );
  });
});
