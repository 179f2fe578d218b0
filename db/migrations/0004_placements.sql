-- Placements (a "forløb": one participant in one opening), their history, follow-ups, mentor hours,
-- the employer hotline (support requests) and in-app notifications.
-- Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18). No extensions.
-- The state machine and who owns each step are in shared/domain/placements/machine.ts.

-- ---------------------------------------------------------------------------------------------
CREATE TABLE placements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  opening_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed','interview','offered','agreed','active','completed','ended_early','declined')),
  version integer NOT NULL DEFAULT 1,
  -- Why the match was suggested (codes and values from the matching round); shown to employers.
  match_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The participant (or, under 15, a guardian) said yes to the proposal.
  participant_accepted_at timestamptz,
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  -- Set by the scheduled job when a proposal has waited too long (programme settings).
  stale_flagged_at timestamptz,
  -- The agreement, confirmed by a coordinator (status agreed).
  starts_on date,
  ends_on date,
  hours_per_week numeric(5,2) CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 60)),
  weekly_schedule jsonb NOT NULL DEFAULT '[]'::jsonb,
  wage_per_hour numeric(10,2) CHECK (wage_per_hour IS NULL OR wage_per_hour >= 0),
  wage_payer text CHECK (wage_payer IS NULL OR wage_payer IN ('project_funds','municipality','company','job_centre')),
  -- A deleted mentor record leaves the placement without a mentor rather than blocking the delete.
  mentor_id uuid REFERENCES mentors(id) ON DELETE SET NULL,
  agreed_at timestamptz,
  activated_at timestamptz,
  ended_on date,
  end_reason text CHECK (end_reason IS NULL OR end_reason IN ('participant_stopped','dismissed','moved','started_education','got_other_job','other')),
  decline_reason text CHECK (decline_reason IS NULL OR decline_reason IN ('not_interested','not_suitable','no_show','timing','got_other_offer','stale','other')),
  declined_by text CHECK (declined_by IS NULL OR declined_by IN ('participant','guardian','employer','coordinator','system')),
  outcome text CHECK (outcome IS NULL OR outcome IN ('stayed_in_job','next_step','started_education','apprenticeship_agreement','ordinary_job','nothing_yet')),
  suggested_step smallint CHECK (suggested_step IS NULL OR suggested_step BETWEEN 1 AND 4),
  -- The "contract ends soon" notice went out (once per placement).
  ending_notified_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  FOREIGN KEY (opening_id, programme_id) REFERENCES openings (id, programme_id),
  CHECK (ends_on IS NULL OR (starts_on IS NOT NULL AND ends_on >= starts_on)),
  CHECK (status NOT IN ('agreed','active','completed','ended_early') OR (starts_on IS NOT NULL AND ends_on IS NOT NULL AND hours_per_week IS NOT NULL)),
  CHECK ((status = 'declined') = (decline_reason IS NOT NULL AND declined_by IS NOT NULL)),
  CHECK ((status = 'ended_early') = (end_reason IS NOT NULL)),
  CHECK (status <> 'completed' OR outcome IS NOT NULL)
);
-- One pending or running placement per participant and opening.
CREATE UNIQUE INDEX placements_open_pair_key ON placements (participant_id, opening_id)
  WHERE status IN ('proposed','interview','offered','agreed','active');
CREATE INDEX placements_status_idx ON placements (programme_id, status);
CREATE INDEX placements_opening_idx ON placements (opening_id);
CREATE INDEX placements_participant_idx ON placements (participant_id);
CREATE INDEX placements_mentor_idx ON placements (mentor_id) WHERE mentor_id IS NOT NULL;

-- Every step: who (user and the part they played), when, from and to which status, and why.
CREATE TABLE placement_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  placement_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('propose','accept','invite','offer','agree','activate','complete','end_early','decline','flag_stale')),
  from_status text,
  to_status text NOT NULL,
  party text NOT NULL CHECK (party IN ('participant','guardian','employer','mentor','coordinator','system')),
  actor_user_id uuid REFERENCES users(id),
  reason text,
  note text,
  version integer NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, placement_id) REFERENCES placements (programme_id, id)
);
CREATE INDEX placement_events_placement_idx ON placement_events (placement_id, at);

-- Follow-ups planned when a placement starts; completing one links the talk it was held in.
CREATE TABLE placement_follow_ups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  placement_id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^([1-9][0-9]{0,2}[dwm]|end)$'),
  due_on date NOT NULL,
  talk_id uuid,
  completed_at timestamptz,
  completed_by uuid REFERENCES users(id),
  cancelled_at timestamptz,
  -- The "follow-up due" notice went out.
  notified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, placement_id) REFERENCES placements (programme_id, id),
  FOREIGN KEY (programme_id, talk_id) REFERENCES talks (programme_id, id),
  CHECK (completed_at IS NULL OR talk_id IS NOT NULL),
  CHECK (completed_at IS NULL OR cancelled_at IS NULL)
);
CREATE INDEX placement_follow_ups_due_idx ON placement_follow_ups (programme_id, due_on)
  WHERE completed_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX placement_follow_ups_placement_idx ON placement_follow_ups (placement_id);

