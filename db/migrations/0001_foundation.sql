-- Foundation: identity, programmes, sessions, audit trail, background jobs.
-- Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18).

-- Two non-login roles. Request transactions `SET ROLE jobbro_app` with the tenant set
-- transaction-locally; maintenance (auth look-ups, scheduled jobs) runs as jobbro_system.
-- Neither is superuser nor BYPASSRLS: every row they touch is allowed by an explicit policy.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobbro_app') THEN
    CREATE ROLE jobbro_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jobbro_system') THEN
    CREATE ROLE jobbro_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'jobbro_app', 'MEMBER') THEN
    EXECUTE format('GRANT jobbro_app TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'jobbro_system', 'MEMBER') THEN
    EXECUTE format('GRANT jobbro_system TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO jobbro_app, jobbro_system;

-- Tenant helpers. current_setting(..., true) returns NULL or '' when unset, so an unset tenant
-- matches nothing rather than everything.
CREATE FUNCTION jobbro_tenant_programmes() RETURNS uuid[]
  LANGUAGE sql STABLE AS $$
    SELECT COALESCE(NULLIF(current_setting('jobbro.programme_ids', true), ''), '{}')::uuid[]
  $$;
CREATE FUNCTION jobbro_is_platform_admin() RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT COALESCE(current_setting('jobbro.platform_admin', true), '') = 'on'
  $$;
CREATE FUNCTION jobbro_current_user() RETURNS uuid
  LANGUAGE sql STABLE AS $$
    SELECT NULLIF(current_setting('jobbro.user_id', true), '')::uuid
  $$;
GRANT EXECUTE ON FUNCTION jobbro_tenant_programmes(), jobbro_is_platform_admin(), jobbro_current_user()
  TO jobbro_app, jobbro_system;

-- ---------------------------------------------------------------------------------------------
-- Organisations and users: shared identity, not programme data.
CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('housing_association','municipality','job_centre','company','school','fund','evaluator')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text,
  totp_secret_enc text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  is_platform_admin boolean NOT NULL DEFAULT false,
  locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da','en')),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- ---------------------------------------------------------------------------------------------
-- Programmes and their tenant-scoped tables.
CREATE TABLE programmes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  starts_on date NOT NULL,
  ends_on date,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE programme_partners (
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  PRIMARY KEY (programme_id, organisation_id)
);

CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name text NOT NULL,
  address text NOT NULL,
  postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{4}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, name)
);

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id),
  role text NOT NULL CHECK (role IN ('administrator','coordinator','caseworker','employer_contact','mentor','participant','guardian','evaluator','funder')),
  organisation_id uuid REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, user_id, role)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  email text NOT NULL,
  role text NOT NULL,
  organisation_id uuid REFERENCES organisations(id),
  invited_by uuid NOT NULL REFERENCES users(id),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_user_id uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invitations_pending_key ON invitations (programme_id, lower(email), role) WHERE accepted_at IS NULL;

-- Append-only. jobbro_app may insert and read within its tenant; only jobbro_system deletes,
-- and only through the retention job. A trigger refuses UPDATE from anyone.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_role text,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  subject_person_id uuid,
  programme_id uuid REFERENCES programmes(id) ON DELETE SET NULL,
  request_id text,
  ip text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_programme_at_idx ON audit_events (programme_id, at DESC);
CREATE INDEX audit_events_person_idx ON audit_events (subject_person_id) WHERE subject_person_id IS NOT NULL;
CREATE INDEX audit_events_at_idx ON audit_events (at);

CREATE FUNCTION jobbro_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION jobbro_audit_immutable();

