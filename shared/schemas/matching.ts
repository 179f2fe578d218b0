import { z } from 'zod';
import { FACTOR_NAMES, OVERRIDABLE_RULES, RULE_CODES } from '../domain/matching/ranking/index.ts';
import { isoDate, uuid } from './common.ts';

/**
 * Matching: ranked lists with evidence, coordinator adjustments, weight sets, participants' wishes
 * and batch rounds. Request and response shapes shared by server and web.
 *
 * Validation issue codes (in `details.issues[].code`): `text_required`, `rule_not_overridable`
 * (a legal rule named in an override), `rules_only_for_override`, `override_rules_required` (an
 * override that names no rule), `weights_all_zero`,
 * `duplicate_id`, and from the server: `opening_unknown`, `opening_not_open`, `participant_unknown`,
 * `participant_not_active`, `weight_set_unknown`, `round_unknown`.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });
const timestamp = z.string();
const uniqueIds = (max: number) =>
  z
    .array(uuid)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate_id' });

export const ruleCode = z.enum(RULE_CODES);
export const factorName = z.enum(FACTOR_NAMES);
const overridableRule = z.string().refine((r) => (OVERRIDABLE_RULES as readonly string[]).includes(r), { error: 'rule_not_overridable' });

// --- ranked lists -------------------------------------------------------------------------------

export const rankingQuery = z.object({
  /** The ranking date; default today (Copenhagen). */
  onDate: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** How many excluded ids to list with their first failed rule (counts by rule are always complete). */
  excludedLimit: z.coerce.number().int().min(0).max(1000).default(100),
});

const message = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  message: z.string(),
  messageEn: z.string(),
});
const ruleFailure = message.extend({ rule: ruleCode, legal: z.boolean() });
const factor = z.object({
  factor: factorName,
  weight: z.number(),
  value: z.number(),
  missing: z.boolean(),
  points: z.number(),
  evidence: message,
});
const priority = z.object({ flagged: z.boolean(), waitingDays: z.number().nullable() });
const participantLabel = z.object({
  id: uuid,
  name: z.string(),
  kind: z.enum(['youth', 'adult']),
  birthDate: isoDate,
  siteId: uuid,
  siteName: z.string(),
});
const openingLabel = z.object({
  id: uuid,
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  organisationId: uuid,
  companyName: z.string().nullable(),
  places: z.number(),
  startsOn: isoDate,
});
const evidenceFields = {
  rank: z.number(),
  pinned: z.boolean(),
  overridden: z.array(ruleCode),
  overrideReason: z.string().nullable(),
  score: z.number(),
  rankScore: z.number(),
  factors: z.array(factor),
  /** Factors scored neutrally (0.5) because the data is missing on either side. */
  missing: z.array(factorName),
  /** Soft rules that passed only because their data was missing. */
  unchecked: z.array(ruleCode),
  /** Shown beside the score, never part of it: the coordinator weighs it. */
  priority,
};
const congestion = z.object({ competitors: z.number(), places: z.number(), multiplier: z.number() });
const listMeta = {
  onDate: isoDate,
  weightSet: z.object({ name: z.string(), version: z.number() }),
  totalIncluded: z.number(),
  hidden: z.array(z.object({ id: uuid, label: z.string(), reason: z.string(), excludedBy: ruleCode.nullable() })),
  excluded: z.object({
    total: z.number(),
    byRule: z.record(z.string(), z.number()),
    items: z.array(z.object({ id: uuid, label: z.string(), rule: ruleCode, failure: ruleFailure })),
    truncated: z.boolean(),
  }),
  overrides: z.array(
    z.object({
      id: uuid,
      reason: z.string(),
      applied: z.array(ruleCode),
      refused: z.array(ruleCode),
      stillExcludedBy: ruleCode.nullable(),
    }),
  ),
};

export const candidateList = z.object({
  opening: openingLabel,
  ...listMeta,
  /** How many eligible candidates compete for the opening's places. */
  competition: z.object({ candidates: z.number(), places: z.number() }),
  results: z.array(z.object({ participant: participantLabel, ...evidenceFields })),
});
export type CandidateList = z.infer<typeof candidateList>;

export const openingList = z.object({
  participant: participantLabel,
  ...listMeta,
  results: z.array(
    z.object({
      opening: openingLabel,
      ...evidenceFields,
      /** Other eligible participants for the opening, and the congestion multiplier it gives. */
      congestion: congestion.nullable(),
    }),
  ),
});
export type OpeningList = z.infer<typeof openingList>;

