import { WORK_AREA_EDUCATION_AREA, WORK_AREAS } from '../../employers/work-areas.ts';
import type { COpening, CParticipant, RankingIndex } from './compiled.ts';
import { coveredMinutes, slotCodes, slotNames } from './schedule.ts';
import { EDUCATION_AREA_NAMES, kmText, languageKey, listOf, nameOf, percent, round2, textKey, WORK_AREA_NAMES } from './text.ts';
import { FACTOR_NAMES, type FactorName, type FactorResult, type Message } from './types.ts';

/**
 * The additive fit score. Each factor maps a pair to a value in [0, 1], or NaN when the data is
 * missing on either side, which counts as the neutral 0.5 and is flagged. The score is
 * 100 × Σ wᵢ·vᵢ / Σ wᵢ with the weights of the index's weight set, so it always lies in [0, 100].
 * Priority and congestion are deliberately not factors.
 */

/** A participant whose interest is in the same vocational education area as a task gets half credit. */
export const PARTIAL_AREA_CREDIT = 0.5;
export const NEUTRAL = 0.5;

function interests(_ix: RankingIndex, p: CParticipant, o: COpening): number {
  if (p.interests === 0 || o.tags === 0) return Number.NaN;
  if ((p.interests & o.tags) !== 0) return 1;
  return (p.areas & o.areas) !== 0 ? PARTIAL_AREA_CREDIT : 0;
}

function share(wanted: readonly number[], have: ReadonlySet<number>): number {
  let n = 0;
  for (let i = 0; i < wanted.length; i++) if (have.has(wanted[i]!)) n++;
  return n / wanted.length;
}

function skills(_ix: RankingIndex, p: CParticipant, o: COpening): number {
  return o.skills.length === 0 || p.skills.size === 0 ? Number.NaN : share(o.skills, p.skills);
}

function language(_ix: RankingIndex, p: CParticipant, o: COpening): number {
  if (o.languages.length === 0 || p.languages.size === 0) return Number.NaN;
  return share(o.languages, p.languages) > 0 ? 1 : 0;
}

/** Reference distance for the factor: the person's limit, else the index default. */
function referenceKm(ix: RankingIndex, p: CParticipant): number {
  return Number.isNaN(p.travelKm) ? ix.defaultTravelKm : p.travelKm;
}

function distance(ix: RankingIndex, p: CParticipant, o: COpening): number {
  const km = ix.km(p.postal, o.postal);
  if (Number.isNaN(km)) return Number.NaN;
  const ref = referenceKm(ix, p);
  if (ref <= 0) return km <= 0 ? 1 : 0;
  return Math.max(0, 1 - km / ref);
}

function schedule(_ix: RankingIndex, p: CParticipant, o: COpening): number {
  if (p.avail === 0 || o.totalMin === 0) return Number.NaN;
  return coveredMinutes(o.slotMin, o.needMask, p.avail) / o.totalMin;
}

function employerPreferences(_ix: RankingIndex, p: CParticipant, o: COpening): number {
  let sum = 0;
  let groups = 0;
  if (o.prefLanguages.length > 0 && p.languages.size > 0) {
    sum += share(o.prefLanguages, p.languages) > 0 ? 1 : 0;
    groups++;
  }
  if (o.prefSkills.length > 0 && p.skills.size > 0) {
    sum += share(o.prefSkills, p.skills);
    groups++;
  }
  return groups === 0 ? Number.NaN : sum / groups;
}

/** Factor functions in FACTOR_NAMES order; NaN means missing. */
export const FACTORS: readonly ((ix: RankingIndex, p: CParticipant, o: COpening) => number)[] = [
  interests,
  skills,
  language,
  distance,
  schedule,
  employerPreferences,
];

/** The 0–100 fit score of a pair (unrounded); the hot path. */
export function fitScore(ix: RankingIndex, p: CParticipant, o: COpening): number {
  const w = ix.weights;
  let s = 0;
  for (let i = 0; i < FACTORS.length; i++) {
    const v = FACTORS[i]!(ix, p, o);
    s += w[i]! * (v !== v ? NEUTRAL : v);
  }
  return Math.min(100, Math.max(0, s * 100));
}

