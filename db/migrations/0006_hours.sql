-- Time registration ("Hours"): worked shifts per placement, municipal school-calendar overrides and
-- documented exceptions to the young-worker rules. Runs on PostgreSQL 15+ and on PGlite. No extensions.
-- The rules themselves are in shared/domain/youth-rules/; the service runs them on record and approve.

-- ---------------------------------------------------------------------------------------------
-- One worked shift. Times are Europe/Copenhagen wall clock; an end_time not after start_time means
-- the shift ends on the next day. A correction is a NEW row whose corrects_shift_id names the
-- shift it replaces; an approved row is never changed (trigger below), so what was approved stays
-- visible next to what replaced it.
CREATE TABLE shifts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  placement_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  work_date date NOT NULL,
  start_time time NOT NULL,
  end_time time NOT NULL,
  break_minutes integer NOT NULL DEFAULT 0 CHECK (break_minutes >= 0 AND break_minutes < 1440),
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','approved','rejected')),
  recorded_by uuid REFERENCES users(id),
  recorded_as text NOT NULL CHECK (recorded_as IN ('employer','mentor','coordinator','participant')),
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  corrects_shift_id uuid REFERENCES shifts(id),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, placement_id) REFERENCES placements (programme_id, id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL)),
  CHECK (corrects_shift_id IS NULL OR reason IS NOT NULL)
);
CREATE INDEX shifts_participant_date_idx ON shifts (participant_id, work_date);
CREATE INDEX shifts_placement_date_idx ON shifts (placement_id, work_date);
CREATE INDEX shifts_programme_date_idx ON shifts (programme_id, work_date);
-- At most one live (not rejected) correction per shift.
CREATE UNIQUE INDEX shifts_one_correction_key ON shifts (corrects_shift_id) WHERE corrects_shift_id IS NOT NULL AND status <> 'rejected';

-- Approved shifts are final: only a correction (a new row) may replace them. Applies to every role,
-- so neither a service bug nor a hand-written UPDATE as jobbro_app can rewrite approved hours.
CREATE FUNCTION jobbro_shift_approved_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'approved shifts cannot be changed; record a correction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER shifts_approved_immutable BEFORE UPDATE ON shifts FOR EACH ROW EXECUTE FUNCTION jobbro_shift_approved_immutable();

-- ---------------------------------------------------------------------------------------------
-- School-calendar overrides per municipality (kommunekode, as in the postal-code table, e.g. '259').
-- Without an override a date's default is: Monday–Friday and not a Danish public holiday
-- (shared/domain/youth-rules/school-days.ts). Standard school holidays (summer, autumn, winter,
-- Christmas, Easter) vary by municipality and year and are NOT assumed: coordinators enter them
-- here as days with is_school_day = false. Erring towards school days is the strict side.
CREATE TABLE school_calendars (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{3,4}$'),
  day date NOT NULL,
  is_school_day boolean NOT NULL,
  note text,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, municipality_code, day)
);

-- ---------------------------------------------------------------------------------------------
-- A documented exception to one rule on one date for one person, where the law allows one (e.g. a
-- sector exception or a dispensation). Week rules are dated on the Monday. Append-only.
CREATE TABLE rule_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  rule text NOT NULL,
  applies_on date NOT NULL,
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  legal_basis text NOT NULL CHECK (length(trim(legal_basis)) > 0),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  UNIQUE (participant_id, rule, applies_on)
);

-- ---------------------------------------------------------------------------------------------
-- Privileges: shifts are never deleted by requests, and requests may change only a submitted shift's
-- status (approve, or set aside when corrected) - never its times; exceptions are append-only.
GRANT SELECT, INSERT ON shifts TO jobbro_app;
GRANT UPDATE (status, approved_by, approved_at) ON shifts TO jobbro_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON school_calendars TO jobbro_app;
GRANT SELECT, INSERT ON rule_exceptions TO jobbro_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON shifts, school_calendars, rule_exceptions TO jobbro_system;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['shifts','school_calendars','rule_exceptions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
      USING (programme_id = ANY (jobbro_tenant_programmes()))
      WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

INSERT INTO tenant_tables VALUES ('shifts'), ('school_calendars'), ('rule_exceptions');