export const pairExplanation = z.object({
  participant: participantLabel,
  opening: openingLabel,
  onDate: isoDate,
  included: z.boolean(),
  /** The first failing rule after a live override (legal rules are never bypassed): "why not". */
  whyNot: ruleFailure.nullable(),
  failures: z.array(ruleFailure),
  score: z.number(),
  factors: z.array(factor),
  missing: z.array(factorName),
  unchecked: z.array(ruleCode),
  priority,
  adjustments: z.lazy(() => z.array(adjustment)),
});
export type PairExplanation = z.infer<typeof pairExplanation>;

// --- adjustments ----------------------------------------------------------------------------------

export const adjustmentKind = z.enum(['pin', 'hide', 'override']);
export const createAdjustmentBody = z
  .object({
    openingId: uuid,
    participantId: uuid,
    kind: adjustmentKind,
    /** Override only: the rules to bypass (ladder, availability, distance), at least one, each named. */
    rules: z.array(overridableRule).max(3).optional(),
    reason: required(1000),
  })
  .refine((b) => b.kind === 'override' || b.rules === undefined, { path: ['rules'], error: 'rules_only_for_override' })
  // An override with nothing ticked must not mean "every rule": the least effort never gives the widest exemption.
  .refine((b) => b.kind !== 'override' || (b.rules?.length ?? 0) > 0, { path: ['rules'], error: 'override_rules_required' });
