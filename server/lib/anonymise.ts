import type { Tx } from '../../db/tenant.ts';

/** What replaces free text that may not be empty (NOT NULL, or a CHECK on its length). */
export const ANONYMISED = 'Anonymiseret';

/**
 * What anonymisation does to one column: `marker` writes {@link ANONYMISED}; `empty` writes '' (or
 * an empty array or JSON array); `null` clears it; `month` cuts a date to the first of its month;
 * `delete` removes the row; `replaced` writes a fixed non-identifying value (e.g. `deleted-<id>`).
 */
export type Scrub = 'marker' | 'empty' | 'null' | 'month' | 'delete' | 'replaced';

/** table → column → value. */
export type ColumnMap<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

/** The person being anonymised, and the participant field groups a legal hold keeps ('name', 'contact', 'cpr'). */
export interface AnonymiseSubject {
  programmeId: string;
  participantId: string;
  keep: ReadonlySet<string>;
}

/**
 * One module's part of anonymising a participant (GDPR art. 17 or the retention job). Each module
 * scrubs the tables it owns, through its own repository, inside the caller's transaction; the
 * `gdpr` module runs every contribution in order. The rules are data so a test can check that every
 * text column of a table with personal data is either scrubbed or declared not personal: a new
 * column cannot slip through anonymisation unnoticed.
 */
export interface AnonymiseContribution {
  /** The module that owns the tables named below. */
  module: string;
  /** What `run` does to each column it scrubs. Keep it in step with `run`. */
  scrubs: ColumnMap<Scrub>;
  /** Text columns that stay, each with why they are not personal data (codes, hashes, amounts). */
  notPersonal: ColumnMap<string>;
  run?(trx: Tx, subject: AnonymiseSubject): Promise<void>;
}
