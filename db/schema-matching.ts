import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely types of the matching tables (db/migrations/0005_matching.sql), merged into `DB` in
 * db/schema.ts. Kept in their own file so modules built in parallel do not edit the same lines.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb goes in as JSON text and comes out parsed. */
type JsonOf<T> = ColumnType<T, string | undefined, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface MatchAdjustmentsTable {
  id: Generated<string>;
  programme_id: string;
  opening_id: string;
  participant_id: string;
  kind: 'pin' | 'hide' | 'override';
  rules: TextArray;
  reason: string;
  created_by: string | null;
  created_at: Generated<Date>;
  removed_at: Timestamp | null;
  removed_by: string | null;
  removal_reason: string | null;
}

export interface MatchWeightSetsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  version: number;
  weights: JsonOf<Record<string, number>>;
  congestion: number;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface MatchPreferencesTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  opening_ids: TextArray;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface MatchRoundsTable {
  id: Generated<string>;
  programme_id: string;
  mode: 'optimal' | 'preference';
  status: Generated<'draft' | 'running' | 'ready' | 'failed' | 'published'>;
  progress: Generated<number>;
  on_date: string;
  seed: number;
  lottery_share: Generated<number>;
  priority_reserve_share: Generated<number>;
  long_wait_days: Generated<number>;
  weight_set_name: string;
  weight_set_version: number;
  opening_ids: TextArray;
  participant_ids: TextArray | null;
  input_hash: string | null;
  result: JsonOf<Record<string, unknown>> | null;
  report: JsonOf<Record<string, unknown>> | null;
  error: string | null;
  previous_round_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  published_at: Timestamp | null;
  published_by: string | null;
}

/** Bumped by triggers on every write to what rankings read (migration 0005). */
export interface ProgrammeDataVersionsTable {
  programme_id: string;
  version: number;
}

export interface MatchingTables {
  programme_data_versions: ProgrammeDataVersionsTable;
  match_adjustments: MatchAdjustmentsTable;
  match_weight_sets: MatchWeightSetsTable;
  match_preferences: MatchPreferencesTable;
  match_rounds: MatchRoundsTable;
}
