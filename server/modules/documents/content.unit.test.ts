import { describe, expect, it } from 'vitest';
import { NO_RISK_FLAGS } from '../../../shared/domain/youth-rules/index.ts';
import {
  employmentStatement,
  parentLetter,
  plainText,
  risksOf,
  scheduleText,
  statementRequired,
  type PlacementDocumentData,
} from './content.ts';

const NO_FLAGS = NO_RISK_FLAGS;

function data(overrides: Partial<PlacementDocumentData> = {}): PlacementDocumentData {
  return {
    programme: 'Jobplaneten Køge',
    today: '2026-03-02',
    employer: {
      name: 'Bageriet ApS',
      cvr: '12345674',
      workplaceName: 'Butikken',
      workplaceAddress: 'Torvet 1',
      postalCode: '4600 Køge',
      pNumber: null,
    },
    employee: { firstName: 'Åse', lastName: 'Øberg', address: 'Gade 2, 4600 Køge', birthDate: '2010-05-01' },
    job: { title: 'Butiksassistent', tasks: 'Fylde varer op', kind: 'private_leisure' },
    terms: {
      agreed: true,
      startsOn: '2026-03-16',
      endsOn: '2026-09-16',
      hoursPerWeek: 6,
      wagePerHour: 65,
      wagePayer: 'project_funds',
      mentorName: null,
      weeklySchedule: [
        { weekday: 6, start: '10:00', end: '14:30', breakMinutes: 30 },
        { weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 },
      ],
    },
    flags: NO_FLAGS,
    adultStaffPresent: true,
    collectiveAgreement: null,
    probation: null,
    training: null,
    guardians: ['Mona Hansen'],
    notices: [],
    ...overrides,
  };
}

describe('employment statement content', () => {
  it('is required above 3 hours a week on average only', () => {
    expect(statementRequired(3)).toBe(false);
    expect(statementRequired(3.25)).toBe(true);
  });

  it('lists every mandatory particular, with the payer, the end date and the parents’ signature for a minor', () => {
    const text = plainText(employmentStatement(data()));
    for (const s of [
      'Bageriet ApS',
      '12345674',
      'Torvet 1, 4600 Køge',
      'Åse Øberg',
      'Gade 2, 4600 Køge',
      'Butikken',
      'Butiksassistent',
      'Fylde varer op',
      '16. marts 2026',
      'ophører uden forudgående opsigelse den 16. september 2026',
      'ferieloven',
      'Opsigelse',
      '65,00 kr.',
      'projektets midler',
      'Månedsvis bagud',
      '6 timer i gennemsnit',
      '2 timer tirsdag, 4 timer lørdag',
      'Kollektiv overenskomst',
      'Prøvetid',
      'Uddannelse',
      'forælder/værge',
      'Jobplaneten Køge',
    ])
      expect(text, s).toContain(s);
  });

  it('leaves lines to fill in for what the reader may not see, and drops the parents’ line for adults', () => {
    const text = plainText(
      employmentStatement(data({ employee: { firstName: 'Ali', lastName: null, address: null, birthDate: '1990-01-01' } })),
    );
    expect(text).toContain('Ali (efternavn udfyldes af arbejdsgiveren');
    expect(text).not.toContain('forælder/værge');
  });
});

describe('parent letter content', () => {
  it('says so when no risks are flagged', () => {
    expect(risksOf(NO_FLAGS)).toEqual([]);
    expect(plainText(parentLetter(data()))).toContain('Der er ikke registreret særlige risici');
  });

  it('turns each safety flag into a risk and a precaution, with the APV date and the børneattest', () => {
    const risks = risksOf({
      ...NO_FLAGS,
      machinesOrChemicals: true,
      riskAssessmentDoneOn: '2026-01-10',
      alcoholServed: true,
      liftingOver12kg: true,
      loneWork: true,
      moneyHandling: true,
      contactWithChildrenUnder15: true,
      childProtectionCertificate: true,
    });
    expect(risks).toHaveLength(6);
    const all = risks.map((r) => `${r.risk} ${r.precaution}`).join('\n');
    for (const s of ['10. januar 2026', 'alkohol', '12 kg', 'alene', 'kassen', 'børneattest']) expect(all, s).toContain(s);
    expect(risksOf({ ...NO_FLAGS, machinesOrChemicals: true })[0]!.precaution).toContain('ikke registreret');
  });

  it('greets the guardians, and shows the schedule in weekday order', () => {
    const text = plainText(parentLetter(data({ guardians: ['Mona Hansen', 'Per Hansen'] })));
    expect(text).toContain('Kære Mona Hansen og Per Hansen');
    expect(scheduleText(data().terms.weeklySchedule)).toBe('tirsdag kl. 15:00–17:00; lørdag kl. 10:00–14:30 (30 min. pause)');
  });
});
