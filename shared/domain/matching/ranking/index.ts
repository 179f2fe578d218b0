export { competitionCounts, congestionMultiplier } from './congestion.ts';
export type { TopList } from './congestion.ts';
export { explainPair } from './explain.ts';
export { NEUTRAL, PARTIAL_AREA_CREDIT } from './factors.ts';
export { prepareRanking, TRACK_OPENING_KINDS } from './prepare.ts';
export type { RankingIndex } from './compiled.ts';
export type { RankingInput, RankingOptions } from './prepare.ts';
export { DEFAULT_LIMIT, rankCandidates, rankOpenings } from './rank.ts';
export type { OpeningRankOptions, RankOptions } from './rank.ts';
export { RULES } from './rules.ts';
export type { RuleDefinition } from './rules.ts';
export { PART_BOUNDS } from './schedule.ts';
export { FACTOR_NAMES, LEGAL_RULES, OVERRIDABLE_RULES, RULE_CODES } from './types.ts';
export type {
  Adjustments,
  Congestion,
  EmployerPreferences,
  FactorName,
  FactorResult,
  Hide,
  Message,
  Override,
  OverrideOutcome,
  PairExplanation,
  Params,
  Priority,
  RankedItem,
  RankedList,
  RankingConsent,
  RankingOpening,
  RankingParticipant,
  RuleCode,
  RuleFailure,
  WeightSet,
} from './types.ts';
export { DEFAULT_WEIGHT_SET, validateWeightSet } from './weights.ts';
export { scanPairs } from './pairs.ts';
export type { PairScan } from './pairs.ts';
