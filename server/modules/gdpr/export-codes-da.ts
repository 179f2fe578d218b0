import type {
  BenefitType,
  ConsentGiver,
  DataCategory,
  EducationStatus,
  GuardianRelation,
  TravelMode,
} from '../../../shared/domain/participants/constants.ts';
import { DAY_PARTS, WEEKDAYS } from '../../../shared/domain/participants/constants.ts';
import type { MatchReasonCode } from '../../../shared/domain/matching/ranking/reasons.ts';
import type { DeclineReason, EndReason, Outcome } from '../../../shared/domain/placements/states.ts';
import { AUDIT_SUBJECT_LABELS } from '../../../shared/i18n/audit.ts';

/**
 * Danish words for the code lists the access-request document prints. Each map is typed by its
 * code list in shared/, so a new code does not compile until it has a word here: the person reading
 * the document must never meet a code ("none", "mon-am", "cash_benefit").
 */
export const CODES_DA = {
  educationStatuses: {
    compulsory_school: 'Grundskole',
    tenth_grade: '10. klasse',
    upper_secondary: 'Gymnasium',
    vocational: 'Erhvervsuddannelse',
    higher_education: 'Videregående uddannelse',
    preparatory: 'Forberedende uddannelse (FGU o.l.)',
    none: 'Ingen uddannelse lige nu',
    completed_vocational: 'Færdig med erhvervsuddannelse',
    completed_higher: 'Færdig med videregående uddannelse',
    other: 'Andet',
  } satisfies Record<EducationStatus, string>,
  benefitTypes: {
    cash_benefit: 'Kontanthjælp',
    education_benefit: 'Uddannelseshjælp',
    unemployment_benefit: 'Dagpenge',
    flex_job_benefit: 'Ledighedsydelse',
    resource_programme: 'Ressourceforløbsydelse',
    sickness_benefit: 'Sygedagpenge',
    disability_pension: 'Førtidspension',
    self_supporting: 'Selvforsørgende',
    other: 'Andet',
  } satisfies Record<BenefitType, string>,
  travelModes: { walk: 'til fods', bike: 'cykel', public_transport: 'bus og tog', car: 'bil' } satisfies Record<TravelMode, string>,
  weekdays: {
    mon: 'mandag',
    tue: 'tirsdag',
    wed: 'onsdag',
    thu: 'torsdag',
    fri: 'fredag',
    sat: 'lørdag',
    sun: 'søndag',
  } satisfies Record<(typeof WEEKDAYS)[number], string>,
  dayParts: { am: 'formiddag', pm: 'eftermiddag', eve: 'aften' } satisfies Record<(typeof DAY_PARTS)[number], string>,
  relations: {
    mother: 'Mor',
    father: 'Far',
    custodian: 'Værge',
    foster_parent: 'Plejeforælder',
    other: 'Anden',
  } satisfies Record<GuardianRelation, string>,
  dataCategories: {
    contact: 'kontaktoplysninger',
    education: 'skole og uddannelse',
    profile: 'interesser, kompetencer og tider',
    ladder: 'trin og forløb',
    talks: 'samtaler',
    employment: 'jobforløb',
    guardians: 'forældre og værger',
  } satisfies Record<DataCategory, string>,
  givers: { participant: 'Dig selv', guardian: 'Forælder/værge' } satisfies Record<ConsentGiver, string>,
  /** The ladder's reasons are free text but for the intake, which is stored as a code. */
  ladderReasons: { intake: 'Indskrevet i programmet' } as Record<string, string>,
  endReasons: {
    participant_stopped: 'Du stoppede selv',
    dismissed: 'Afskediget',
    moved: 'Flyttet',
    started_education: 'Begyndt på en uddannelse',
    got_other_job: 'Fået et andet job',
    other: 'Andet',
  } satisfies Record<EndReason, string>,
  declineReasons: {
    not_interested: 'Ikke interesseret',
    not_suitable: 'Passede ikke til jobbet',
    no_show: 'Mødte ikke op',
    timing: 'Tidspunktet passede ikke',
    got_other_offer: 'Fik et andet tilbud',
    stale: 'Intet svar i lang tid',
    other: 'Andet',
  } satisfies Record<DeclineReason, string>,
  outcomes: {
    stayed_in_job: 'Blev i jobbet',
    next_step: 'Klar til næste trin',
    started_education: 'Begyndt på en uddannelse',
    apprenticeship_agreement: 'Fået en læreplads',
    ordinary_job: 'Fået et ordinært job',
    nothing_yet: 'Intet endnu',
  } satisfies Record<Outcome, string>,
  /** Why the programme suggested the job, as in the placement page's sentence; `{value}` is filled in. */
  matchReasons: {
    match_round: 'Foreslået af en matchrunde',
    match_round_on: 'Foreslået af matchrunden {value}',
    via_lottery: 'valgt ved lodtrækning',
    via_pin: 'valgt af en koordinator',
    via_preference: 'dit ønske nr. {value}',
    note: '{value}',
    interest: 'interesse: {value}',
    interests: 'dine interesser passer',
    distance_km: '{value} km væk',
    availability: 'du kan på arbejdstiderne',
    schedule_coverage: 'du kan {value} % af arbejdstiden',
    skills: 'du har {value} af de ønskede færdigheder',
    language: 'du taler arbejdssproget',
    employer_preferences: 'du opfylder arbejdsgiverens ønsker',
    step: 'passer til trin {value}',
    age: 'alderen passer',
  } satisfies Record<MatchReasonCode, string>,
  subjectTypes: AUDIT_SUBJECT_LABELS.da,
};
