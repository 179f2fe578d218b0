import type { Generated } from 'kysely';

/**
 * Kysely types of the outcome tables (db/migrations/0008_outcomes.sql), merged into `DB` in
 * db/schema.ts. The outcomes repository queries them with plain SQL today; typed all the same so
 * db/schema.test.ts can hold every table to the migrations.
 */
export interface OutcomeTargetsTable {
  id: Generated<string>;
  programme_id: string;
  figure_key: string;
  period_from: string;
  period_to: string;
  value: number;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** Filled by a trigger on participants.status (0008); read for the KPIs' completion dates. */
export interface ParticipantStatusChangesTable {
  /** bigint identity: both drivers parse int8 to a number (db/database.ts). */
  id: Generated<number>;
  programme_id: string;
  participant_id: string;
  from_status: string | null;
  to_status: string;
  changed_on: string;
  changed_at: Generated<Date>;
}

export interface OutcomeTables {
  outcome_targets: OutcomeTargetsTable;
  participant_status_changes: ParticipantStatusChangesTable;
}
