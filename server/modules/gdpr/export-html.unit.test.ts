import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/domain/access/roles.ts';
import { ACTIVITY_KINDS } from '../../../shared/domain/activities/funnel.ts';
import { MATCH_REASON_CODES } from '../../../shared/domain/matching/ranking/reasons.ts';
import * as P from '../../../shared/domain/participants/constants.ts';
import { SUPPORT_CATEGORIES, SUPPORT_STATUSES } from '../../../shared/domain/placements/sla.ts';
import { DECLINE_REASONS, END_REASONS, OUTCOMES, PARTIES, PAYERS, PLACEMENT_STATUSES } from '../../../shared/domain/placements/states.ts';
import { ACTIVITY_PARTICIPANT_STATUSES } from '../../../shared/schemas/activities.ts';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from '../../../shared/schemas/audit.ts';
import { codesShown, knownCodes } from '../../../test/support/code-values.ts';
import { renderExportHtml } from './export-html.ts';
import type { ParticipantExport } from './presenter.ts';

/** The i-th code of a list, cycling, so every code of every list appears in some document. */
const nth = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const at = '2026-03-02T10:00:00.000Z';

/** A record with every field filled and every list holding every code it may hold (the i-th for single values). */
function fullExport(i: number, kind: 'youth' | 'adult'): ParticipantExport {
  return {
    generatedAt: at,
    programme: 'Jobplaneten Køge',
    participant: {
      id: 'p1',
      kind,
      firstName: 'Selma',
      lastName: 'Jensen',
      birthDate: '2011-05-04',
      cpr: '040511-XXXX',
      cprReason: 'Løn',
      site: 'Ellemarken',
      email: 'selma@example.test',
      phone: '+45 12 34 56 78',
      address: 'Torvet 1',
      school: 'Ellemarkskolen',
      educationStatus: nth(P.EDUCATION_STATUSES, i),
      compulsorySchool: true,
      compulsorySchoolEndsOn: '2027-06-30',
      interests: [{ code: 'retail', name: 'Butik og detailhandel' }],
      skills: ['Madlavning'],
      languages: ['Dansk'],
      availability: [...P.AVAILABILITY_SLOTS],
      travelKm: 7.5,
      travelModes: [...P.TRAVEL_MODES],
      goals: 'Blive kok',
      benefitType: nth(P.BENEFIT_TYPES, i),
      maxWeeklyHours: 12.5,
      flexJobApproved: false,
      readinessNotes: 'Klar',
      priority: { flagged: true, note: 'Svær situation' },
      status: nth(P.PARTICIPANT_STATUSES, i),
      step: 2,
      track: nth(P.ADULT_TRACKS, i),
      anonymisedAt: null,
      createdAt: at,
    },
    ladder: [
      { onDate: '2026-01-05', kind: 'step', fromStep: null, toStep: 1, fromTrack: null, toTrack: null, reason: 'intake', ageOnDate: 14 },
      ...P.ADULT_TRACKS.map((t) => ({
        onDate: '2026-02-05',
        kind: 'track',
        fromStep: null,
        toStep: null,
        fromTrack: nth(P.ADULT_TRACKS, i),
        toTrack: t,
        reason: 'Klar til mere',
        ageOnDate: 30,
      })),
    ],
    talks: P.TALK_KINDS.map((k) => ({
      heldOn: '2026-01-06',
      kind: k,
      summary: 'Godt møde',
      visibility: nth(P.TALK_VISIBILITIES, i),
      nextSteps: [],
    })),
    consents: P.CONSENT_PURPOSES.map((purpose, j) => ({
      purpose,
      organisations: ['Bageriet ApS'],
      dataCategories: [...P.DATA_CATEGORIES],
      givenOn: '2026-01-06',
      givenBy: nth(P.CONSENT_GIVERS, i + j),
      guardianName: 'Hanne Jensen',
      method: nth(P.CONSENT_METHODS, i + j),
      revokedAt: null,
      revokeReason: null,
    })),
    guardians: P.GUARDIAN_RELATIONS.map((relation) => ({
      name: 'Hanne Jensen',
      relation,
      email: 'hanne@example.test',
      phone: '+45 60 60 60 60',
      address: 'Torvet 1',
      removedAt: null,
    })),
    guardianNotices: [],
    placements: PLACEMENT_STATUSES.map((status, j) => ({
      openingTitle: 'Opvasker',
      company: 'Bageriet ApS',
      status,
      proposedAt: at,
      acceptedAt: at,
      matchReasons: MATCH_REASON_CODES.map((code) => ({ code, value: code === 'match_round_on' ? '2026-12-03' : 20.5 })),
      agreement: {
        startsOn: '2026-03-02',
        endsOn: '2026-09-01',
        hoursPerWeek: 7.5,
        weeklySchedule: [{ weekday: 3, start: '15:00', end: '17:00', breakMinutes: 0 }],
        wagePerHour: 72.25,
        wagePayer: nth(PAYERS, i + j),
        mentor: 'Mads Mentor',
        agreedAt: at,
      },
      activatedAt: at,
      endedOn: '2026-09-01',
      endReason: nth(END_REASONS, i + j),
      declineReason: nth(DECLINE_REASONS, i + j),
      declinedBy: nth(PARTIES, i + j),
      outcome: nth(OUTCOMES, i + j),
      history: PARTIES.map((party) => ({ at, action: 'move', fromStatus: 'proposed', toStatus: status, party, reason: null, note: null })),
      followUps: [],
      mentorHours: [{ workedOn: '2026-03-09', mentor: 'Mads Mentor', hours: 1.5, note: null }],
      supportRequests: SUPPORT_CATEGORIES.map((category, k) => ({
        raisedAt: at,
        raisedAs: nth(PARTIES, k),
        category,
        severity: 'normal',
        status: nth(SUPPORT_STATUSES, i + k),
        description: 'Kom for sent',
        resolution: null,
        resolvedAt: null,
        notes: [],
      })),
    })),
    shifts: (['submitted', 'approved', 'rejected'] as const).map((status, j) => ({
      job: 'Opvasker',
      workDate: '2026-03-04',
      start: '15:00',
      end: '17:00',
      breakMinutes: 15,
      status,
      recordedAs: nth(['employer', 'mentor', 'coordinator', 'participant'], i + j),
      isCorrection: false,
      reason: null,
      rejectedReason: null,
    })),
    activities: ACTIVITY_KINDS.map((kind, j) => ({
      kind,
      title: 'Kursus',
      place: 'Huset',
      status: nth(ACTIVITY_PARTICIPANT_STATUSES, i + j),
      invitedAt: at,
      registeredAt: null,
      sessionsAttended: 2,
    })),
    auditEvents: AUDIT_SUBJECT_TYPES.map((subjectType, j) => ({
      at,
      action: nth(AUDIT_ACTIONS, i + j),
      actorRole: nth([...ROLES, 'platform_admin', null], i + j),
      subjectType,
    })),
  } as ParticipantExport;
}

