-- Employers: companies, workplaces, mentors, social-responsibility commitments, partnership notes
-- and job openings. Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18).
-- Decisions are in server/modules/companies/README.md.

-- ---------------------------------------------------------------------------------------------
-- A company is one shared organisation (kind 'company', identified by its CVR number) and one
-- `companies` row per programme it takes part in. Employer contacts are memberships with role
-- employer_contact and organisation_id = the company's organisation.
ALTER TABLE organisations ADD COLUMN cvr text CHECK (cvr IS NULL OR cvr ~ '^[1-9][0-9]{7}$');
CREATE UNIQUE INDEX organisations_cvr_key ON organisations (cvr) WHERE cvr IS NOT NULL;
-- Two unrelated sole proprietorships may share a name; their CVR numbers tell them apart. Names
-- stay unique among organisations without a CVR (partners registered by platform administrators).
ALTER TABLE organisations DROP CONSTRAINT organisations_kind_name_key;
CREATE UNIQUE INDEX organisations_kind_name_key ON organisations (kind, name) WHERE cvr IS NULL;

-- Organisations are shared identity that requests may only read. Registering a company in a
-- programme must find or create its organisation in the same transaction, so this one narrow
-- door (companies only, keyed by CVR) runs with the owner's rights.
CREATE FUNCTION jobbro_company_organisation(p_cvr text, p_name text) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found uuid;
BEGIN
  IF p_cvr IS NULL OR p_cvr !~ '^[1-9][0-9]{7}$' OR coalesce(trim(p_name), '') = '' THEN
    RAISE EXCEPTION 'a company organisation needs a CVR number and a name' USING ERRCODE = 'check_violation';
  END IF;
  SELECT id INTO found FROM organisations WHERE cvr = p_cvr;
  IF found IS NULL THEN
    INSERT INTO organisations (name, kind, cvr) VALUES (trim(p_name), 'company', p_cvr) RETURNING id INTO found;
  END IF;
  RETURN found;
END $$;
REVOKE ALL ON FUNCTION jobbro_company_organisation(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION jobbro_company_organisation(text, text) TO jobbro_app, jobbro_system;

CREATE TABLE companies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  cvr text NOT NULL CHECK (cvr ~ '^[1-9][0-9]{7}$'),
  name text NOT NULL,
  industry text NOT NULL,
  -- Which of the partnership's housing associations it supplies, if any.
  supplier_to_organisation_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, cvr),
  UNIQUE (programme_id, organisation_id),
  UNIQUE (id, programme_id),
  FOREIGN KEY (programme_id, supplier_to_organisation_id) REFERENCES programme_partners (programme_id, organisation_id)
);

-- A workplace belongs to an organisation: a company, or a municipality or housing association
-- (day-care, care homes, estate offices, where step-2 jobs are).
CREATE TABLE workplaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  address text NOT NULL,
  postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{4}$'),
  p_number text CHECK (p_number IS NULL OR p_number ~ '^[0-9]{10}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, organisation_id, name),
  UNIQUE (id, programme_id, organisation_id)
);

CREATE TABLE mentors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  workplace_id uuid,
  user_id uuid REFERENCES users(id),
  name text NOT NULL,
  email text,
  phone text,
  hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week >= 0 AND hours_per_week <= 40),
  rate_per_hour numeric(10,2) NOT NULL CHECK (rate_per_hour >= 0),
  payer text NOT NULL CHECK (payer IN ('project_funds','municipality','company','job_centre')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (workplace_id, programme_id, organisation_id) REFERENCES workplaces (id, programme_id, organisation_id)
);
CREATE INDEX mentors_organisation_idx ON mentors (programme_id, organisation_id);
CREATE INDEX mentors_user_idx ON mentors (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE company_commitments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  company_id uuid NOT NULL,
  description text NOT NULL,
  opening_kind text NOT NULL CHECK (opening_kind IN ('pocket_money','municipal_leisure','private_leisure','internship','apprenticeship','ordinary_job','flex_job','few_hour_job','training_track')),
  target_count integer NOT NULL CHECK (target_count > 0),
  period_from date NOT NULL,
  period_to date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from),
  FOREIGN KEY (company_id, programme_id) REFERENCES companies (id, programme_id) ON DELETE CASCADE
);
CREATE INDEX company_commitments_company_idx ON company_commitments (company_id);

