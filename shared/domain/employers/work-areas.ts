/**
 * The work-area taxonomy that openings are tagged with. Participants' interests use the same codes,
 * so matching can compare the two directly. It is a constant here (not the `work_areas` table of the
 * participants migration) so openings do not depend on that table; the two lists must stay equal.
 *
 * Each area maps to one of the four main areas (hovedområder) of Danish vocational education (EUD),
 * which is what a step-4 apprenticeship leads into.
 */

export const VOCATIONAL_EDUCATION_AREAS = [
  /** Omsorg, sundhed og pædagogik. */
  'care_health_pedagogy',
  /** Kontor, handel og forretningsservice. */
  'office_trade_business',
  /** Fødevarer, jordbrug og oplevelser. */
  'food_agriculture_hospitality',
  /** Teknologi, byggeri og transport. */
  'technology_construction_transport',
] as const;
export type VocationalEducationArea = (typeof VOCATIONAL_EDUCATION_AREAS)[number];

export const WORK_AREA_EDUCATION_AREA = {
  carpentry: 'technology_construction_transport',
  construction: 'technology_construction_transport',
  electrical: 'technology_construction_transport',
  plumbing: 'technology_construction_transport',
  painting: 'technology_construction_transport',
  mechanics: 'technology_construction_transport',
  retail: 'office_trade_business',
  office: 'office_trade_business',
  it: 'technology_construction_transport',
  care: 'care_health_pedagogy',
  childcare: 'care_health_pedagogy',
  health: 'care_health_pedagogy',
  kitchen: 'food_agriculture_hospitality',
  cleaning: 'food_agriculture_hospitality',
  caretaking: 'technology_construction_transport',
  gardening: 'food_agriculture_hospitality',
  logistics: 'technology_construction_transport',
  hospitality: 'food_agriculture_hospitality',
} as const satisfies Record<string, VocationalEducationArea>;

export type WorkArea = keyof typeof WORK_AREA_EDUCATION_AREA;
export const WORK_AREAS = Object.keys(WORK_AREA_EDUCATION_AREA) as [WorkArea, ...WorkArea[]];

export function isWorkArea(code: string): code is WorkArea {
  return Object.hasOwn(WORK_AREA_EDUCATION_AREA, code);
}
