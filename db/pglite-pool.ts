import type { PGlite } from '@electric-sql/pglite';

/**
 * A pg-Pool look-alike over one PGlite instance, so Kysely's own PostgresDialect drives both
 * drivers and there is one SQL code path. PGlite has a single connection: `connect()` hands it
 * out one holder at a time, which serialises transactions exactly as a one-connection pool would.
 */
export class PGlitePool {
  #queue: Array<() => void> = [];
  #busy = false;
  #client: PGliteClient;

  constructor(db: PGlite) {
    this.#client = new PGliteClient(db, () => this.#release());
  }

  /** Kysely keys its connection wrappers by client object, so the one client is reused. */
  async connect(): Promise<PGliteClient> {
    if (this.#busy) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#busy = true;
    return this.#client;
  }

  #release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#busy = false;
  }

  async end(): Promise<void> {
    // The owner of the PGlite instance closes it (see db/database.ts).
  }
}

const COMMAND = /^\s*(?:--[^\n]*\n\s*)*(\w+)/;

class PGliteClient {
  #db: PGlite;
  #release: () => void;

  constructor(db: PGlite, release: () => void) {
    this.#db = db;
    this.#release = release;
  }

  /**
   * Parameterless SQL goes through `exec` (the simple protocol), as `pg` does, so a migration file
   * with many statements runs the same way on both drivers.
   */
  async query(sql: string, parameters: readonly unknown[] = []) {
    const command = COMMAND.exec(sql)?.[1]?.toUpperCase();
    if (parameters.length === 0) {
      const results = await this.#db.exec(sql);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0, command };
    }
    const result = await this.#db.query(sql, parameters as unknown[]);
    return { rows: result.rows, rowCount: result.affectedRows ?? 0, command };
  }

  release(): void {
    this.#release();
  }
}
