import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODEBOOK, renderCodebookMarkdown } from './codebook.ts';
import { buildDataset, type DatasetFacts } from './dataset.ts';

const TODAY = '2026-03-01';
const facts: DatasetFacts = {
  participants: [
    { id: 'a', kind: 'youth', birthDate: '2010-05-01', siteCode: 'S1', step: 2, track: null, status: 'active' },
    { id: 'b', kind: 'adult', birthDate: '1990-01-01', siteCode: 'S2', step: null, track: 'flex_job', status: 'active' },
    { id: 'c', kind: 'youth', birthDate: '2007-01-01', siteCode: 'S1', step: 3, track: null, status: 'active' },
    { id: 'd', kind: 'adult', birthDate: '1985-01-01', siteCode: 'S1', step: null, track: 'job', status: 'paused' },
  ],
  consents: [
    { participantId: 'a', givenOn: '2025-01-01', givenBy: 'guardian', revokedAt: null },
    { participantId: 'b', givenOn: '2025-01-01', givenBy: 'participant', revokedAt: null },
    // c's guardian consented, but c turned 18 on 2025-01-01: the consent has lapsed.
    { participantId: 'c', givenOn: '2024-01-01', givenBy: 'guardian', revokedAt: null },
    { participantId: 'd', givenOn: '2025-01-01', givenBy: 'participant', revokedAt: '2026-02-01T10:00:00Z' },
  ],
  placements: [
    {
      participantId: 'a',
      openingKind: 'pocket_money',
      step: 2,
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
      endedOn: null,
      status: 'active',
      outcome: null,
      endReason: null,
      hoursPerWeek: 6,
      payer: 'project_funds',
    },
    {
      participantId: 'd',
      openingKind: 'ordinary_job',
      step: null,
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
      endedOn: null,
      status: 'active',
      outcome: null,
      endReason: null,
      hoursPerWeek: 30,
      payer: 'company',
    },
  ],
  shifts: [
    { participantId: 'a', workDate: '2026-01-05', startTime: '15:00', endTime: '17:00', breakMinutes: 0 },
    { participantId: 'a', workDate: '2026-01-06', startTime: '15:00', endTime: '16:20', breakMinutes: 0 },
    { participantId: 'a', workDate: '2026-02-02', startTime: '15:00', endTime: '17:00', breakMinutes: 30 },
    { participantId: 'd', workDate: '2026-01-05', startTime: '08:00', endTime: '16:00', breakMinutes: 30 },
  ],
  attendance: [
    { participantId: 'a', activityKind: 'professional_course', sessionsAttended: 3 },
    { participantId: 'b', activityKind: 'information_meeting', sessionsAttended: 0 },
    { participantId: 'd', activityKind: 'craftsman_cafe', sessionsAttended: 2 },
  ],
};

describe('buildDataset', () => {
  const pseudonymOf = (id: string) => `P-${id}`;
  const ds = buildDataset(facts, pseudonymOf, TODAY);
  const pa = pseudonymOf('a');
  const pb = pseudonymOf('b');

  it('includes only participants whose evaluation consent is in force (revoked and lapsed guardian consents are out)', () => {
    expect(ds.participants.map((r) => r.pseudonym).sort()).toEqual([pa, pb].sort());
    expect(ds.placements.map((r) => r.pseudonym)).toEqual([pa]);
    expect(ds.activities).toEqual([{ pseudonym: pa, activity_kind: 'professional_course', sessions_attended: 3 }]);
  });

  it('sums approved hours per month', () => {
    expect(ds.hours).toEqual([
      { pseudonym: pa, month: '2026-01', approved_hours: 3.33 },
      { pseudonym: pa, month: '2026-02', approved_hours: 1.5 },
    ]);
  });

  it('gives rows exactly the codebook’s columns, birth year only', () => {
    for (const t of CODEBOOK) for (const row of ds[t.name]) expect(Object.keys(row)).toEqual(t.columns.map((c) => c.name));
    expect(ds.participants.find((r) => r.pseudonym === pa)).toEqual({
      pseudonym: pa,
      kind: 'youth',
      birth_year: 2010,
      site_code: 'S1',
      step: 2,
      track: null,
      status: 'active',
    });
  });
});

describe('codebook', () => {
  it('docs/evaluation-codebook.md is generated from the code', () => {
    const doc = fs.readFileSync(new URL('../../../docs/evaluation-codebook.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderCodebookMarkdown());
  });

  it('has no column that could hold a name, contact, CPR, address or free text', () => {
    const names = CODEBOOK.flatMap((t) => t.columns.map((c) => c.name));
    for (const n of names) expect(n).not.toMatch(/name|mail|phone|cpr|address|note|summary|description|goal|comment/);
  });
});
