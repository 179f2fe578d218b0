import { completionOf, figureValue, scopeFor } from './dashboard.ts';
import type { Facts, Period } from './facts.ts';
import { outcomeMembers } from './figures.ts';
import { mustSuppress, SUPPRESSED_MARK } from './suppression.ts';
import type { FigureKey, OutcomeKind } from './types.ts';

/**
 * Indicators in the style of Landsbyggefonden's reporting for housing social plans (boligsociale
 * indsatser): the focus area "Beskæftigelse", per housing area (site) and per calendar year of the
 * requested range, plus all areas together. It is an aggregate export, so every count of people is
 * suppressed under 5. The indicator list and its sources are documented in docs/kpis.md.
 */

export const LBF_FOCUS_AREA = 'Beskæftigelse';
export const LBF_ALL_SITES = 'Alle boligområder';

type Source = { figure: FigureKey } | { outcome: OutcomeKind };
export type LbfIndicator = {
  code: string;
  label: string;
  unit: 'personer' | 'forløb' | 'timer' | 'virksomheder' | 'andel';
  source: Source;
  people: boolean;
};

export const LBF_INDICATORS: readonly LbfIndicator[] = [
  { code: 'B1', label: 'Beboere tilknyttet indsatsen', unit: 'personer', source: { figure: 'attached' }, people: true },
  { code: 'B2', label: 'Beboere der er startet i job', unit: 'personer', source: { figure: 'people_in_jobs' }, people: true },
  {
    code: 'B3',
    label: 'Beboere der er startet i praktik eller læreplads',
    unit: 'personer',
    source: { figure: 'people_in_internships' },
    people: true,
  },
  { code: 'B4', label: 'Beboere der er startet på uddannelse', unit: 'personer', source: { outcome: 'education_started' }, people: true },
  { code: 'B5', label: 'Beboere i ordinært job', unit: 'personer', source: { outcome: 'ordinary_job' }, people: true },
  { code: 'B6', label: 'Beboere i fleksjob', unit: 'personer', source: { outcome: 'flex_job' }, people: true },
  { code: 'B7', label: 'Beboere i job med få timer', unit: 'personer', source: { outcome: 'few_hour_job' }, people: true },
  { code: 'B8', label: 'Job (lommepenge-, fritids- og andre job) påbegyndt', unit: 'forløb', source: { figure: 'jobs' }, people: true },
  { code: 'B9', label: 'Godkendte arbejdstimer', unit: 'timer', source: { figure: 'hours' }, people: false },
  { code: 'B10', label: 'Deltagere i faglige forløb', unit: 'personer', source: { figure: 'course_participants' }, people: true },
  { code: 'B11', label: 'Virksomheder involveret', unit: 'virksomheder', source: { figure: 'companies_engaged' }, people: false },
  {
    code: 'B12',
    label: 'Andel der har gennemført en kontrakt på mindst 6 måneder',
    unit: 'andel',
    source: { figure: 'completion_rate' },
    people: true,
  },
];

export type LbfRow = {
  focusArea: string;
  site: string;
  periodFrom: string;
  periodTo: string;
  code: string;
  indicator: string;
  unit: string;
  /** A number, '<5' when suppressed, or '' when there is nothing to divide (a rate without endings). */
  value: number | string;
};

/** The calendar years of a range, each clipped to it. */
export function yearsOf(p: Period): Period[] {
  const out: Period[] = [];
  for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) {
    const from = `${y}-01-01` < p.from ? p.from : `${y}-01-01`;
    const to = `${y}-12-31` > p.to ? p.to : `${y}-12-31`;
    out.push({ from, to });
  }
  return out;
}

export function landsbyggefondenRows(facts: Facts, range: Period, sites: ReadonlyArray<{ id: string | null; name: string }>): LbfRow[] {
  const rows: LbfRow[] = [];
  for (const site of [...sites, { id: null, name: LBF_ALL_SITES }]) {
    for (const p of yearsOf(range)) {
      const s = scopeFor(facts, p, site.id ? { siteId: site.id } : {});
      const outcomes = outcomeMembers(s, p);
      for (const ind of LBF_INDICATORS) {
        let value: number | string;
        if ('outcome' in ind.source) {
          value = new Set(outcomes[ind.source.outcome].map((m) => m.key)).size;
        } else if (ind.source.figure === 'completion_rate') {
          const c = completionOf(s, p);
          value =
            mustSuppress(c.completed) || mustSuppress(c.endedEarly)
              ? SUPPRESSED_MARK
              : c.rate === null
                ? ''
                : Math.round(c.rate * 1000) / 1000;
        } else {
          value = figureValue(ind.source.figure, s, p) ?? '';
        }
        if (ind.people && typeof value === 'number' && ind.unit !== 'andel' && mustSuppress(value)) value = SUPPRESSED_MARK;
        rows.push({
          focusArea: LBF_FOCUS_AREA,
          site: site.name,
          periodFrom: p.from,
          periodTo: p.to,
          code: ind.code,
          indicator: ind.label,
          unit: ind.unit,
          value,
        });
      }
    }
  }
  return rows;
}
