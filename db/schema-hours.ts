import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the time-registration tables (db/migrations/0006_hours.sql), merged into `DB` in db/schema.ts. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ShiftsTable {
  id: Generated<string>;
  programme_id: string;
  placement_id: string;
  participant_id: string;
  work_date: string;
  /** 'HH:MM:SS' out, 'HH:MM' in. */
  start_time: string;
  end_time: string;
  break_minutes: Generated<number>;
  status: Generated<string>;
  recorded_by: string | null;
  recorded_as: string;
  approved_by: string | null;
  approved_at: Timestamp | null;
  corrects_shift_id: string | null;
  reason: string | null;
  /** 0010_hours_extras.sql: why a submitted shift was turned down. */
  rejected_reason: Generated<string | null>;
  rejected_by: Generated<string | null>;
  rejected_at: Generated<Date | null>;
  created_at: Generated<Date>;
}

export interface SchoolCalendarsTable {
  id: Generated<string>;
  programme_id: string;
  municipality_code: string;
  day: string;
  is_school_day: boolean;
  note: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface RuleExceptionsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  rule: string;
  applies_on: string;
  reason: string;
  legal_basis: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface HoursTables {
  shifts: ShiftsTable;
  school_calendars: SchoolCalendarsTable;
  rule_exceptions: RuleExceptionsTable;
}
