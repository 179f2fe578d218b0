-- Merging duplicate participants (server/modules/duplicates) moves the merged record's placements to
-- the survivor. Shifts repeat their placement's participant_id, and approved shifts are immutable
-- to requests, so this narrow door realigns them. Runs on PostgreSQL 15+ and on PGlite.

-- Approved shifts stay final. jobbro_system may blank `reason` (anonymisation, 0010) and may set
-- participant_id to the participant that the shift's placement now belongs to (a merge); nothing else.
CREATE OR REPLACE FUNCTION jobbro_shift_approved_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    IF current_user = 'jobbro_system'
       AND (to_jsonb(NEW) - 'reason' - 'participant_id') = (to_jsonb(OLD) - 'reason' - 'participant_id')
       AND (NEW.participant_id = OLD.participant_id
            OR NEW.participant_id = (SELECT participant_id FROM placements WHERE id = NEW.placement_id)) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'approved shifts cannot be changed; record a correction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

-- Runs as jobbro_system, only for a record already marked merged into p_survivor: its shifts follow
-- their placements, and its documented rule exceptions move unless the survivor already has one for
-- the same rule and date (that one is kept, and the merged record keeps its own).
CREATE FUNCTION jobbro_merge_hours(p_programme uuid, p_merged uuid, p_survivor uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE moved integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM participants WHERE programme_id = p_programme AND id = p_merged AND merged_into = p_survivor) THEN
    RAISE EXCEPTION 'only a record merged into the survivor can hand over its hours' USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE shifts s SET participant_id = p.participant_id
    FROM placements p
    WHERE s.programme_id = p_programme AND s.participant_id = p_merged AND p.id = s.placement_id AND p.participant_id = p_survivor;
  GET DIAGNOSTICS moved = ROW_COUNT;
  UPDATE rule_exceptions e SET participant_id = p_survivor
    WHERE e.programme_id = p_programme AND e.participant_id = p_merged
      AND NOT EXISTS (SELECT 1 FROM rule_exceptions x WHERE x.participant_id = p_survivor AND x.rule = e.rule AND x.applies_on = e.applies_on);
  RETURN moved;
END $$;
ALTER FUNCTION jobbro_merge_hours(uuid, uuid, uuid) OWNER TO jobbro_system;
REVOKE ALL ON FUNCTION jobbro_merge_hours(uuid, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION jobbro_merge_hours(uuid, uuid, uuid) TO jobbro_app, jobbro_system;