/** Issue #16: the document handed to citizens printed "none", "mon-am", "bike,public_transport", "cash_benefit", "intake". */
describe('the access-request document', () => {
  const codes = knownCodes();
  const longest = Math.max(
    ...[P.EDUCATION_STATUSES, P.BENEFIT_TYPES, END_REASONS, DECLINE_REASONS, OUTCOMES, AUDIT_ACTIONS].map((l) => l.length),
  );

  it('knows the code lists it is checked against', () => {
    for (const code of ['none', 'mon-am', 'public_transport', 'cash_benefit', 'intake', 'participant', 'match_openings', 'ended_early'])
      expect(codes).toContain(code);
  });

  it('shows every code of every list in words', () => {
    for (let i = 0; i < longest; i++) {
      for (const kind of ['youth', 'adult'] as const)
        expect(codesShown(renderExportHtml(fullExport(i, kind))), `${kind} #${i}`).toEqual([]);
    }
  });

  it('names the activity type under its own header, and writes numbers and schedules in Danish', () => {
    const html = renderExportHtml(fullExport(0, 'adult'));
    expect(html).toContain('<th scope="col">Slags aktivitet</th>');
    expect(html).toContain('<dt>Tilgængelighed</dt><dd>mandag formiddag, mandag eftermiddag');
    expect(html).toContain('7,5 km · til fods, cykel, bus og tog, bil');
    expect(html).toContain('Kontanthjælp');
    expect(html).toContain('<dt>Uddannelse</dt><dd>Grundskole</dd>');
    expect(html).toContain('Indskrevet i programmet');
    expect(html).toContain('Foreslået af matchrunden 03.12.2026: ');
    expect(html).toContain('72,25 kr.');
    expect(html).not.toMatch(/\d\.\d+ (km|kr)/);
  });
});
