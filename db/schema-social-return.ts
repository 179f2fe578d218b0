import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the social-return and evaluation tables (db/migrations/0009_social_return.sql), merged into `DB` in db/schema.ts. */
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface SroiParameterSetsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface SroiParameterSetVersionsTable {
  id: Generated<string>;
  programme_id: string;
  parameter_set_id: string;
  version: number;
  parameters: Json;
  reason: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface EvaluationKeysTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  secret_enc: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface SocialReturnTables {
  sroi_parameter_sets: SroiParameterSetsTable;
  sroi_parameter_set_versions: SroiParameterSetVersionsTable;
  evaluation_keys: EvaluationKeysTable;
}