// --- evidence ----------------------------------------------------------------------------------------

function m(code: string, params: Message['params'], message: string, messageEn: string): Message {
  return { code, params, message, messageEn };
}

function missing(factor: FactorName, side: 'participant' | 'opening', da: string, en: string): Message {
  return m(`${factor}.missing`, { side }, `${da} – tæller neutralt`, `${en} – counts as neutral`);
}

/** The original strings of `wanted` that `have` contains, compared by `key`. */
function matched(wanted: readonly string[] | undefined, have: readonly string[] | undefined, key: (s: string) => string): string[] {
  const keys = new Set((have ?? []).map(key));
  return (wanted ?? []).filter((w) => keys.has(key(w)));
}

const areaNames = (codes: readonly string[], lang: 'da' | 'en') =>
  listOf(
    codes.map((c) => nameOf(WORK_AREA_NAMES, c, lang)),
    lang,
  );

function evidence(ix: RankingIndex, p: CParticipant, o: COpening, i: number, value: number): Message {
  const ps = p.src;
  const os = o.src;
  switch (FACTOR_NAMES[i]!) {
    case 'interests': {
      if (p.interests === 0) return missing('interests', 'participant', 'Ingen interesser registreret', 'No interests recorded');
      if (o.tags === 0) return missing('interests', 'opening', 'Opslaget har ingen opgave-tags', 'The opening has no task tags');
      const tags = WORK_AREAS.filter((_, b) => o.tags & (1 << b));
      const hits = WORK_AREAS.filter((_, b) => p.interests & o.tags & (1 << b));
      if (hits.length > 0) {
        return m(
          'interests.match',
          { matched: hits },
          `Interesseret i opgaverne: ${areaNames(hits, 'da')}`,
          `Interested in the tasks: ${areaNames(hits, 'en')}`,
        );
      }
      const own = WORK_AREAS.filter((_, b) => p.interests & (1 << b));
      if (value > 0) {
        const area =
          WORK_AREA_EDUCATION_AREA[tags.find((t) => own.some((x) => WORK_AREA_EDUCATION_AREA[x] === WORK_AREA_EDUCATION_AREA[t]))!];
        return m(
          'interests.same-area',
          { area, interests: own, tags },
          `Interesser inden for samme uddannelsesområde (${nameOf(EDUCATION_AREA_NAMES, area, 'da')}) som opgaverne`,
          `Interests in the same vocational area (${nameOf(EDUCATION_AREA_NAMES, area, 'en')}) as the tasks`,
        );
      }
      return m(
        'interests.none',
        { interests: own, tags },
        `Ingen interesser passer til opgaverne (${areaNames(tags, 'da')})`,
        `No interest fits the tasks (${areaNames(tags, 'en')})`,
      );
    }
    case 'skills': {
      if (o.skills.length === 0) return missing('skills', 'opening', 'Opslaget nævner ingen færdigheder', 'The opening names no skills');
      if (p.skills.size === 0) return missing('skills', 'participant', 'Ingen færdigheder registreret', 'No skills recorded');
      const hit = matched(os.skills, ps.skills, textKey);
      const params = { matched: hit, wanted: o.skills.length };
      const list = hit.length > 0 ? `: ${listOf(hit, 'da')}` : '';
      const listEn = hit.length > 0 ? `: ${listOf(hit, 'en')}` : '';
      return m(
        'skills.match',
        params,
        `Har ${hit.length} af ${o.skills.length} ønskede færdigheder${list}`,
        `Has ${hit.length} of ${o.skills.length} skills asked for${listEn}`,
      );
    }
    case 'language': {
      if (o.languages.length === 0)
        return missing('language', 'opening', 'Opslaget angiver intet arbejdssprog', 'The opening states no working language');
      if (p.languages.size === 0) return missing('language', 'participant', 'Ingen sprog registreret', 'No languages recorded');
      const hit = matched(os.languages, ps.languages, languageKey);
      return hit.length > 0
        ? m(
            'language.match',
            { matched: hit },
            `Taler arbejdssproget (${listOf(hit, 'da')})`,
            `Speaks the working language (${listOf(hit, 'en')})`,
          )
        : m(
            'language.none',
            { wanted: os.languages ?? [] },
            `Taler ikke arbejdssproget (${listOf(os.languages ?? [], 'da')})`,
            `Does not speak the working language (${listOf(os.languages ?? [], 'en')})`,
          );
    }
    case 'distance': {
      const km = ix.km(p.postal, o.postal);
      if (Number.isNaN(km)) {
        const side = p.postal < 0 ? 'participant' : 'opening';
        return missing(
          'distance',
          side,
          'Afstanden kendes ikke (postnummer mangler eller er ukendt)',
          'The distance is unknown (postal code missing or unknown)',
        );
      }
      const ref = referenceKm(ix, p);
      const own = !Number.isNaN(p.travelKm);
      return m(
        'distance.km',
        { km: round2(km), referenceKm: ref, personalLimit: own },
        `${kmText(km, 'da')} til arbejdspladsen (${own ? 'personens grænse' : 'reference'} ${kmText(ref, 'da')})`,
        `${kmText(km, 'en')} to the workplace (${own ? "the person's limit" : 'reference'} ${kmText(ref, 'en')})`,
      );
    }
    case 'schedule': {
      if (o.totalMin === 0) return missing('schedule', 'opening', 'Opslaget har ingen fast ugeplan', 'The opening has no weekly schedule');
      if (p.avail === 0) return missing('schedule', 'participant', 'Ingen ledige tider registreret', 'No availability recorded');
      const gaps = o.needMask & ~p.avail;
      const params = { coveredPercent: percent(value), missingSlots: slotCodes(gaps) };
      return m(
        'schedule.coverage',
        params,
        `Ledig i ${percent(value)} % af arbejdstiden${gaps ? `; mangler ${slotNames(gaps, 'da')}` : ''}`,
        `Available for ${percent(value)}% of the working time${gaps ? `; missing ${slotNames(gaps, 'en')}` : ''}`,
      );
    }
    case 'employerPreferences': {
      const pref = os.preferences ?? {};
      if (o.prefLanguages.length === 0 && o.prefSkills.length === 0) {
        return missing('employerPreferences', 'opening', 'Arbejdsgiveren har ingen ønsker angivet', 'The employer states no preferences');
      }
      if (Number.isNaN(value)) {
        return missing(
          'employerPreferences',
          'participant',
          'Personens sprog og færdigheder er ikke registreret',
          "The person's languages and skills are not recorded",
        );
      }
      const langs = matched(pref.languages, ps.languages, languageKey);
      const sk = matched(pref.skills, ps.skills, textKey);
      const met = [...langs, ...sk];
      const wanted = [...(pref.languages ?? []), ...(pref.skills ?? [])];
      return m(
        'employerPreferences.match',
        { matched: met, wanted },
        `Arbejdsgiveren ønsker ${listOf(wanted, 'da')}; opfyldt: ${met.length > 0 ? listOf(met, 'da') : 'intet'}`,
        `The employer would like ${listOf(wanted, 'en')}; met: ${met.length > 0 ? listOf(met, 'en') : 'none'}`,
      );
    }
  }
}

/** Every factor of a pair with its weight, value, points and evidence; and the missing ones. */
export function factorDetails(ix: RankingIndex, p: CParticipant, o: COpening): { factors: FactorResult[]; missing: FactorName[] } {
  const factors: FactorResult[] = [];
  const missingNames: FactorName[] = [];
  FACTORS.forEach((fn, i) => {
    const raw = fn(ix, p, o);
    const isMissing = Number.isNaN(raw);
    const value = isMissing ? NEUTRAL : raw;
    const factor = FACTOR_NAMES[i]!;
    if (isMissing) missingNames.push(factor);
    factors.push({
      factor,
      weight: ix.weightSet.weights[factor],
      value: Math.round(value * 10_000) / 10_000,
      missing: isMissing,
      points: round2(ix.weights[i]! * value * 100),
      evidence: evidence(ix, p, o, i, raw),
    });
  });
  return { factors, missing: missingNames };
}
