-- Social return (SROI) parameter sets and evaluation export keys.
-- Runs on PostgreSQL 15+ and on PGlite (PostgreSQL 18). No extensions.
-- The calculator is pure (shared/domain/sroi/); these tables only keep its versioned inputs, and the
-- keys that make the pseudonyms of the evaluation dataset (shared/domain/evaluation/).

-- ---------------------------------------------------------------------------------------------
-- A named parameter set per programme. Its values live in versions: saving never overwrites.
CREATE TABLE sroi_parameter_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  UNIQUE (programme_id, name)
);

-- One saved state of a parameter set: who, when and why. Append-only for jobbro_app (no UPDATE or
-- DELETE granted), so a result can always be traced back to the exact values behind it.
CREATE TABLE sroi_parameter_set_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  parameter_set_id uuid NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  -- The shape is shared/schemas/social-return.ts (sroiParameters), validated before insert.
  parameters jsonb NOT NULL,
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (parameter_set_id, version),
  FOREIGN KEY (programme_id, parameter_set_id) REFERENCES sroi_parameter_sets (programme_id, id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------------------------------------
-- A named key for pseudonymised evaluation exports. The secret (32 random bytes, AES-256-GCM
-- sealed with ENCRYPTION_KEY) makes the pseudonyms: same key, same pseudonym; another key,
-- unlinkable. It is never returned by the API.
CREATE TABLE evaluation_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  secret_enc text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, id),
  UNIQUE (programme_id, name)
);

-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT ON sroi_parameter_sets, sroi_parameter_set_versions, evaluation_keys TO jobbro_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sroi_parameter_sets, sroi_parameter_set_versions, evaluation_keys TO jobbro_system;

CALL jobbro_make_tenant_table('sroi_parameter_sets');
CALL jobbro_make_tenant_table('sroi_parameter_set_versions');
CALL jobbro_make_tenant_table('evaluation_keys');
