import { ADULT_TRACKS } from '../../participants/constants.ts';
import {
  ageAt,
  CATEGORY_BY_INDEX,
  categoryAt,
  workConditions,
  workConditionsFail,
  workingTime,
  workingTimeFails,
  type COpening,
  type CParticipant,
  type RankingIndex,
} from './compiled.ts';
import { TRACK_KIND_MASK, TRACK_OPENING_KINDS } from './prepare.ts';
import { coveredMinutes, slotCodes, slotNames } from './schedule.ts';
import { dateText, KIND_NAMES, kmText, listOf, nameOf, percent, round2, TRACK_NAMES } from './text.ts';
import { LEGAL_RULES, RULE_CODES, type Message, type RuleCode, type RuleFailure } from './types.ts';

/**
 * The hard rules, one definition each, evaluated in RULE_CODES order. `fails` is the hot path (no
 * allocation); `explain` builds the "why not" for a pair that fails. Soft rules without the data to
 * judge them pass and say so through `judgeable`; legal rules never pass for lack of data (unknown
 * school status counts as in school, unknown consent or flex-job approval as absent).
 */

export interface RuleDefinition {
  code: RuleCode;
  legal: boolean;
  fails(ix: RankingIndex, p: CParticipant, o: COpening): boolean;
  /** False when the data to judge the rule is missing (the rule then passes). Legal rules: always true. */
  judgeable(ix: RankingIndex, p: CParticipant, o: COpening): boolean;
  explain(ix: RankingIndex, p: CParticipant, o: COpening): Message;
}

const always = (): boolean => true;

function msg(code: string, params: Message['params'], message: string, messageEn: string): Message {
  return { code, params, message, messageEn };
}

function ageFails(_ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  const a = ageAt(p, o);
  return a < o.minAge || a > o.maxAge;
}

const age: RuleDefinition = {
  code: 'age',
  legal: true,
  fails: ageFails,
  judgeable: always,
  explain: (_ix, p, o) => {
    const a = ageAt(p, o);
    const params = { age: a, minAge: o.minAge, maxAge: Number.isFinite(o.maxAge) ? o.maxAge : null, date: o.date };
    const on = `${a} år pr. ${dateText(o.date, 'da')}`;
    const onEn = `${a} years old on ${dateText(o.date, 'en')}`;
    return a < o.minAge
      ? msg('age.too-young', params, `${on}; opslaget kræver mindst ${o.minAge} år`, `${onEn}; the opening requires at least ${o.minAge}`)
      : msg('age.too-old', params, `${on}; opslaget er for højst ${o.maxAge} år`, `${onEn}; the opening is for at most ${o.maxAge}`);
  },
};

/** An opening for school leavers only, and a person under 18 still in compulsory school on its judged date. */
function stillInSchool(p: CParticipant, o: COpening, age: number): boolean {
  return o.outOfSchoolOnly && age < 18 && o.date <= p.schoolUntil;
}

function workingTimeRuleFails(ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  const a = ageAt(p, o);
  return stillInSchool(p, o, a) || workingTimeFails(ix, o, categoryAt(p, o, a));
}

const workingTimeRule: RuleDefinition = {
  code: 'working-time',
  legal: true,
  fails: workingTimeRuleFails,
  judgeable: always,
  explain: (ix, p, o) => {
    const a = ageAt(p, o);
    if (stillInSchool(p, o, a)) {
      return msg(
        'working-time.out-of-school-only',
        { age: a, date: o.date },
        `${a} år og i folkeskolen pr. ${dateText(o.date, 'da')}; opslaget er kun for unge, der er færdige med folkeskolen`,
        `${a} years old and in compulsory school on ${dateText(o.date, 'en')}; the opening is only for young people who have left it`,
      );
    }
    const cat = categoryAt(p, o, a);
    const f = workingTime(ix, o, cat)!;
    const params = { ...f.params, age: a, category: CATEGORY_BY_INDEX[cat]!, date: o.date };
    return msg(`working-time.${f.code}`, params, `${a} år. ${f.message}`, `${a} years old. ${f.messageEn}`);
  },
};

function workConditionsRuleFails(ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  return workConditionsFail(ix, o, ageAt(p, o));
}

const workConditionsRule: RuleDefinition = {
  code: 'work-conditions',
  legal: true,
  fails: workConditionsRuleFails,
  judgeable: always,
  explain: (ix, p, o) => {
    const a = ageAt(p, o);
    const f = workConditions(ix, o, a)!;
    return msg(`work-conditions.${f.code}`, { ...f.params, age: a }, `${a} år. ${f.message}`, `${a} years old. ${f.messageEn}`);
  },
};

