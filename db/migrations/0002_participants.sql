-- Participants (youth on the Jobplaneten ladder, adults on a Jobløft track), guardians, guardian
-- job notices, consents, follow-up talks, portal invitation codes, and the work-area taxonomy.
-- Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18). No extensions.

-- ---------------------------------------------------------------------------------------------
-- Portal accounts: youth often have no e-mail, so an account may have a login name instead.
-- `email` stays NOT NULL (the session code relies on it being a string) and is '' when absent;
-- uniqueness of e-mails now ignores the empty string.
ALTER TABLE users ADD COLUMN username text;
ALTER TABLE users ADD CONSTRAINT users_username_format
  CHECK (username IS NULL OR username ~ '^[a-z0-9][a-z0-9._-]{2,39}$');
ALTER TABLE users ADD CONSTRAINT users_login_present CHECK (email <> '' OR username IS NOT NULL);
CREATE UNIQUE INDEX users_username_key ON users (username) WHERE username IS NOT NULL;
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE email <> '';

-- Child tables reference (programme_id, id) so a row can never point into another programme.
ALTER TABLE sites ADD CONSTRAINT sites_programme_id_id_key UNIQUE (programme_id, id);

-- ---------------------------------------------------------------------------------------------
-- Global reference data: work areas, mapped to the four main areas of Danish vocational
-- education (EUD hovedområder). Not programme data, so not a tenant table.
CREATE TABLE work_areas (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name_da text NOT NULL,
  name_en text NOT NULL,
  education_area text NOT NULL CHECK (education_area IN (
    'care_health_pedagogy', 'office_trade_business', 'food_agriculture_hospitality', 'technology_construction_transport')),
  sort_order integer NOT NULL
);
INSERT INTO work_areas (code, name_da, name_en, education_area, sort_order) VALUES
  ('carpentry',    'Tømrer og snedker',          'Carpentry and joinery',        'technology_construction_transport', 10),
  ('construction', 'Byggeri og anlæg',           'Construction',                 'technology_construction_transport', 20),
  ('electrical',   'El og installation',         'Electrical installation',      'technology_construction_transport', 30),
  ('plumbing',     'VVS og blik',                'Plumbing',                     'technology_construction_transport', 32),
  ('painting',     'Maler',                      'Painting and decorating',      'technology_construction_transport', 34),
  ('mechanics',    'Auto og mekanik',            'Vehicles and mechanics',       'technology_construction_transport', 40),
  ('caretaking',   'Ejendomsservice og vicevært', 'Caretaking and property services', 'technology_construction_transport', 50),
  ('logistics',    'Lager og logistik',          'Warehouse and logistics',      'technology_construction_transport', 60),
  ('it',           'IT og digital support',      'IT and digital support',       'technology_construction_transport', 70),
  ('retail',       'Butik og detailhandel',      'Retail',                       'office_trade_business', 80),
  ('office',       'Kontor og administration',   'Office and administration',    'office_trade_business', 90),
  ('care',         'Pleje og omsorg',            'Care',                         'care_health_pedagogy', 100),
  ('childcare',    'Børn og pædagogik',          'Childcare and pedagogy',       'care_health_pedagogy', 110),
  ('health',       'Sundhed',                    'Health',                       'care_health_pedagogy', 120),
  ('kitchen',      'Køkken og madlavning',       'Kitchen and cooking',          'food_agriculture_hospitality', 130),
  ('cleaning',     'Rengøring og service',       'Cleaning and service',         'food_agriculture_hospitality', 140),
  ('hospitality',  'Hotel, café og events',      'Hotels, cafés and events',     'food_agriculture_hospitality', 150),
  ('gardening',    'Gartner og grønne områder',  'Gardening and green spaces',   'food_agriculture_hospitality', 160);

-- ---------------------------------------------------------------------------------------------
CREATE TABLE participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('youth','adult')),
  first_name text NOT NULL,
  last_name text NOT NULL,
  birth_date date NOT NULL,
  email text,
  phone text,
  address text,
  site_id uuid NOT NULL,
  school text,
  education_status text,
  -- Stored as recorded, never inferred from age (see shared/domain/youth-rules).
  compulsory_school boolean,
  compulsory_school_ends_on date,
  interests text[] NOT NULL DEFAULT '{}',
  skills text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  availability text[] NOT NULL DEFAULT '{}',
  travel_km integer CHECK (travel_km IS NULL OR travel_km >= 0),
  travel_modes text[] NOT NULL DEFAULT '{}',
  goals text,
  benefit_type text,
  max_weekly_hours numeric(4,1),
  flex_job_approved boolean,
  readiness_notes text,
  priority boolean NOT NULL DEFAULT false,
  priority_note text,
  step smallint CHECK (step BETWEEN 1 AND 4),
  track text CHECK (track IN ('job','apprenticeship_internship','flex_job','few_hours_job','training')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','completed','withdrawn')),
  -- CPR: AES-256-GCM ciphertext, an HMAC for duplicate detection, and why it is held.
  cpr_enc text,
  cpr_hash text,
  cpr_reason text,
  user_id uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  merged_into uuid REFERENCES participants(id),
  anonymised_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, site_id) REFERENCES sites (programme_id, id),
  CHECK (kind = 'youth' OR step IS NULL),
  CHECK (kind = 'adult' OR track IS NULL),
  CHECK ((cpr_enc IS NULL) = (cpr_hash IS NULL)),
  CHECK (cpr_enc IS NULL OR cpr_reason IS NOT NULL),
  CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX participants_programme_idx ON participants (programme_id, last_name, first_name);
