-- Login throttling with exponential back-off (server/modules/auth/throttle.ts). Failed password
-- checks are counted per (login, source address) pair and per login across all sources (source '*').
-- Rows are keyed by the SHA-256 of the login as typed, whether or not an account has it, so a lock
-- answers alike for real and unknown addresses; they replace the per-user counter in `users`, which
-- let anyone lock anyone and told which accounts exist. Only jobbro_system touches the table.
CREATE TABLE login_failures (
  login_hash text NOT NULL,
  source text NOT NULL,
  failures integer NOT NULL,
  last_failed_at timestamptz NOT NULL,
  locked_until timestamptz,
  PRIMARY KEY (login_hash, source)
);
CREATE INDEX login_failures_last_failed_idx ON login_failures (last_failed_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON login_failures TO jobbro_system;

ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;
