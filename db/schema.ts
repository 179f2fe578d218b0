import type { ColumnType, Generated } from 'kysely';
import type { EmployerTables } from './schema-employers.ts';
import type { MatchingTables } from './schema-matching.ts';
import type { PlacementTables } from './schema-placements.ts';
import type { HoursTables } from './schema-hours.ts';
import type { SocialReturnTables } from './schema-social-return.ts';
import type { ActivityTables } from './schema-activities.ts';
import type { OutcomeTables } from './schema-outcomes.ts';

/**
 * Kysely table types. Dates travel as 'YYYY-MM-DD' strings (see db/database.ts type parsers),
 * timestamps as Date, bigint counters as number.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb goes in as JSON text (same on both drivers) and comes out parsed. */
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: string;
  /** Set for companies (0003_employers.sql): one organisation per CVR number. */
  cvr: Generated<string | null>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  /** '' for portal accounts that have only a username (see db/migrations/0002_participants.sql). */
  email: string;
  username: Generated<string | null>;
  name: string;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  is_platform_admin: Generated<boolean>;
  locale: Generated<string>;
  disabled_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProgrammesTable {
  id: Generated<string>;
  name: string;
  starts_on: string;
  ends_on: string | null;
  settings: Json;
  created_at: Generated<Date>;
}

export interface ProgrammePartnersTable {
  programme_id: string;
  organisation_id: string;
}

export interface SitesTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  address: string;
  postal_code: string;
  created_at: Generated<Date>;
}

export interface MembershipsTable {
  id: Generated<string>;
  programme_id: string;
  user_id: string;
  role: string;
  organisation_id: string | null;
  created_at: Generated<Date>;
}

export interface InvitationsTable {
  id: Generated<string>;
  programme_id: string;
  token_hash: string;
  email: string;
  role: string;
  organisation_id: string | null;
  invited_by: string;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_user_id: string | null;
  created_at: Generated<Date>;
}

export interface AuditEventsTable {
  /** bigint identity: both drivers parse int8 to a number (db/database.ts). */
  id: Generated<number>;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  subject_person_id: string | null;
  programme_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: Json;
}

export interface LoginFailuresTable {
  login_hash: string;
  source: string;
  failures: number;
  last_failed_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  mfa_verified: Generated<boolean>;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface OneTimeTokensTable {
  token_hash: string;
  purpose: 'setup' | 'password_reset';
  user_id: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface JobsTable {
  /** bigint identity: both drivers parse int8 to a number (db/database.ts). */
  id: Generated<number>;
  queue: string;
  payload: Json;
  dedupe_key: string | null;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Timestamp | null;
  done_at: Timestamp | null;
  failed_at: Timestamp | null;
  last_error: string | null;
  progress: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  result: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_at: Generated<Date>;
}

/** Postgres arrays: both drivers return them as JS arrays. */
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface WorkAreasTable {
  code: string;
  name_da: string;
  name_en: string;
  education_area: string;
  sort_order: number;
}

export interface ParticipantsTable {
  id: Generated<string>;
  programme_id: string;
  kind: 'youth' | 'adult';
  first_name: string;
  last_name: string;
  birth_date: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  site_id: string;
  school: string | null;
  education_status: string | null;
  compulsory_school: boolean | null;
  compulsory_school_ends_on: string | null;
  interests: TextArray;
  skills: TextArray;
  languages: TextArray;
  availability: TextArray;
  travel_km: number | null;
  travel_modes: TextArray;
  goals: string | null;
  benefit_type: string | null;
  max_weekly_hours: number | null;
  flex_job_approved: boolean | null;
  readiness_notes: string | null;
  priority: Generated<boolean>;
  priority_note: string | null;
  step: number | null;
  track: string | null;
  status: Generated<string>;
  cpr_enc: string | null;
  cpr_hash: string | null;
  cpr_reason: string | null;
  user_id: string | null;
  version: Generated<number>;
  merged_into: string | null;
  anonymised_at: Timestamp | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface LadderEventsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  on_date: string;
  kind: 'step' | 'track';
  from_step: number | null;
  to_step: number | null;
  from_track: string | null;
  to_track: string | null;
  reason: string;
  age_on_date: number;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface GuardiansTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  name: string;
  relation: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  user_id: string | null;
  removed_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface GuardianJobNoticesTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  guardian_id: string;
  placement_id: string | null;
  job_description: string;
  hours: string;
  risks: string;
  precautions: string;
  informed_on: string;
  cosigned_on: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ConsentsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  purpose: string;
  organisation_ids: TextArray;
  data_categories: TextArray;
  given_on: string;
  given_by: 'participant' | 'guardian';
  guardian_id: string | null;
  method: string;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface TalksTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  held_on: string;
  kind: string;
  summary: string;
  visibility: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface NextStepsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  talk_id: string;
  description: string;
  due_on: string;
  owner_user_id: string;
  completed_at: Timestamp | null;
  completed_by: string | null;
  created_at: Generated<Date>;
}

export interface PortalCodesTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  guardian_id: string | null;
  code_hash: string;
  expires_at: Timestamp;
  redeemed_at: Timestamp | null;
  redeemed_user_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface TenantTablesTable {
  table_name: string;
}

export interface DB
  extends EmployerTables, PlacementTables, MatchingTables, HoursTables, ActivityTables, SocialReturnTables, OutcomeTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  programmes: ProgrammesTable;
  programme_partners: ProgrammePartnersTable;
  sites: SitesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  one_time_tokens: OneTimeTokensTable;
  rate_limits: RateLimitsTable;
  jobs: JobsTable;
  tenant_tables: TenantTablesTable;
  work_areas: WorkAreasTable;
  participants: ParticipantsTable;
  ladder_events: LadderEventsTable;
  guardians: GuardiansTable;
  guardian_job_notices: GuardianJobNoticesTable;
  consents: ConsentsTable;
  talks: TalksTable;
  next_steps: NextStepsTable;
  portal_codes: PortalCodesTable;
}
