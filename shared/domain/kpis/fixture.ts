import type { Facts, PlacementFact, ShiftFact, TargetFact } from './facts.ts';

/**
 * The hand-made dataset of docs/kpis.md's worked example. Every expected number in kpis.test.ts is
 * counted by hand from these rows (comments say why each row is here). Period under test: 2025.
 */

const pl = (
  p: Partial<PlacementFact> & Pick<PlacementFact, 'id' | 'participantId' | 'workplaceId' | 'openingKind' | 'status'>,
): PlacementFact => ({
  companyId: null,
  startsOn: null,
  endsOn: null,
  activatedOn: null,
  endedOn: null,
  endReason: null,
  outcome: null,
  ...p,
});
const sh = (
  id: string,
  placementId: string,
  participantId: string,
  workDate: string,
  minutes: number,
  status: ShiftFact['status'],
  extra: Partial<ShiftFact> = {},
): ShiftFact => ({
  id,
  placementId,
  participantId,
  workDate,
  minutes,
  status,
  correctsShiftId: null,
  ratePerHour: 50,
  payer: 'project_funds',
  ...extra,
});

export const YEAR = { from: '2025-01-01', to: '2025-12-31' };
export const SITE_A = 'site-a';
export const SITE_B = 'site-b';

export function fixture(): Facts {
  return {
    persons: [
      // P1: youth at site A, 14 at the end of 2025, climbs 1 → 2 → 3; two placements at one workplace.
      {
        id: 'P1',
        kind: 'youth',
        siteId: SITE_A,
        birthMonth: '2011-03',
        attachedFrom: '2024-09-01',
        attachedTo: null,
        step: 3,
        track: null,
      },
      // P2: youth at site A, 16; starts on step 2, reaches 3 in June; leaves a job for education.
      {
        id: 'P2',
        kind: 'youth',
        siteId: SITE_A,
        birthMonth: '2009-06',
        attachedFrom: '2025-02-01',
        attachedTo: null,
        step: 3,
        track: null,
      },
      // P3: ANONYMISED youth at site B (birth month kept), 17, withdrawn in January 2025.
      {
        id: 'P3',
        kind: 'youth',
        siteId: SITE_B,
        birthMonth: '2008-12',
        attachedFrom: '2024-01-10',
        attachedTo: '2025-01-15',
        step: 1,
        track: null,
      },
      // P4: adult at site B, 35, track "job"; an apprenticeship and a flex job.
      {
        id: 'P4',
        kind: 'adult',
        siteId: SITE_B,
        birthMonth: '1990-05',
        attachedFrom: '2025-04-01',
        attachedTo: null,
        step: null,
        track: 'job',
      },
      // P5: closed before 2025: never counted in 2025.
      {
        id: 'P5',
        kind: 'youth',
        siteId: SITE_A,
        birthMonth: '2010-01',
        attachedFrom: '2023-01-01',
        attachedTo: '2024-06-30',
        step: 2,
        track: null,
      },
    ],
    ladder: [
      { participantId: 'P1', onDate: '2024-09-01', kind: 'step', fromStep: null, toStep: 1, toTrack: null },
      { participantId: 'P1', onDate: '2025-03-10', kind: 'step', fromStep: 1, toStep: 2, toTrack: null },
      { participantId: 'P1', onDate: '2025-11-05', kind: 'step', fromStep: 2, toStep: 3, toTrack: null },
      { participantId: 'P2', onDate: '2025-02-01', kind: 'step', fromStep: null, toStep: 2, toTrack: null },
      { participantId: 'P2', onDate: '2025-06-01', kind: 'step', fromStep: 2, toStep: 3, toTrack: null },
      { participantId: 'P3', onDate: '2024-01-10', kind: 'step', fromStep: null, toStep: 1, toTrack: null },
      { participantId: 'P4', onDate: '2025-04-01', kind: 'track', fromStep: null, toStep: null, toTrack: 'job' },
    ],
    placements: [
      // L1 spans two periods: active from December 2024 to May 2025; completed its 6 months.
      pl({
        id: 'L1',
        participantId: 'P1',
        workplaceId: 'W1',
        companyId: 'C1',
        openingKind: 'pocket_money',
        status: 'completed',
        startsOn: '2024-12-01',
        endsOn: '2025-05-31',
        activatedOn: '2024-12-01',
        endedOn: '2025-05-31',
        outcome: 'stayed_in_job',
      }),
      // L2: P1's second placement at W1; ended early ON ITS LAST DAY (counts as completed).
      pl({
        id: 'L2',
        participantId: 'P1',
        workplaceId: 'W1',
        companyId: 'C1',
        openingKind: 'municipal_leisure',
        status: 'ended_early',
        startsOn: '2025-06-15',
        endsOn: '2025-12-14',
        activatedOn: '2025-06-15',
        endedOn: '2025-12-14',
        endReason: 'participant_stopped',
      }),
      // L3: a 4-month contract (outside the completion rate) left for education.
      pl({
        id: 'L3',
        participantId: 'P2',
        workplaceId: 'W2',
        companyId: 'C2',
        openingKind: 'private_leisure',
        status: 'ended_early',
        startsOn: '2025-03-01',
        endsOn: '2025-06-30',
        activatedOn: '2025-03-01',
        endedOn: '2025-04-15',
        endReason: 'started_education',
      }),
      // L4: the anonymised person's 7-month contract, ended early in January 2025.
      pl({
        id: 'L4',
        participantId: 'P3',
        workplaceId: 'W2',
        companyId: 'C2',
        openingKind: 'pocket_money',
        status: 'ended_early',
        startsOn: '2024-07-01',
        endsOn: '2025-01-31',
        activatedOn: '2024-07-01',
        endedOn: '2025-01-10',
        endReason: 'moved',
      }),
      pl({
        id: 'L5',
        participantId: 'P4',
        workplaceId: 'W3',
        companyId: 'C3',
        openingKind: 'apprenticeship',
        status: 'active',
        startsOn: '2025-08-01',
        endsOn: '2027-07-31',
        activatedOn: '2025-08-01',
      }),
      // L6: only proposed: counts nowhere.
      pl({ id: 'L6', participantId: 'P2', workplaceId: 'W3', companyId: 'C3', openingKind: 'ordinary_job', status: 'proposed' }),
      // L7: a flex job at a municipal workplace (no company).
      pl({
        id: 'L7',
        participantId: 'P4',
        workplaceId: 'W4',
        companyId: null,
        openingKind: 'flex_job',
        status: 'active',
        startsOn: '2025-10-01',
        endsOn: '2026-09-30',
        activatedOn: '2025-10-01',
      }),
    ],
    shifts: [
      sh('S1', 'L1', 'P1', '2025-01-10', 120, 'approved'),
      sh('S2', 'L1', 'P1', '2025-01-17', 180, 'approved'),
      // S3 corrects S2 and is approved: only S3's 150 minutes count.
      sh('S3', 'L1', 'P1', '2025-01-17', 150, 'approved', { correctsShiftId: 'S2' }),
      sh('S4', 'L2', 'P1', '2025-07-01', 240, 'approved', { ratePerHour: 80, payer: 'municipality' }),
      // S5 corrects S4 but is still pending: S4 keeps counting.
      sh('S5', 'L2', 'P1', '2025-07-01', 60, 'submitted', { correctsShiftId: 'S4', ratePerHour: 80, payer: 'municipality' }),
      sh('S6', 'L3', 'P2', '2025-03-05', 90, 'rejected'),
      sh('S7', 'L3', 'P2', '2025-03-06', 60, 'submitted'),
      sh('S8', 'L4', 'P3', '2025-01-05', 300, 'approved'),
      sh('S9', 'L1', 'P1', '2024-12-20', 120, 'approved'),
    ],
    activities: [
      { id: 'A1', kind: 'professional_course', siteId: SITE_A, hostCompanyId: 'C4', cancelled: false },
      { id: 'A2', kind: 'professional_course', siteId: SITE_B, hostCompanyId: null, cancelled: false },
      { id: 'A3', kind: 'craftsman_cafe', siteId: null, hostCompanyId: null, cancelled: false },
      { id: 'A4', kind: 'professional_course', siteId: null, hostCompanyId: null, cancelled: true },
      { id: 'A5', kind: 'professional_course', siteId: null, hostCompanyId: null, cancelled: false },
    ],
    sessions: [
      { id: 'E1', activityId: 'A1', onDate: '2025-02-10' },
      { id: 'E2', activityId: 'A1', onDate: '2025-02-17' },
      { id: 'E3', activityId: 'A2', onDate: '2024-11-01' },
      { id: 'E4', activityId: 'A3', onDate: '2025-05-05' },
      { id: 'E5', activityId: 'A4', onDate: '2025-03-01' },
      { id: 'E6', activityId: 'A5', onDate: '2025-09-09' },
    ],
    attendance: [
      { sessionId: 'E1', participantId: 'P1', present: true },
      { sessionId: 'E1', participantId: 'P2', present: true },
      { sessionId: 'E2', participantId: 'P1', present: true },
      { sessionId: 'E2', participantId: 'P3', present: false },
      { sessionId: 'E3', participantId: 'P4', present: true },
      { sessionId: 'E4', participantId: 'P4', present: true },
    ],
    mentorHours: [
      { participantId: 'P1', workedOn: '2025-02-01', hours: 2, ratePerHour: 300, payer: 'project_funds' },
      { participantId: 'P4', workedOn: '2025-09-01', hours: 1.5, ratePerHour: 200, payer: 'company' },
    ],
    support: [
      { participantId: 'P1', raisedOn: '2025-02-02', resolvedOn: '2025-02-03', responseMinutes: 30, withinTarget: true },
      { participantId: 'P2', raisedOn: '2025-05-05', resolvedOn: null, responseMinutes: 120, withinTarget: false },
      { participantId: 'P2', raisedOn: '2025-06-01', resolvedOn: null, responseMinutes: null, withinTarget: null },
      { participantId: 'P1', raisedOn: '2024-12-30', resolvedOn: '2025-01-02', responseMinutes: 10, withinTarget: true },
    ],
    commitments: [{ companyId: 'C5', periodFrom: '2025-01-01', periodTo: '2025-12-31' }],
  };
}

export const TARGETS: TargetFact[] = [
  { key: 'attached', periodFrom: '2025-01-01', periodTo: '2025-12-31', value: 8 },
  { key: 'jobs', periodFrom: '2024-01-01', periodTo: '2026-12-31', value: 10 },
  { key: 'jobs', periodFrom: '2020-01-01', periodTo: '2030-12-31', value: 99 },
  { key: 'companies_engaged', periodFrom: '2025-01-01', periodTo: '2025-12-31', value: 60 },
];