-- ---------------------------------------------------------------------------------------------
-- Authentication state: only jobbro_system touches these.
CREATE TABLE sessions (
  id text PRIMARY KEY,              -- sha256 of the cookie token; the token itself is never stored
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  mfa_verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE one_time_tokens (
  token_hash text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('setup','password_reset')),
  user_id uuid REFERENCES users(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A fixed-window counter shared by every app server (so rate limits hold behind a load balancer).
CREATE TABLE rate_limits (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

-- ---------------------------------------------------------------------------------------------
-- Background jobs (see server/lib/jobs.ts). dedupe_key makes scheduled jobs run once per slot
-- even with several app servers.
CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  queue text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  dedupe_key text UNIQUE,
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  locked_until timestamptz,
  done_at timestamptz,
  failed_at timestamptz,
  last_error text,
  progress jsonb,
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_ready_idx ON jobs (queue, run_at) WHERE done_at IS NULL AND failed_at IS NULL;

-- ---------------------------------------------------------------------------------------------
-- Privileges.
GRANT SELECT ON organisations TO jobbro_app;
GRANT SELECT, INSERT, UPDATE ON organisations TO jobbro_system;
GRANT SELECT ON users TO jobbro_app;
GRANT SELECT, INSERT, UPDATE ON users TO jobbro_system;
GRANT UPDATE (locale, name, updated_at) ON users TO jobbro_app;

GRANT SELECT, INSERT, UPDATE, DELETE ON programmes, programme_partners, sites, memberships, invitations
  TO jobbro_app, jobbro_system;
GRANT SELECT, INSERT ON audit_events TO jobbro_app;
GRANT SELECT, INSERT, DELETE ON audit_events TO jobbro_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, one_time_tokens, rate_limits, jobs TO jobbro_system;
GRANT INSERT, SELECT ON jobs TO jobbro_app;

-- ---------------------------------------------------------------------------------------------
-- Row-level security: ENABLED and FORCED on every table with programme data.
ALTER TABLE programmes ENABLE ROW LEVEL SECURITY;
ALTER TABLE programmes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON programmes FOR SELECT TO jobbro_app
  USING (id = ANY (jobbro_tenant_programmes()) OR jobbro_is_platform_admin());
CREATE POLICY admin_insert ON programmes FOR INSERT TO jobbro_app
  WITH CHECK (jobbro_is_platform_admin());
CREATE POLICY tenant_update ON programmes FOR UPDATE TO jobbro_app
  USING (id = ANY (jobbro_tenant_programmes())) WITH CHECK (id = ANY (jobbro_tenant_programmes()));
CREATE POLICY tenant_delete ON programmes FOR DELETE TO jobbro_app
  USING (jobbro_is_platform_admin() AND id = ANY (jobbro_tenant_programmes()));
CREATE POLICY system_all ON programmes TO jobbro_system USING (true) WITH CHECK (true);

-- programme_partners, sites, memberships, invitations: the programme must be in the tenant set.
-- A platform admin creating a programme adds its first rows in the same transaction, after the
-- programme id has been added to the transaction's tenant set (see db/tenant.ts).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['programme_partners','sites','memberships','invitations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_all ON %I TO jobbro_app
      USING (programme_id = ANY (jobbro_tenant_programmes()))
      WITH CHECK (programme_id = ANY (jobbro_tenant_programmes()))', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO jobbro_system USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

-- A user may always see their own memberships (to build their tenant set at login).
CREATE POLICY own_read ON memberships FOR SELECT TO jobbro_app USING (user_id = jobbro_current_user());

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON audit_events FOR SELECT TO jobbro_app
  USING (programme_id = ANY (jobbro_tenant_programmes())
         OR (programme_id IS NULL AND jobbro_is_platform_admin()));
CREATE POLICY tenant_insert ON audit_events FOR INSERT TO jobbro_app
  WITH CHECK (programme_id IS NULL OR programme_id = ANY (jobbro_tenant_programmes()));
CREATE POLICY system_all ON audit_events TO jobbro_system USING (true) WITH CHECK (true);

-- Registry of tenant tables, read by the isolation test so a new table cannot forget RLS.
CREATE TABLE tenant_tables (table_name text PRIMARY KEY);
INSERT INTO tenant_tables VALUES
  ('programmes'), ('programme_partners'), ('sites'), ('memberships'), ('invitations'), ('audit_events');
GRANT SELECT ON tenant_tables TO jobbro_app, jobbro_system;
