import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely types of the employer tables (db/migrations/0003_employers.sql), merged into `DB` in
 * db/schema.ts. Kept in their own file so modules built in parallel do not edit the same lines.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb arrays go in as JSON text and come out parsed. */
type JsonArray<T> = ColumnType<T[], string | undefined, string>;

export interface ScheduleEntryJson {
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

export interface CompaniesTable {
  id: Generated<string>;
  programme_id: string;
  organisation_id: string;
  cvr: string;
  name: string;
  industry: string;
  supplier_to_organisation_id: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface WorkplacesTable {
  id: Generated<string>;
  programme_id: string;
  organisation_id: string;
  name: string;
  address: string;
  postal_code: string;
  p_number: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MentorsTable {
  id: Generated<string>;
  programme_id: string;
  organisation_id: string;
  workplace_id: string | null;
  user_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  hours_per_week: number;
  rate_per_hour: number;
  payer: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface CompanyCommitmentsTable {
  id: Generated<string>;
  programme_id: string;
  company_id: string;
  description: string;
  opening_kind: string;
  target_count: number;
  period_from: string;
  period_to: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface CompanyNotesTable {
  id: Generated<string>;
  programme_id: string;
  company_id: string;
  noted_on: string;
  text: string;
  author_user_id: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface OpeningsTable {
  id: Generated<string>;
  programme_id: string;
  organisation_id: string;
  workplace_id: string;
  kind: string;
  ladder_step: number | null;
  title: string;
  tasks: Generated<string>;
  task_tags: JsonArray<string>;
  requirements: Generated<string>;
  min_age: number;
  max_age: number | null;
  hours_per_week: number;
  weekly_schedule: JsonArray<ScheduleEntryJson>;
  places: Generated<number>;
  starts_on: string;
  ends_on: string;
  wage_per_hour: number | null;
  wage_payer: string | null;
  adult_staff_present: boolean;
  light_work_only: Generated<boolean>;
  machines_or_chemicals: Generated<boolean>;
  risk_assessment_done_on: string | null;
  alcohol_served: Generated<boolean>;
  lifting_over_12kg: Generated<boolean>;
  lone_work: Generated<boolean>;
  money_handling: Generated<boolean>;
  contact_with_children_under_15: Generated<boolean>;
  child_certificate_obtained: Generated<boolean>;
  only_out_of_compulsory_school: Generated<boolean>;
  status: string;
  rejection_reason: string | null;
  proposed_by: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface OpeningStatusChangesTable {
  /** bigint identity: both drivers parse int8 to a number (db/database.ts). */
  id: Generated<number>;
  programme_id: string;
  opening_id: string;
  from_status: string | null;
  to_status: string;
  changed_on: string;
  changed_at: Generated<Date>;
  changed_by: string | null;
  reason: string | null;
}

export interface EmployerTables {
  companies: CompaniesTable;
  workplaces: WorkplacesTable;
  mentors: MentorsTable;
  company_commitments: CompanyCommitmentsTable;
  company_notes: CompanyNotesTable;
  openings: OpeningsTable;
  opening_status_changes: OpeningStatusChangesTable;
}
