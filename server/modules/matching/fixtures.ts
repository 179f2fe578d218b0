import { ok, person, today, yearsAgo, type World } from '../placements/fixtures.ts';

/** Matching tests' helpers: the module's URLs, and candidates a ranking can list (age, step, consent). */

/** The matching API's URLs in a world's programme. */
export const url = (w: World) => ({
  candidates: (o: string) => `/api/programmes/${w.p}/openings/${o}/candidates`,
  why: (o: string, p: string) => `/api/programmes/${w.p}/openings/${o}/candidates/${p}/why`,
  openings: (p: string) => `/api/programmes/${w.p}/participants/${p}/openings`,
  adjustments: `/api/programmes/${w.p}/match-adjustments`,
  weightSets: `/api/programmes/${w.p}/match-weight-sets`,
  rounds: `/api/programmes/${w.p}/match-rounds`,
  round: (id: string) => `/api/programmes/${w.p}/match-rounds/${id}`,
});

/** A share_employer consent given today, without which an employer may not see the person in a ranking. */
export async function consent(w: World, participantId: string) {
  await ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/consents`, {
      purpose: 'share_employer',
      allPartners: true,
      dataCategories: ['contact', 'profile'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    }),
    201,
  );
}

/** A 16-year-old out of school with a sharing consent, unless told otherwise. */
export async function candidate(w: World, firstName: string, overrides: Record<string, unknown> = {}, withConsent = true) {
  const p = await person(w, {
    firstName,
    birthDate: yearsAgo(16, 40),
    compulsorySchool: false,
    compulsorySchoolEndsOn: null,
    step: 3,
    ...overrides,
  });
  if (withConsent) await consent(w, p.id);
  return p;
}
