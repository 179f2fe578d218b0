import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardianClearance } from './clearance.ts';
import { findDuplicates } from './duplicates.ts';
import { retentionCandidates } from './retention.ts';
import { attentionByParticipant, computeTodo } from './todo.ts';
import { ageIssues, cprIssues, kindFieldIssues } from './validation.ts';

describe('guardianClearance', () => {
  const pupil = { birthDate: '2011-05-01', compulsorySchool: true, compulsorySchoolEndsOn: '2027-06-20' };
  it('requires both records for someone under 15 or in compulsory school', () => {
    expect(guardianClearance(pupil, '2026-08-01', [])).toEqual({
      required: true,
      informed: false,
      cosigned: false,
      ok: false,
      missing: ['guardian_informed', 'guardian_cosigned'],
      requiredBecause: ['compulsory_school'],
    });
    expect(guardianClearance(pupil, '2026-08-01', [{ informedOn: '2026-07-01', cosignedOn: '2026-07-02' }]).ok).toBe(true);
    expect(guardianClearance(pupil, '2026-08-01', [{ informedOn: '2026-07-01', cosignedOn: '2026-09-01' }]).missing).toEqual([
      'guardian_cosigned',
    ]);
    expect(guardianClearance({ ...pupil, compulsorySchool: false }, '2025-08-01', []).requiredBecause).toEqual(['under_15']);
  });
  it('does not apply after compulsory school and 15, nor to adults', () => {
    expect(guardianClearance(pupil, '2027-07-01', [])).toMatchObject({ required: false, ok: true, missing: [] });
    expect(guardianClearance({ birthDate: '1990-01-01', compulsorySchool: null, compulsorySchoolEndsOn: null }, '2026-01-01', []).ok).toBe(
      true,
    );
  });
  it('is ok exactly when nothing is missing', () => {
    const d = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        d,
        fc.array(fc.record({ informedOn: d, cosignedOn: fc.option(d, { nil: null }) }), { maxLength: 3 }),
        fc.boolean(),
        (on, notices, school) => {
          const c = guardianClearance({ ...pupil, compulsorySchool: school }, on, notices);
          expect(c.ok).toBe(c.missing.length === 0);
          expect(c.required).toBe(c.requiredBecause.length > 0);
          if (!c.required) expect(c.ok).toBe(true);
        },
      ),
    );
  });
});

describe('validation', () => {
  it('checks age ranges against today', () => {
    expect(ageIssues('youth', '2030-01-01', '2026-06-01')).toEqual([{ path: ['birthDate'], code: 'birth_date_future' }]);
    expect(ageIssues('youth', '2014-01-01', '2026-06-01')).toEqual([{ path: ['birthDate'], code: 'youth_age_range' }]);
    expect(ageIssues('youth', '2013-06-01', '2026-06-01')).toEqual([]);
    expect(ageIssues('youth', '2007-06-01', '2026-06-01')).toEqual([{ path: ['birthDate'], code: 'youth_age_range' }]);
    expect(ageIssues('adult', '2010-01-01', '2026-06-01')).toEqual([{ path: ['birthDate'], code: 'adult_age_range' }]);
  });
  it('checks CPR format, date, birth date and reason, and accepts modulus-11 failures', () => {
    expect(cprIssues('010190-1234', 'Løn', '1990-01-01')).toEqual([]);
    expect(cprIssues('310290-1234', 'Løn', '1990-02-28')).toEqual([{ path: ['cpr'], code: 'cpr_date' }]);
    expect(cprIssues('0101901234', null, '1990-01-02')).toEqual([
      { path: ['cpr'], code: 'cpr_birth_date_mismatch' },
      { path: ['cprReason'], code: 'cpr_reason_required' },
    ]);
    expect(cprIssues('12345', 'x', undefined)).toEqual([{ path: ['cpr'], code: 'cpr_format' }]);
  });
  it('keeps youth and adult fields apart', () => {
    expect(kindFieldIssues('youth', { track: 'job', compulsorySchool: true }, true)).toEqual([
      { path: ['track'], code: 'adult_only_field' },
    ]);
    expect(kindFieldIssues('youth', {}, true)).toEqual([{ path: ['compulsorySchool'], code: 'compulsory_school_required' }]);
    expect(kindFieldIssues('adult', { step: 2 }, true)).toEqual([{ path: ['step'], code: 'youth_only_field' }]);
  });
});

describe('findDuplicates', () => {
  it('finds the same CPR, or the same name and birth date', () => {
    const subject = { firstName: 'Søren', lastName: 'Hansen', birthDate: '2011-01-01', cprHash: 'h1' };
    const found = findDuplicates(subject, [
      { id: 'a', firstName: 'Soeren', lastName: 'Hansen', birthDate: '2011-01-01', cprHash: null },
      { id: 'b', firstName: 'Ali', lastName: 'Khan', birthDate: '2010-01-01', cprHash: 'h1' },
      { id: 'c', firstName: 'Søren', lastName: 'Hansen', birthDate: '2011-01-02', cprHash: null },
    ]);
    expect(found.map((f) => [f.item.id, f.reasons])).toEqual([
      ['a', ['name_birth_date']],
      ['b', ['cpr']],
    ]);
  });
});

describe('retentionCandidates', () => {
  it('lists those inactive longer than the retention period', () => {
    const r = retentionCandidates(
      [
        { id: 'a', firstName: 'A', lastActivityOn: '2024-05-31' },
        { id: 'b', firstName: 'B', lastActivityOn: '2024-06-01' },
      ],
      '2026-06-01',
      24,
    );
    expect(r.cutoff).toBe('2024-06-01');
    expect(r.candidates).toEqual([{ id: 'a', firstName: 'A', lastActivityOn: '2024-05-31', monthsInactive: 24 }]);
  });
});

describe('computeTodo', () => {
  it('lists overdue next steps, consents due and participants not contacted', () => {
    const todo = computeTodo({
      today: '2026-06-01',
      noContactWeeks: 4,
      participants: [
        {
          id: 'p1',
          firstName: 'A',
          lastName: 'A',
          kind: 'youth',
          birthDate: '2011-06-01',
          createdOn: '2026-01-01',
          lastTalkOn: '2026-05-20',
        },
        { id: 'p2', firstName: 'B', lastName: 'B', kind: 'adult', birthDate: '1990-01-01', createdOn: '2026-01-01', lastTalkOn: null },
      ],
      openNextSteps: [
        { id: 's1', participantId: 'p1', talkId: 't', description: 'CV', dueOn: '2026-05-31', ownerUserId: 'u' },
        { id: 's2', participantId: 'p1', talkId: 't', description: 'Later', dueOn: '2026-06-01', ownerUserId: 'u' },
      ],
      consents: [
        {
          id: 'c1',
          participantId: 'p1',
          purpose: 'photos',
          givenOn: '2026-01-01',
          givenBy: 'guardian',
          revokedAt: null,
          createdAt: '2026-01-01',
        },
      ],
      stepChanges: new Map([['p1', ['2026-04-01']]]),
    });
    expect(todo.overdueNextSteps.map((s) => s.nextStepId)).toEqual(['s1']);
    expect(todo.consentsDue).toEqual([expect.objectContaining({ consentId: 'c1', dueOn: '2026-04-01', reason: 'new_step' })]);
    expect(todo.notContacted).toEqual([expect.objectContaining({ participantId: 'p2', lastContactOn: null, weeksSinceContact: 21 })]);
    expect(Object.fromEntries(attentionByParticipant(todo))).toEqual({ p1: ['overdue_next_step', 'consent_due'], p2: ['no_contact'] });
  });
});
