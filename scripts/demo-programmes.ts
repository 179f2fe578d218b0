import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import { copenhagenToday } from '../server/lib/today.ts';
import { addDays } from '../shared/domain/calendar/local-time.ts';
import { addMonths } from '../shared/domain/participants/dates.ts';
import type { Api } from './demo-api.ts';
import { demoAdults, demoYouth, KOGE_COMPANIES, VIBORG_COMPANIES, type DemoCompany } from './demo-data.ts';

/**
 * The demo's two programmes filled through the API (scripts/demo-seed.ts creates their identity
 * first): Jobplaneten Køge's companies, youth, placements and hours, and Jobløft Viborg's adults.
 */

/** A programme's partner organisations by role ('housing', 'municipality', …). */
export type Partners = Map<string, string>;

function birthDate(today: string, [years, days]: [number, number]): string {
  return addDays(addMonths(today, -12 * years), -days);
}

/** Companies with a workplace each (and a mentor where given); returns the workplace ids. */
async function seedCompanies(
  api: Api,
  programmeId: string,
  companies: DemoCompany[],
  housingId: string,
  users: Map<string, string>,
  db: Kysely<DB>,
) {
  const workplaces: string[] = [];
  for (const c of companies) {
    const company = await api.post<{ organisationId: string }>(`/api/programmes/${programmeId}/companies`, {
      cvr: c.cvr,
      name: c.name,
      industry: c.industry,
      supplierToOrganisationId: c.supplier ? housingId : null,
    });
    const workplace = await api.post(`/api/programmes/${programmeId}/workplaces`, {
      organisationId: company.organisationId,
      ...c.workplace,
    });
    workplaces.push(workplace.id);
    if (c.mentor) {
      const userId = c.mentor.name === 'Mads Mentor' ? users.get('mentor@demo.jobbro.dk')! : null;
      await api.post(`/api/programmes/${programmeId}/mentors`, {
        organisationId: company.organisationId,
        workplaceId: workplace.id,
        userId,
        ...c.mentor,
      });
    }
    if (c.contact) {
      // The demo's employer login is this company's contact (as if it had accepted an invitation).
      await asSystem(db, (trx) =>
        trx
          .insertInto('memberships')
          .values({
            programme_id: programmeId,
            user_id: users.get('arbejdsgiver@demo.jobbro.dk')!,
            role: 'employer_contact',
            organisation_id: company.organisationId,
          })
          .execute(),
      );
    }
  }
  return workplaces;
}

const weekdays = (days: number[], start: string, end: string, breakMinutes = 0) =>
  days.map((weekday) => ({ weekday, start, end, breakMinutes }));

