import type { ColumnType, Generated } from 'kysely';

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
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  is_platform_admin: Generated<boolean>;
  locale: Generated<string>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
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
  id: Generated<string>;
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
  id: Generated<string>;
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

export interface TenantTablesTable {
  table_name: string;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  programmes: ProgrammesTable;
  programme_partners: ProgrammePartnersTable;
  sites: SitesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  rate_limits: RateLimitsTable;
  jobs: JobsTable;
  tenant_tables: TenantTablesTable;
}