function consentFails(_ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  return !p.consentAll && !p.consentOrgs.has(o.org);
}

const consent: RuleDefinition = {
  code: 'consent',
  legal: true,
  fails: consentFails,
  judgeable: always,
  explain: (_ix, p, o) =>
    p.consentOrgs.size === 0
      ? msg(
          'consent.none',
          { organisationId: o.org },
          'Der er intet gældende samtykke til at dele oplysninger med arbejdsgivere',
          'No consent to share information with employers is in force',
        )
      : msg(
          'consent.other-employers',
          { organisationId: o.org, coveredOrganisations: p.consentOrgs.size },
          'Det gældende samtykke til deling omfatter andre arbejdsgivere, ikke denne',
          'The sharing consent in force covers other employers, not this one',
        ),
};

function flexJobFails(_ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  return o.isFlex && !p.flexApproved;
}

const flexJob: RuleDefinition = {
  code: 'flex-job-approval',
  legal: true,
  fails: flexJobFails,
  judgeable: always,
  explain: () =>
    msg(
      'flex-job-approval.missing',
      {},
      'Et fleksjob kræver, at kommunen har visiteret personen til fleksjob, og det er ikke registreret',
      'A flex job requires the municipality to have approved the person for flex jobs, which is not recorded',
    ),
};

function ladderFails(ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  if (p.youth) {
    if (o.step === 0) return true;
    return p.step > 0 && (o.step < p.step - ix.stepBelow || o.step > p.step + ix.stepAbove);
  }
  if (o.youthKind) return true;
  return p.track >= 0 && (TRACK_KIND_MASK[p.track]! & o.kindBit) === 0;
}

const ladder: RuleDefinition = {
  code: 'ladder',
  legal: false,
  fails: ladderFails,
  judgeable: (_ix, p, o) => (p.youth ? p.step > 0 || o.step === 0 : p.track >= 0 || o.youthKind),
  explain: (ix, p, o) => {
    const kind = o.src.kind;
    const k = { da: nameOf(KIND_NAMES, kind, 'da'), en: nameOf(KIND_NAMES, kind, 'en') };
    if (p.youth && o.step === 0) {
      return msg(
        'ladder.not-on-ladder',
        { kind },
        `Opslaget (${k.da}) er ikke et trin på Jobplaneten`,
        `The opening (${k.en}) is not a step on the Jobplaneten ladder`,
      );
    }
    if (p.youth) {
      const lo = Math.max(1, p.step - ix.stepBelow);
      const hi = Math.min(4, p.step + ix.stepAbove);
      const range = lo === hi ? `trin ${lo}` : `trin ${lo}–${hi}`;
      const rangeEn = lo === hi ? `step ${lo}` : `steps ${lo}–${hi}`;
      return msg(
        'ladder.step',
        { step: p.step, openingStep: o.step, allowedFrom: lo, allowedTo: hi },
        `På trin ${p.step} (kan tage ${range}); opslaget er trin ${o.step}`,
        `On step ${p.step} (may take ${rangeEn}); the opening is step ${o.step}`,
      );
    }
    if (o.youthKind) {
      return msg(
        'ladder.youth-kind',
        { kind },
        `Opslaget (${k.da}) er kun for unge på Jobplaneten`,
        `The opening (${k.en}) is only for young people on Jobplaneten`,
      );
    }
    const track = ADULT_TRACKS[p.track]!;
    const allowed = TRACK_OPENING_KINDS[track];
    return msg(
      'ladder.track',
      { track, kind, allowedKinds: allowed },
      `På sporet ${nameOf(TRACK_NAMES, track, 'da')}, som passer til ${listOf(
        allowed.map((a) => nameOf(KIND_NAMES, a, 'da')),
        'da',
      )}; opslaget er ${k.da}`,
      `On the ${nameOf(TRACK_NAMES, track, 'en')} track, which fits ${listOf(
        allowed.map((a) => nameOf(KIND_NAMES, a, 'en')),
        'en',
      )}; the opening is a ${k.en}`,
    );
  },
};

function availabilityFails(ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  if (p.avail === 0 || o.totalMin === 0) return false;
  const covered = coveredMinutes(o.slotMin, o.needMask, p.avail);
  return covered === 0 || covered < ix.minCoverage * o.totalMin;
}