export const removeAdjustmentBody = z.object({ reason: required(1000) });
export const adjustmentQuery = z.object({
  openingId: uuid.optional(),
  participantId: uuid.optional(),
  includeRemoved: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const adjustment = z.object({
  id: uuid,
  openingId: uuid,
  participantId: uuid,
  kind: adjustmentKind,
  rules: z.array(ruleCode),
  reason: z.string(),
  createdBy: uuid.nullable(),
  createdAt: timestamp,
  removedAt: timestamp.nullable(),
  removedBy: uuid.nullable(),
  removalReason: z.string().nullable(),
});
export type Adjustment = z.infer<typeof adjustment>;
export const adjustmentList = z.object({ adjustments: z.array(adjustment) });

// --- weight sets ------------------------------------------------------------------------------------

const weight = z.number().min(0).max(1000);
export const weightsShape = z.object(
  Object.fromEntries(FACTOR_NAMES.map((f) => [f, weight])) as Record<(typeof FACTOR_NAMES)[number], typeof weight>,
);
export const createWeightSetBody = z
  .object({
    name: required(80),
    weights: weightsShape,
    congestion: z.number().min(0).max(1),
    note: text(500).optional(),
  })
  .refine((b) => Object.values(b.weights).some((w) => w > 0), { path: ['weights'], error: 'weights_all_zero' });
export const weightSet = z.object({
  name: z.string(),
  version: z.number(),
  weights: z.record(z.string(), z.number()),
  congestion: z.number(),
  note: z.string().nullable(),
  /** The domain module's default, used while the programme has none of its own. */
  builtIn: z.boolean(),
  createdAt: timestamp.nullable(),
});
export const weightSetList = z.object({ current: weightSet, sets: z.array(weightSet) });
export type WeightSets = z.infer<typeof weightSetList>;

// --- preferences ------------------------------------------------------------------------------------

export const preferencesBody = z.object({ openingIds: uniqueIds(50) });
export const preferences = z.object({ participantId: uuid, openingIds: z.array(uuid), updatedAt: timestamp.nullable() });

// --- rounds -----------------------------------------------------------------------------------------

export const roundMode = z.enum(['optimal', 'preference']);
export const roundStatus = z.enum(['draft', 'running', 'ready', 'failed', 'published']);
export const createRoundBody = z
  .object({
    mode: roundMode.default('optimal'),
    /** The openings in the round; or `allOpenOpenings`, never both. Ticking none is refused, never read as "all". */
    openingIds: uniqueIds(20000).optional(),
    /** Every opening open when the round is created: an explicit choice of its own (issue #16, item 2). */
    allOpenOpenings: z.boolean().default(false),
    /** Default: every active participant without a pending or running placement. */
    participantIds: uniqueIds(100000).optional(),
    /** Tie-break and lottery seed; drawn and stored when omitted, so the round can be rerun exactly. */
    seed: z.number().int().min(-2147483648).max(2147483647).optional(),
    /** Optimal mode: share of each opening's places (rounded) drawn by lottery among eligible people. */
    lotteryShare: z.number().min(0).max(1).default(0),
    /** Preference mode: share of each opening's places (rounded down) reserved for priority participants. */
    priorityReserveShare: z.number().min(0).max(1).default(0.25),
    /** Waiting at least this many days lifts a person into the middle priority tier. */
    longWaitDays: z.number().int().min(0).max(3650).default(180),
    weightSet: z.object({ name: required(80), version: z.number().int().min(1) }).optional(),
    onDate: isoDate.optional(),
  })
  .refine((b) => b.allOpenOpenings || (b.openingIds?.length ?? 0) > 0, { path: ['openingIds'], error: 'round_openings_required' })
  .refine((b) => !b.allOpenOpenings || (b.openingIds?.length ?? 0) === 0, { path: ['openingIds'], error: 'round_openings_all_or_some' });
export const rerunRoundBody = z.object({ seed: z.number().int().min(-2147483648).max(2147483647).optional() });

const pairRef = z.object({ participantId: uuid, openingId: uuid });
const rate = z.object({ key: z.string(), participants: z.number(), matched: z.number(), rate: z.number() });
export const roundReport = z.object({
  participants: z.number(),
  openings: z.number(),
  places: z.number(),
  matched: z.number(),
  unmatched: z.array(
    z.object({
      participantId: uuid,
      name: z.string(),
      /** no_eligible_opening: every opening fails a rule (byRule: first failed rule per opening); outcompeted: eligible, places went to others; no_preferences: no wishes submitted (preference mode). */
      reason: z.enum(['no_eligible_opening', 'outcompeted', 'no_preferences']),
      eligibleOpenings: z.number(),
      byRule: z.record(z.string(), z.number()),
    }),
  ),
  top1: z.object({ count: z.number(), share: z.number() }),
  top3: z.object({ count: z.number(), share: z.number() }),
  bySite: z.array(rate),
  byAgeBand: z.array(rate),
  byTier: z.array(rate),
  fill: z.array(z.object({ openingId: uuid, title: z.string(), capacity: z.number(), filled: z.number(), rate: z.number() })),
  capacityRespected: z.boolean(),
  viaLottery: z.number(),
  pins: z.object({
    applied: z.array(pairRef),
    notApplied: z.array(pairRef.extend({ reason: z.string() })),
  }),
  hidden: z.number(),
  blockingPairs: z.array(pairRef).nullable(),
  diff: z
    .object({
      previousRoundId: uuid,
      added: z.array(pairRef),
      removed: z.array(pairRef),
      unchanged: z.number(),
    })
    .nullable(),
});
export const roundMatch = z.object({
  participantId: uuid,
  participantName: z.string(),
  openingId: uuid,
  openingTitle: z.string(),
  score: z.number(),
  via: z.enum(['score', 'lottery', 'pin', 'preference']),
  /** Where the opening stood on the person's own list (1 = their first choice / best fit). */
  choice: z.number().nullable(),
});
export const roundSummary = z.object({
  id: uuid,
  mode: roundMode,
  status: roundStatus,
  progress: z.number(),
  onDate: isoDate,
  seed: z.number(),
  lotteryShare: z.number(),
  priorityReserveShare: z.number(),
  longWaitDays: z.number(),
  weightSet: z.object({ name: z.string(), version: z.number() }),
  openingIds: z.array(uuid),
  participantIds: z.array(uuid).nullable(),
  inputHash: z.string().nullable(),
  error: z.string().nullable(),
  previousRoundId: uuid.nullable(),
  createdBy: uuid.nullable(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
  publishedAt: timestamp.nullable(),
  publishedBy: uuid.nullable(),
});
export type RoundSummary = z.infer<typeof roundSummary>;
export const roundDetail = roundSummary.extend({
  matches: z.array(roundMatch).nullable(),
  objective: z.number().nullable(),
  report: roundReport.nullable(),
  publication: z.object({ created: z.array(uuid), skipped: z.array(pairRef.extend({ placementId: z.string() })) }).nullable(),
});
export type RoundDetail = z.infer<typeof roundDetail>;
export const roundList = z.object({ rounds: z.array(roundSummary) });
