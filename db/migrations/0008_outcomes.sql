-- Outcomes: targets per programme, figure and period, and the dated history of participant status
-- changes the "attached" figure needs (docs/kpis.md). Runs on PostgreSQL 15+ and PGlite. No extensions.

-- ---------------------------------------------------------------------------------------------
-- A target for one figure over one period (e.g. 120 residents attached in 2025). figure_key is one
-- of FIGURE_KEYS in shared/domain/kpis/types.ts; the service validates it, the CHECK keeps it tidy.
CREATE TABLE outcome_targets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  figure_key text NOT NULL CHECK (figure_key ~ '^[a-z][a-z_]{1,39}$'),
  period_from date NOT NULL,
  period_to date NOT NULL,
  value numeric(12,4) NOT NULL CHECK (value >= 0),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from),
  UNIQUE (programme_id, figure_key, period_from, period_to)
);

-- ---------------------------------------------------------------------------------------------
-- When a participant record was closed (completed/withdrawn) or reopened. participants has only the
-- current status; the figure "attached in a period" needs the date it changed. A trigger records
-- every change, whoever makes it, so no service has to remember to.
CREATE TABLE participant_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  changed_on date NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id) ON DELETE CASCADE
);
CREATE INDEX participant_status_changes_idx ON participant_status_changes (programme_id, participant_id, changed_at);

CREATE FUNCTION jobbro_participant_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO participant_status_changes (programme_id, participant_id, from_status, to_status, changed_on)
    VALUES (NEW.programme_id, NEW.id, OLD.status, NEW.status, (now() AT TIME ZONE 'Europe/Copenhagen')::date);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER participants_status_changed AFTER UPDATE OF status ON participants
  FOR EACH ROW EXECUTE FUNCTION jobbro_participant_status_changed();

-- Records closed before this migration: the best date we have is the last update. (Anonymisation
-- also sets updated_at, which is why the figure reads this table and never updated_at itself.)
INSERT INTO participant_status_changes (programme_id, participant_id, from_status, to_status, changed_on, changed_at)
SELECT programme_id, id, NULL, status, (updated_at AT TIME ZONE 'Europe/Copenhagen')::date, updated_at
FROM participants WHERE status IN ('completed', 'withdrawn');

-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON outcome_targets TO jobbro_app, jobbro_system;
GRANT SELECT, INSERT ON participant_status_changes TO jobbro_app, jobbro_system;

CALL jobbro_make_tenant_table('outcome_targets');
CALL jobbro_make_tenant_table('participant_status_changes');