const availability: RuleDefinition = {
  code: 'availability',
  legal: false,
  fails: availabilityFails,
  judgeable: (_ix, p, o) => p.avail !== 0 && o.totalMin > 0,
  explain: (ix, p, o) => {
    const share = coveredMinutes(o.slotMin, o.needMask, p.avail) / o.totalMin;
    const missingMask = o.needMask & ~p.avail;
    const params = { coveredPercent: percent(share), requiredPercent: percent(ix.minCoverage), missingSlots: slotCodes(missingMask) };
    const code = share === 0 ? 'availability.no-overlap' : 'availability.too-little';
    const need = ix.minCoverage > 0 ? ` (kræver ${percent(ix.minCoverage)} %)` : '';
    const needEn = ix.minCoverage > 0 ? ` (requires ${percent(ix.minCoverage)}%)` : '';
    return msg(
      code,
      params,
      `Ledig i ${percent(share)} % af opslagets arbejdstid${need}; mangler ${slotNames(missingMask, 'da')}`,
      `Available for ${percent(share)}% of the opening's working time${needEn}; missing ${slotNames(missingMask, 'en')}`,
    );
  },
};

function distanceFails(ix: RankingIndex, p: CParticipant, o: COpening): boolean {
  return p.travelKm === p.travelKm && ix.km(p.postal, o.postal) > p.travelKm;
}

const distance: RuleDefinition = {
  code: 'distance',
  legal: false,
  fails: distanceFails,
  judgeable: (ix, p, o) => !Number.isNaN(p.travelKm) && !Number.isNaN(ix.km(p.postal, o.postal)),
  explain: (ix, p, o) => {
    const km = ix.km(p.postal, o.postal);
    return msg(
      'distance.too-far',
      { km: round2(km), limitKm: p.travelKm },
      `${kmText(km, 'da')}; personen vil højst rejse ${kmText(p.travelKm, 'da')}`,
      `${kmText(km, 'en')}; the person travels at most ${kmText(p.travelKm, 'en')}`,
    );
  },
};

/** Every hard rule, in evaluation order (RULE_CODES). */
export const RULES: readonly RuleDefinition[] = [
  age,
  workingTimeRule,
  workConditionsRule,
  consent,
  flexJob,
  ladder,
  availability,
  distance,
];

if (RULES.some((r, i) => r.code !== RULE_CODES[i] || r.legal !== LEGAL_RULES.includes(r.code) || (!r.legal && i < 5))) {
  throw new Error('RULES must follow RULE_CODES and LEGAL_RULES (firstFailure is unrolled over them)');
}

/** Bit i set = RULES[i] may be bypassed by an override. */
export const OVERRIDABLE_MASK: number = RULES.reduce((m, r, i) => (r.legal ? m : m | (1 << i)), 0);

/**
 * Index of the first rule the pair fails, skipping rules in `bypass` (a bit mask); -1 if none.
 * Unrolled over the same predicates as RULES (direct calls inline; a loop over RULES would not).
 */
export function firstFailure(ix: RankingIndex, p: CParticipant, o: COpening, bypass: number): number {
  if (ageFails(ix, p, o)) return 0;
  if (workingTimeRuleFails(ix, p, o)) return 1;
  if (workConditionsRuleFails(ix, p, o)) return 2;
  if (consentFails(ix, p, o)) return 3;
  if (flexJobFails(ix, p, o)) return 4;
  if ((bypass & 32) === 0 && ladderFails(ix, p, o)) return 5;
  if ((bypass & 64) === 0 && availabilityFails(ix, p, o)) return 6;
  if ((bypass & 128) === 0 && distanceFails(ix, p, o)) return 7;
  return -1;
}

/** The full "why not" of rule `i` for a pair that fails it (explanations only, never the hot path). */
export function toFailure(ix: RankingIndex, p: CParticipant, o: COpening, i: number): RuleFailure {
  const rule = RULES[i]!;
  return { rule: rule.code, legal: rule.legal, ...rule.explain(ix, p, o) };
}

/** Every failing rule, in order, no bypass: the full picture behind a "why not". */
export function allFailures(ix: RankingIndex, p: CParticipant, o: COpening): RuleFailure[] {
  const out: RuleFailure[] = [];
  RULES.forEach((r, i) => {
    if (r.fails(ix, p, o)) out.push(toFailure(ix, p, o, i));
  });
  return out;
}

/** Soft rules that passed only because their data was missing. */
export function uncheckedRules(ix: RankingIndex, p: CParticipant, o: COpening): RuleCode[] {
  return RULES.filter((r) => !r.legal && !r.judgeable(ix, p, o)).map((r) => r.code);
}

/** Rule code → position in RULES, i.e. its bit in override masks. */
export const RULE_INDEX: ReadonlyMap<RuleCode, number> = new Map(RULE_CODES.map((c, i) => [c, i]));