CREATE INDEX participants_birth_date_idx ON participants (programme_id, birth_date);
CREATE INDEX participants_cpr_hash_idx ON participants (programme_id, cpr_hash) WHERE cpr_hash IS NOT NULL;
CREATE INDEX participants_user_idx ON participants (user_id) WHERE user_id IS NOT NULL;

-- Every change of step or track, dated, with a reason and who made it. The intake is the first.
CREATE TABLE ladder_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  on_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('step','track')),
  from_step smallint,
  to_step smallint CHECK (to_step BETWEEN 1 AND 4),
  from_track text,
  to_track text,
  reason text NOT NULL,
  -- Kept through anonymisation so age-based statistics do not change.
  age_on_date smallint NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id)
);
CREATE INDEX ladder_events_participant_idx ON ladder_events (participant_id, on_date);

CREATE TABLE guardians (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  name text NOT NULL,
  relation text NOT NULL CHECK (relation IN ('mother','father','custodian','foster_parent','other')),
  email text,
  phone text,
  address text,
  user_id uuid REFERENCES users(id),
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id)
);
CREATE INDEX guardians_participant_idx ON guardians (participant_id);
CREATE INDEX guardians_user_idx ON guardians (user_id) WHERE user_id IS NOT NULL;

-- The employer's duty for workers under 15 or in compulsory school: the guardian is informed of
-- the job, its hours, risks and precautions, and co-signs the agreement. placement_id has no FK
-- yet: placements arrive in a later migration.
CREATE TABLE guardian_job_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  guardian_id uuid NOT NULL,
  placement_id uuid,
  job_description text NOT NULL,
  hours text NOT NULL,
  risks text NOT NULL,
  precautions text NOT NULL,
  informed_on date NOT NULL,
  cosigned_on date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  FOREIGN KEY (programme_id, guardian_id) REFERENCES guardians (programme_id, id),
  CHECK (cosigned_on IS NULL OR cosigned_on >= informed_on)
);
CREATE INDEX guardian_job_notices_participant_idx ON guardian_job_notices (participant_id);

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('data_processing','share_employer','share_job_centre','photos','evaluation')),
  organisation_ids uuid[] NOT NULL DEFAULT '{}',
  data_categories text[] NOT NULL DEFAULT '{}',
  given_on date NOT NULL,
  given_by text NOT NULL CHECK (given_by IN ('participant','guardian')),
  guardian_id uuid,
  method text NOT NULL CHECK (method IN ('paper','portal','verbal')),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users(id),
  revoke_reason text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  FOREIGN KEY (programme_id, guardian_id) REFERENCES guardians (programme_id, id),
  CHECK (given_by = 'participant' OR guardian_id IS NOT NULL)
);
CREATE INDEX consents_participant_idx ON consents (participant_id, purpose);

CREATE TABLE talks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  held_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('intake','follow_up','employer','school')),
  summary text NOT NULL,
  visibility text NOT NULL CHECK (visibility IN ('coordinators','job_centre')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id)
);
CREATE INDEX talks_participant_idx ON talks (participant_id, held_on);

CREATE TABLE next_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  talk_id uuid NOT NULL,
  description text NOT NULL,
  due_on date NOT NULL,
  owner_user_id uuid NOT NULL REFERENCES users(id),
  completed_at timestamptz,
  completed_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  FOREIGN KEY (programme_id, talk_id) REFERENCES talks (programme_id, id)
);
CREATE INDEX next_steps_open_idx ON next_steps (programme_id, due_on) WHERE completed_at IS NULL;
CREATE INDEX next_steps_talk_idx ON next_steps (talk_id);

-- One-time codes for the portal (youth often have no e-mail). Only the SHA-256 is stored.
CREATE TABLE portal_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  guardian_id uuid,
  code_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  redeemed_at timestamptz,
  redeemed_user_id uuid REFERENCES users(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (programme_id, participant_id) REFERENCES participants (programme_id, id),
  FOREIGN KEY (programme_id, guardian_id) REFERENCES guardians (programme_id, id)
);
CREATE INDEX portal_codes_participant_idx ON portal_codes (participant_id);

-- ---------------------------------------------------------------------------------------------
-- Privileges. History is never deleted by the app: participants are anonymised, guardians are
-- marked removed, consents revoked. Only unredeemed portal codes are deleted (when replaced).
GRANT SELECT ON work_areas TO jobbro_app, jobbro_system;
GRANT SELECT, INSERT, UPDATE ON participants, ladder_events, guardians, guardian_job_notices, consents, talks, next_steps
  TO jobbro_app, jobbro_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON portal_codes TO jobbro_app, jobbro_system;

-- Row-level security: ENABLED and FORCED, a tenant policy for jobbro_app, all rows for jobbro_system.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['participants','ladder_events','guardians','guardian_job_notices','consents','talks','next_steps','portal_codes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
      USING (programme_id = ANY (jobbro_tenant_programmes()))
      WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

INSERT INTO tenant_tables VALUES
  ('participants'), ('ladder_events'), ('guardians'), ('guardian_job_notices'), ('consents'), ('talks'), ('next_steps'), ('portal_codes');