CREATE TABLE company_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  company_id uuid NOT NULL,
  noted_on date NOT NULL,
  text text NOT NULL,
  author_user_id uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (company_id, programme_id) REFERENCES companies (id, programme_id) ON DELETE CASCADE
);
CREATE INDEX company_notes_company_idx ON company_notes (company_id, noted_on DESC);

-- ---------------------------------------------------------------------------------------------
-- Openings. organisation_id repeats the workplace's (the composite key keeps them equal) so the
-- employer portal can filter by the contact's organisation directly.
CREATE TABLE openings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL,
  workplace_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('pocket_money','municipal_leisure','private_leisure','internship','apprenticeship','ordinary_job','flex_job','few_hour_job','training_track')),
  ladder_step smallint CHECK (ladder_step BETWEEN 1 AND 4),
  title text NOT NULL,
  tasks text NOT NULL DEFAULT '',
  task_tags jsonb NOT NULL DEFAULT '[]'::jsonb,
  requirements text NOT NULL DEFAULT '',
  min_age integer NOT NULL CHECK (min_age >= 0),
  max_age integer CHECK (max_age IS NULL OR max_age >= min_age),
  hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week >= 0),
  weekly_schedule jsonb NOT NULL DEFAULT '[]'::jsonb,
  places integer NOT NULL DEFAULT 1 CHECK (places >= 1),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  wage_per_hour numeric(10,2) CHECK (wage_per_hour IS NULL OR wage_per_hour >= 0),
  wage_payer text CHECK (wage_payer IN ('project_funds','municipality','company','job_centre')),
  adult_staff_present boolean NOT NULL,
  light_work_only boolean NOT NULL DEFAULT false,
  machines_or_chemicals boolean NOT NULL DEFAULT false,
  risk_assessment_done_on date,
  alcohol_served boolean NOT NULL DEFAULT false,
  lifting_over_12kg boolean NOT NULL DEFAULT false,
  lone_work boolean NOT NULL DEFAULT false,
  money_handling boolean NOT NULL DEFAULT false,
  contact_with_children_under_15 boolean NOT NULL DEFAULT false,
  child_certificate_obtained boolean NOT NULL DEFAULT false,
  -- Only for young people out of compulsory school: 15–17-year-olds are judged by the rules for
  -- young people out of school. An apprenticeship can only be started after compulsory school.
  only_out_of_compulsory_school boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('proposed','draft','open','filled','closed')),
  rejection_reason text,
  proposed_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on),
  CHECK (kind <> 'apprenticeship' OR only_out_of_compulsory_school),
  UNIQUE (id, programme_id),
  FOREIGN KEY (workplace_id, programme_id, organisation_id) REFERENCES workplaces (id, programme_id, organisation_id)
);
CREATE INDEX openings_status_idx ON openings (programme_id, status);
CREATE INDEX openings_organisation_idx ON openings (programme_id, organisation_id);

-- Every status change, with the Copenhagen date it happened: commitments count openings that
-- reached 'filled' within their period (until placements exist), and the board can show history.
CREATE TABLE opening_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  opening_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  changed_on date NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid REFERENCES users(id),
  reason text,
  FOREIGN KEY (opening_id, programme_id) REFERENCES openings (id, programme_id) ON DELETE CASCADE
);
CREATE INDEX opening_status_changes_opening_idx ON opening_status_changes (opening_id);

-- ---------------------------------------------------------------------------------------------
-- Privileges and row-level security: ENABLED and FORCED, the programme must be in the tenant set.
GRANT SELECT, INSERT, UPDATE, DELETE ON companies, workplaces, mentors, company_commitments, company_notes, openings
  TO jobbro_app, jobbro_system;
GRANT SELECT, INSERT ON opening_status_changes TO jobbro_app;
GRANT SELECT, INSERT, DELETE ON opening_status_changes TO jobbro_system;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['companies','workplaces','mentors','company_commitments','company_notes','openings','opening_status_changes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
      USING (programme_id = ANY (jobbro_tenant_programmes()))
      WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

INSERT INTO tenant_tables VALUES
  ('companies'), ('workplaces'), ('mentors'), ('company_commitments'), ('company_notes'), ('openings'), ('opening_status_changes');
