import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the activity tables (db/migrations/0007_activities.sql), merged into `DB` in db/schema.ts. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ActivitiesTable {
  id: Generated<string>;
  programme_id: string;
  kind: string;
  title: string;
  description: string | null;
  place: string | null;
  site_id: string | null;
  host_company_id: string | null;
  capacity: number | null;
  cancelled_at: Timestamp | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ActivitySessionsTable {
  id: Generated<string>;
  programme_id: string;
  activity_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  created_at: Generated<Date>;
}

export interface ActivityParticipantsTable {
  programme_id: string;
  activity_id: string;
  participant_id: string;
  status: Generated<string>;
  invited_at: Generated<Date>;
  registered_at: Timestamp | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface ActivityAttendanceTable {
  programme_id: string;
  session_id: string;
  participant_id: string;
  present: boolean;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export interface ActivityTables {
  activities: ActivitiesTable;
  activity_sessions: ActivitySessionsTable;
  activity_participants: ActivityParticipantsTable;
  activity_attendance: ActivityAttendanceTable;
}
