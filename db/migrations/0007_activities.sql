-- Activities ("Outcomes"): professional courses, job-interview training, craftsman cafés, information
-- meetings and training tracks; their sessions, who was invited or registered, and attendance per
-- session. Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18). No extensions.
-- Counting rules that read these tables are in docs/kpis.md.

-- ---------------------------------------------------------------------------------------------
-- A tenant table, made so in one call from this migration on: row-level security ENABLED and
-- FORCED, a tenant policy for jobbro_app, all rows for jobbro_system, and a row in tenant_tables
-- (which server/tenancy's test checks against the catalogue). Used only by migrations.
CREATE PROCEDURE jobbro_make_tenant_table(t text) LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
    USING (programme_id = ANY (jobbro_tenant_programmes()))
    WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
  EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  INSERT INTO tenant_tables VALUES (t);
END $$;
REVOKE ALL ON PROCEDURE jobbro_make_tenant_table(text) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
CREATE TABLE activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('professional_course','interview_training','craftsman_cafe','information_meeting','training_track')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text,
  place text,
  -- The site (housing area) it is held for, if any; dashboards filter by it.
  site_id uuid,
  -- The company that hosts it (a trade company's workshop, a local manager's interview training).
  host_company_id uuid,
  capacity integer CHECK (capacity IS NULL OR capacity > 0),
  cancelled_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, site_id) REFERENCES sites (programme_id, id),
  FOREIGN KEY (host_company_id, programme_id) REFERENCES companies (id, programme_id)
);
CREATE INDEX activities_programme_kind_idx ON activities (programme_id, kind);

-- One dated meeting of an activity. A one-off activity has one session.
CREATE TABLE activity_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  activity_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, activity_id) REFERENCES activities (programme_id, id) ON DELETE CASCADE,
  CHECK (ends_at > starts_at)
);
CREATE INDEX activity_sessions_activity_idx ON activity_sessions (activity_id, starts_at);
CREATE INDEX activity_sessions_programme_idx ON activity_sessions (programme_id, starts_at);

-- Invitation and registration: one row per participant and activity. Capacity counts 'registered'.
CREATE TABLE activity_participants (
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  activity_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','registered','declined','cancelled')),
  invited_at timestamptz NOT NULL DEFAULT now(),
  registered_at timestamptz,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (activity_id, participant_id),
  FOREIGN KEY (programme_id, activity_id) REFERENCES activities (programme_id, id) ON DELETE CASCADE,
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  CHECK (status <> 'registered' OR registered_at IS NOT NULL)
);
CREATE INDEX activity_participants_participant_idx ON activity_participants (participant_id);

-- Attendance per session: present or absent, as taken (in bulk, on a phone) by staff.
CREATE TABLE activity_attendance (
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  session_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  present boolean NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, participant_id),
  FOREIGN KEY (programme_id, session_id) REFERENCES activity_sessions (programme_id, id) ON DELETE CASCADE,
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id)
);
CREATE INDEX activity_attendance_participant_idx ON activity_attendance (participant_id);

-- ---------------------------------------------------------------------------------------------
-- Privileges and row-level security.
GRANT SELECT, INSERT, UPDATE, DELETE ON activities, activity_sessions, activity_participants, activity_attendance
  TO jobbro_app, jobbro_system;

CALL jobbro_make_tenant_table('activities');
CALL jobbro_make_tenant_table('activity_sessions');
CALL jobbro_make_tenant_table('activity_participants');
CALL jobbro_make_tenant_table('activity_attendance');