export async function seedKoge(api: Api, db: Kysely<DB>, programmeId: string, partners: Partners, users: Map<string, string>) {
  const today = copenhagenToday();
  const base = `/api/programmes/${programmeId}`;
  const { sites } = await api.get<{ sites: Array<{ id: string }> }>(base);
  const [carpenter, shop, plumber] = (await seedCompanies(api, programmeId, KOGE_COMPANIES, partners.get('housing')!, users, db)) as [
    string,
    string,
    string,
  ];
  const estateOffice = await api.post(`${base}/workplaces`, {
    organisationId: partners.get('housing')!,
    name: 'Ejendomskontoret Solbakken',
    address: 'Solbakken 3',
    postalCode: '4600',
  });
  const kindergarten = await api.post(`${base}/workplaces`, {
    organisationId: partners.get('municipality')!,
    name: 'Børnehuset Mælkebøtten',
    address: 'Mælkebøttevej 8',
    postalCode: '4600',
  });

  const openings = [
    {
      workplaceId: estateOffice.id,
      kind: 'pocket_money',
      title: 'Lommepengejob: gårdmandshjælper',
      taskTags: ['caretaking', 'gardening'],
      minAge: 13,
      hoursPerWeek: 4,
      weeklySchedule: weekdays([3, 6], '15:00', '17:00'),
      places: 4,
      wagePerHour: 60,
      wagePayer: 'project_funds',
      adultStaffPresent: true,
      flags: { lightWorkOnly: true },
    },
    {
      workplaceId: kindergarten.id,
      kind: 'municipal_leisure',
      title: 'Fritidsjob i børnehavens køkken',
      taskTags: ['kitchen', 'childcare'],
      minAge: 14,
      hoursPerWeek: 6,
      weeklySchedule: weekdays([1, 3, 5], '14:00', '16:00'),
      places: 2,
      wagePerHour: 75,
      wagePayer: 'municipality',
      adultStaffPresent: true,
      flags: { lightWorkOnly: true, contactWithChildrenUnder15: true, childProtectionCertificate: true },
    },
    {
      workplaceId: shop,
      kind: 'private_leisure',
      title: 'Fritidsjob: varepåfyldning',
      taskTags: ['retail', 'logistics'],
      minAge: 15,
      hoursPerWeek: 8,
      weeklySchedule: [...weekdays([2, 4], '16:00', '18:00'), ...weekdays([6], '09:00', '13:00')],
      places: 3,
      wagePerHour: 95,
      wagePayer: 'company',
      adultStaffPresent: true,
      flags: {},
    },
    {
      workplaceId: carpenter,
      kind: 'private_leisure',
      title: 'Fritidsjob på tømrerværkstedet',
      taskTags: ['carpentry'],
      minAge: 15,
      hoursPerWeek: 4,
      weeklySchedule: weekdays([2, 4], '15:00', '17:00'),
      places: 2,
      wagePerHour: 100,
      wagePayer: 'company',
      adultStaffPresent: true,
      flags: { machinesOrChemicals: true, riskAssessmentDoneOn: addDays(today, -60) },
    },
    // Step 4 for 16-year-olds who have left school: full days, judged by the rules for young people out of compulsory school.
    {
      workplaceId: plumber,
      kind: 'internship',
      title: 'Praktik som VVS-lærling',
      taskTags: ['plumbing', 'construction'],
      minAge: 16,
      hoursPerWeek: 30,
      weeklySchedule: weekdays([1, 2, 3, 4, 5], '07:00', '13:30', 30),
      places: 1,
      wagePerHour: 110,
      wagePayer: 'company',
      adultStaffPresent: true,
      onlyOutOfCompulsorySchool: true,
      flags: { machinesOrChemicals: true, riskAssessmentDoneOn: addDays(today, -30) },
    },
  ];
  for (const o of openings) await api.post(`${base}/openings`, { ...o, startsOn: addDays(today, 14), status: 'open' });

  for (const [i, y] of demoYouth().entries()) {
    const person = await api.post<{ id: string; version: number }>(`${base}/participants`, {
      kind: 'youth',
      firstName: y.firstName,
      lastName: y.lastName,
      birthDate: birthDate(today, y.age),
      siteId: sites[y.site]!.id,
      compulsorySchool: y.age[0] < 16,
      compulsorySchoolEndsOn: y.age[0] < 16 ? addMonths(today, 12 * (16 - y.age[0]) - 2) : undefined,
      educationStatus: y.age[0] < 16 ? 'compulsory_school' : 'upper_secondary',
      interests: y.interests,
      availability: y.availability,
      travelKm: y.travelKm,
      travelModes: ['bike', 'public_transport'],
      priority: y.priority,
      priorityNote: y.priority ? 'Har brug for ekstra støtte i opstarten.' : undefined,
      step: 1,
    });
    // Intake a few months back, so the profile has a journey and the to-do list has something to show.
    const intake = addDays(today, -90 - 3 * i);
    await asSystem(db, async (trx) => {
      await trx.updateTable('ladder_events').set({ on_date: intake }).where('participant_id', '=', person.id).execute();
      await trx
        .updateTable('participants')
        .set({ created_at: new Date(`${intake}T10:00:00Z`) })
        .where('id', '=', person.id)
        .execute();
    });
    if (y.step > 1) {
      await api.post(`${base}/participants/${person.id}/ladder`, {
        step: y.step,
        onDate: addDays(today, -20 - i),
        reason: 'Har klaret det forrige trin godt.',
      });
    }
    const guardian = y.withGuardian
      ? await api.post(`${base}/participants/${person.id}/guardians`, {
          name: i === 0 ? 'Frida Forælder' : `Forælder til ${y.firstName}`,
          relation: i % 2 ? 'father' : 'mother',
          phone: `+45 20 ${String(10 + i).padStart(2, '0')} 30 40`,
        })
      : null;
    // Under 15s' consents are given by a guardian; the rest give their own.
    const giver = guardian && y.age[0] < 15 ? { givenBy: 'guardian', guardianId: guardian.id } : { givenBy: 'participant' };
    await api.post(`${base}/participants/${person.id}/consents`, {
      purpose: 'data_processing',
      allPartners: true,
      dataCategories: ['contact', 'education', 'profile', 'ladder'],
      givenOn: addDays(today, -60),
      method: 'paper',
      ...giver,
    });
    await api.post(`${base}/participants/${person.id}/consents`, {
      purpose: 'share_employer',
      allPartners: true,
      dataCategories: ['contact', 'profile'],
      givenOn: addDays(today, -50),
      method: 'paper',
      ...giver,
    });
    if (!guardian) continue;
    if (i === 0)
      await asSystem(db, (trx) =>
        trx
          .updateTable('guardians')
          .set({ user_id: users.get('foraelder@demo.jobbro.dk')! })
          .where('id', '=', guardian.id)
          .execute(),
      );
  }
}

