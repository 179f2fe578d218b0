-- Hours, second step: rejecting a submitted shift with a reason, and erasing free text from a
-- person's hours when they are anonymised. Runs on PostgreSQL 15+ and on PGlite. No extensions.

-- A submitted shift the employer (or coordinator) turns down keeps its row, marked rejected, with why.
ALTER TABLE shifts ADD COLUMN rejected_reason text;
ALTER TABLE shifts ADD COLUMN rejected_by uuid REFERENCES users(id);
ALTER TABLE shifts ADD COLUMN rejected_at timestamptz;
GRANT UPDATE (rejected_reason, rejected_by, rejected_at) ON shifts TO jobbro_app;

-- Approved shifts stay final for everyone, with one exception: jobbro_system may blank the free-text
-- `reason` (anonymisation) and change nothing else on the row.
CREATE OR REPLACE FUNCTION jobbro_shift_approved_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    IF current_user = 'jobbro_system' AND (to_jsonb(NEW) - 'reason') = (to_jsonb(OLD) - 'reason') THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'approved shifts cannot be changed; record a correction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

-- Anonymisation runs in a request's transaction as jobbro_app, which may not touch approved rows or
-- exceptions. This narrow door runs as jobbro_system and only for a person already anonymised, so it
-- cannot be used to rewrite anyone else's history; it replaces free text with a fixed marker.
CREATE FUNCTION jobbro_scrub_hours_text(p_programme uuid, p_participant uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM participants WHERE programme_id = p_programme AND id = p_participant AND anonymised_at IS NOT NULL) THEN
    RAISE EXCEPTION 'only an anonymised participant''s hours can be scrubbed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE shifts SET reason = 'Anonymiseret'
    WHERE programme_id = p_programme AND participant_id = p_participant AND reason IS NOT NULL AND reason <> 'Anonymiseret';
  UPDATE shifts SET rejected_reason = 'Anonymiseret'
    WHERE programme_id = p_programme AND participant_id = p_participant AND rejected_reason IS NOT NULL AND rejected_reason <> 'Anonymiseret';
  UPDATE rule_exceptions SET reason = 'Anonymiseret'
    WHERE programme_id = p_programme AND participant_id = p_participant AND reason <> 'Anonymiseret';
END $$;
ALTER FUNCTION jobbro_scrub_hours_text(uuid, uuid) OWNER TO jobbro_system;
REVOKE ALL ON FUNCTION jobbro_scrub_hours_text(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION jobbro_scrub_hours_text(uuid, uuid) TO jobbro_app, jobbro_system;
