-- Matching: coordinator adjustments (pins, hides, overrides), versioned weight sets, participants'
-- ranked wishes, and batch rounds with their reproducible result and report.
-- Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18). No extensions.
-- The ranking engine and the solvers are pure (shared/domain/matching/); this only stores their
-- inputs and outputs. A round publishes proposed placements (0004) in one transaction.

-- ---------------------------------------------------------------------------------------------
-- A coordinator's decision about one participant and one opening, shown on both lists and honoured
-- by rounds. Removing one keeps the row (removed_*), so the trail of decisions stays readable.
CREATE TABLE match_adjustments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  opening_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('pin','hide','override')),
  -- Override only: the programme rules bypassed (legal rules can never be: see the ranking README).
  rules text[] NOT NULL DEFAULT '{}'
    CHECK (rules <@ ARRAY['ladder','availability','distance']::text[]),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz,
  removed_by uuid REFERENCES users(id),
  removal_reason text,
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  FOREIGN KEY (opening_id, programme_id) REFERENCES openings (id, programme_id),
  CHECK (kind = 'override' OR rules = '{}'),
  CHECK ((removed_at IS NULL) = (removal_reason IS NULL))
);
-- One live decision of each kind per pair.
CREATE UNIQUE INDEX match_adjustments_live_key ON match_adjustments (opening_id, participant_id, kind) WHERE removed_at IS NULL;
CREATE INDEX match_adjustments_programme_idx ON match_adjustments (programme_id) WHERE removed_at IS NULL;

-- Named, versioned weights. A version is never edited: a change is a new version.
CREATE TABLE match_weight_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  version integer NOT NULL CHECK (version >= 1),
  weights jsonb NOT NULL,
  congestion numeric(4,3) NOT NULL CHECK (congestion >= 0 AND congestion <= 1),
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, name, version)
);

-- A participant's ranked wishes (opening ids, most wanted first), for preference rounds.
CREATE TABLE match_preferences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  opening_ids uuid[] NOT NULL DEFAULT '{}',
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, participant_id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id)
);

-- A batch round. Its inputs are fixed when it is created (openings, participants, weights, seed),
-- the job fills result and report, publishing turns the result into proposed placements once.
CREATE TABLE match_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  mode text NOT NULL CHECK (mode IN ('optimal','preference')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','running','ready','failed','published')),
  progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  on_date date NOT NULL,
  seed integer NOT NULL,
  lottery_share numeric(4,3) NOT NULL DEFAULT 0 CHECK (lottery_share >= 0 AND lottery_share <= 1),
  priority_reserve_share numeric(4,3) NOT NULL DEFAULT 0 CHECK (priority_reserve_share >= 0 AND priority_reserve_share <= 1),
  long_wait_days integer NOT NULL DEFAULT 180 CHECK (long_wait_days >= 0),
  weight_set_name text NOT NULL,
  weight_set_version integer NOT NULL,
  opening_ids uuid[] NOT NULL,
  -- NULL: every eligible participant when the round runs.
  participant_ids uuid[],
  input_hash text,
  result jsonb,
  report jsonb,
  error text,
  previous_round_id uuid,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  published_at timestamptz,
  published_by uuid REFERENCES users(id),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, previous_round_id) REFERENCES match_rounds (programme_id, id),
  CHECK ((status = 'published') = (published_at IS NOT NULL)),
  CHECK (status NOT IN ('ready','published') OR (result IS NOT NULL AND report IS NOT NULL))
);
CREATE INDEX match_rounds_programme_idx ON match_rounds (programme_id, created_at DESC);

-- ---------------------------------------------------------------------------------------------
-- A per-programme counter that every write to what rankings read bumps, so the ranking cache asks
-- "has anything changed?" with one primary-key read instead of scanning those tables (which took
-- hundreds of milliseconds at 60,000 participants). The trigger runs as the writing role.
CREATE TABLE programme_data_versions (
  programme_id uuid PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
  version bigint NOT NULL DEFAULT 0
);

-- Statement-level with transition tables: a bulk import of 60,000 rows bumps each programme once,
-- not 60,000 times.
CREATE FUNCTION bump_programme_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO programme_data_versions AS v (programme_id, version)
    SELECT DISTINCT programme_id, 1 FROM new_rows WHERE programme_id IS NOT NULL
    ON CONFLICT (programme_id) DO UPDATE SET version = v.version + 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO programme_data_versions AS v (programme_id, version)
    SELECT DISTINCT programme_id, 1 FROM old_rows WHERE programme_id IS NOT NULL
    ON CONFLICT (programme_id) DO UPDATE SET version = v.version + 1;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['participants','openings','consents','sites','workplaces','placements'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_programme_data_version()', t || '_version_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_programme_data_version()', t || '_version_upd', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_programme_data_version()', t || '_version_del', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON programme_data_versions TO jobbro_app, jobbro_system;

-- ---------------------------------------------------------------------------------------------
-- Privileges: rounds are updated by the job (jobbro_system) and by publishing (jobbro_app).
GRANT SELECT, INSERT, UPDATE ON match_adjustments, match_preferences, match_rounds TO jobbro_app;
GRANT SELECT, INSERT ON match_weight_sets TO jobbro_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON match_adjustments, match_weight_sets, match_preferences, match_rounds TO jobbro_system;

-- Row-level security: ENABLED and FORCED, a tenant policy for jobbro_app, all rows for jobbro_system.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['match_adjustments','match_weight_sets','match_preferences','match_rounds','programme_data_versions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
      USING (programme_id = ANY (jobbro_tenant_programmes()))
      WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

INSERT INTO tenant_tables VALUES ('match_adjustments'), ('match_weight_sets'), ('match_preferences'), ('match_rounds'), ('programme_data_versions');
