import type { ColumnType, Generated } from 'kysely';
import type { ScheduleEntryJson } from './schema-employers.ts';

/**
 * Kysely types of the placement tables (db/migrations/0004_placements.sql), merged into `DB` in
 * db/schema.ts. Kept in their own file so modules built in parallel do not edit the same lines.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb goes in as JSON text and comes out parsed. */
type JsonOf<T> = ColumnType<T, string | undefined, string>;

/** One reason a match was suggested, as the matching round states it (e.g. { code: 'interest', value: 'retail' }). */
export interface MatchReasonJson {
  code: string;
  value?: string | number | null;
}

export interface PlacementsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  opening_id: string;
  status: Generated<string>;
  version: Generated<number>;
  match_reasons: JsonOf<MatchReasonJson[]>;
  participant_accepted_at: Timestamp | null;
  status_changed_at: Generated<Date>;
  stale_flagged_at: Timestamp | null;
  starts_on: string | null;
  ends_on: string | null;
  hours_per_week: number | null;
  weekly_schedule: JsonOf<ScheduleEntryJson[]>;
  wage_per_hour: number | null;
  wage_payer: string | null;
  mentor_id: string | null;
  agreed_at: Timestamp | null;
  activated_at: Timestamp | null;
  ended_on: string | null;
  end_reason: string | null;
  decline_reason: string | null;
  declined_by: string | null;
  outcome: string | null;
  suggested_step: number | null;
  ending_notified_at: Timestamp | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlacementEventsTable {
  id: Generated<string>;
  programme_id: string;
  placement_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  party: string;
  actor_user_id: string | null;
  reason: string | null;
  note: string | null;
  version: number;
  at: Generated<Date>;
}

export interface PlacementFollowUpsTable {
  id: Generated<string>;
  programme_id: string;
  placement_id: string;
  code: string;
  due_on: string;
  talk_id: string | null;
  completed_at: Timestamp | null;
  completed_by: string | null;
  cancelled_at: Timestamp | null;
  notified_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface MentorHoursTable {
  id: Generated<string>;
  programme_id: string;
  placement_id: string;
  mentor_id: string | null;
  mentor_name: string;
  worked_on: string;
  hours: number;
  rate_per_hour: number;
  payer: string;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SupportRequestsTable {
  id: Generated<string>;
  programme_id: string;
  placement_id: string;
  raised_by: string;
  raised_as: string;
  category: string;
  severity: string;
  description: string;
  status: Generated<string>;
  raised_at: Generated<Date>;
  due_at: Timestamp;
  first_response_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution: string | null;
  escalated_at: Timestamp | null;
  version: Generated<number>;
  /** The number to call the person who asked back on (0013_support_contact_phone.sql). */
  contact_phone: Generated<string | null>;
}

export interface SupportRequestNotesTable {
  id: Generated<string>;
  programme_id: string;
  request_id: string;
  author_user_id: string | null;
  text: string;
  created_at: Generated<Date>;
}

export interface NotificationsTable {
  id: Generated<string>;
  programme_id: string;
  user_id: string;
  kind: string;
  subject_type: string;
  subject_id: string | null;
  vars: JsonOf<Record<string, string | number>>;
  safety: Generated<boolean>;
  created_at: Generated<Date>;
  read_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  email_non_safety: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface PlacementTables {
  placements: PlacementsTable;
  placement_events: PlacementEventsTable;
  placement_follow_ups: PlacementFollowUpsTable;
  mentor_hours: MentorHoursTable;
  support_requests: SupportRequestsTable;
  support_request_notes: SupportRequestNotesTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}