export async function seedViborg(api: Api, db: Kysely<DB>, programmeId: string, partners: Partners, users: Map<string, string>) {
  const today = copenhagenToday();
  const base = `/api/programmes/${programmeId}`;
  const { sites } = await api.get<{ sites: Array<{ id: string }> }>(base);
  const [painter, estate, garden] = (await seedCompanies(api, programmeId, VIBORG_COMPANIES, partners.get('housing')!, users, db)) as [
    string,
    string,
    string,
  ];
  const openings = [
    {
      workplaceId: painter,
      kind: 'apprenticeship',
      title: 'Lærling som maler',
      taskTags: ['painting'],
      minAge: 18,
      hoursPerWeek: 37,
      wagePayer: 'company',
      wagePerHour: 130,
    },
    {
      workplaceId: estate,
      kind: 'few_hour_job',
      title: 'Småjob: oprydning på fællesarealer',
      taskTags: ['caretaking', 'cleaning'],
      minAge: 18,
      hoursPerWeek: 8,
      wagePayer: 'company',
      wagePerHour: 140,
    },
    {
      workplaceId: estate,
      kind: 'flex_job',
      title: 'Fleksjob som ejendomsservicemedhjælper',
      taskTags: ['caretaking'],
      minAge: 18,
      hoursPerWeek: 15,
      wagePayer: 'company',
      wagePerHour: 150,
    },
    {
      workplaceId: garden,
      kind: 'ordinary_job',
      title: 'Anlægsgartner (fuldtid)',
      taskTags: ['gardening'],
      minAge: 18,
      hoursPerWeek: 37,
      wagePayer: 'company',
      wagePerHour: 160,
    },
  ];
  for (const o of openings) {
    await api.post(`${base}/openings`, {
      ...o,
      places: 1,
      adultStaffPresent: true,
      startsOn: addDays(today, 21),
      weeklySchedule: [],
      status: 'open',
    });
  }
  for (const a of demoAdults()) {
    await api.post(`${base}/participants`, {
      kind: 'adult',
      firstName: a.firstName,
      lastName: a.lastName,
      birthDate: birthDate(today, a.age),
      siteId: sites[a.site]!.id,
      track: a.track,
      interests: a.interests,
      maxWeeklyHours: a.maxWeeklyHours,
      flexJobApproved: a.flexJobApproved,
      benefitType: a.benefitType,
      availability: ['mon-am', 'tue-am', 'wed-am', 'thu-am'],
      travelKm: 15,
      travelModes: ['bike', 'car'],
    });
  }
}