-- Mentor hours per placement, mentor and date. Rate and payer are copied when logged, so a later
-- change of the mentor's rate does not rewrite the costs already reported.
CREATE TABLE mentor_hours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  placement_id uuid NOT NULL,
  mentor_id uuid REFERENCES mentors(id) ON DELETE SET NULL,
  mentor_name text NOT NULL,
  worked_on date NOT NULL,
  hours numeric(5,2) NOT NULL CHECK (hours > 0 AND hours <= 24),
  rate_per_hour numeric(10,2) NOT NULL CHECK (rate_per_hour >= 0),
  payer text NOT NULL CHECK (payer IN ('project_funds','municipality','company','job_centre')),
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, placement_id) REFERENCES placements (programme_id, id)
);
CREATE UNIQUE INDEX mentor_hours_day_key ON mentor_hours (placement_id, mentor_id, worked_on);
CREATE INDEX mentor_hours_programme_idx ON mentor_hours (programme_id, worked_on);

-- ---------------------------------------------------------------------------------------------
-- The employer hotline. due_at is the response deadline in working hours (shared/domain/placements/sla.ts).
CREATE TABLE support_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  placement_id uuid NOT NULL,
  raised_by uuid NOT NULL REFERENCES users(id),
  raised_as text NOT NULL CHECK (raised_as IN ('employer','mentor','coordinator')),
  category text NOT NULL CHECK (category IN ('attendance','conduct','skills','conflict','safety','other')),
  severity text NOT NULL CHECK (severity IN ('urgent','normal')),
  description text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','acknowledged','resolved')),
  raised_at timestamptz NOT NULL DEFAULT now(),
  due_at timestamptz NOT NULL,
  first_response_at timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users(id),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users(id),
  resolution text,
  escalated_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, placement_id) REFERENCES placements (programme_id, id),
  CHECK (status = 'open' OR first_response_at IS NOT NULL),
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
CREATE INDEX support_requests_open_idx ON support_requests (programme_id, due_at) WHERE first_response_at IS NULL;
CREATE INDEX support_requests_placement_idx ON support_requests (placement_id);

CREATE TABLE support_request_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  request_id uuid NOT NULL,
  author_user_id uuid REFERENCES users(id),
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, request_id) REFERENCES support_requests (programme_id, id)
);
CREATE INDEX support_request_notes_request_idx ON support_request_notes (request_id, created_at);

-- ---------------------------------------------------------------------------------------------
-- In-app notifications. `kind` names the mail template whose subject is the notification's title;
-- `vars` fills it. A user reads only their own (restrictive policy below).
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind ~ '^[a-z][A-Za-z]{1,60}$'),
  subject_type text NOT NULL,
  subject_id uuid,
  vars jsonb NOT NULL DEFAULT '{}'::jsonb,
  safety boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

-- Per-user e-mail preference: identity, not programme data (no programme_id). Safety e-mails
-- (support requests marked safety or urgent, and breached deadlines) are sent regardless.
CREATE TABLE notification_preferences (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  email_non_safety boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------------------------
-- Privileges. Histories (events, notes) are append-only for requests.
GRANT SELECT, INSERT, UPDATE ON placements, placement_follow_ups, support_requests, notifications TO jobbro_app;
GRANT SELECT, INSERT ON placement_events, support_request_notes TO jobbro_app;
-- Erasure only: anonymising a person blanks the free text of their history and keeps the rows.
GRANT UPDATE (note) ON placement_events TO jobbro_app;
GRANT UPDATE (text) ON support_request_notes TO jobbro_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON mentor_hours TO jobbro_app;
GRANT SELECT, INSERT, UPDATE, DELETE
  ON placements, placement_events, placement_follow_ups, mentor_hours, support_requests, support_request_notes, notifications
  TO jobbro_system;
GRANT SELECT, INSERT, UPDATE ON notification_preferences TO jobbro_app, jobbro_system;

-- Row-level security: ENABLED and FORCED, a tenant policy for jobbro_app, all rows for jobbro_system.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['placements','placement_events','placement_follow_ups','mentor_hours','support_requests','support_request_notes','notifications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
      USING (programme_id = ANY (jobbro_tenant_programmes()))
      WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- Anyone in the programme may notify a colleague, but each user reads (and marks read) only their own.
CREATE POLICY own_only ON notifications AS RESTRICTIVE FOR SELECT TO jobbro_app
  USING (user_id = jobbro_current_user());

ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
CREATE POLICY app_read ON notification_preferences FOR SELECT TO jobbro_app USING (true);
CREATE POLICY own_insert ON notification_preferences FOR INSERT TO jobbro_app WITH CHECK (user_id = jobbro_current_user());
CREATE POLICY own_update ON notification_preferences FOR UPDATE TO jobbro_app
  USING (user_id = jobbro_current_user()) WITH CHECK (user_id = jobbro_current_user());
CREATE POLICY system_all ON notification_preferences TO jobbro_system USING (true) WITH CHECK (true);

INSERT INTO tenant_tables VALUES
  ('placements'), ('placement_events'), ('placement_follow_ups'), ('mentor_hours'), ('support_requests'),
  ('support_request_notes'), ('notifications');
