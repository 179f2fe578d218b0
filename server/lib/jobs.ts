import { sql, type Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { DB } from '../../db/schema.ts';
import { asSystem, type Tx } from '../../db/tenant.ts';

/**
 * Background jobs in a PostgreSQL table, claimed with FOR UPDATE SKIP LOCKED. We use this rather
 * than pg-boss because pg-boss needs its own `pg` connections and cannot run on embedded PGlite;
 * this runs identically on both (see docs/architecture.md).
 */
export type JobHandler = (
  payload: Record<string, unknown>,
  job: { id: string; attempts: number },
) => Promise<Record<string, unknown> | void>;

export interface Schedule {
  name: string;
  queue: string;
  /** The slot length; one job per slot is created, however many servers run. */
  everyMinutes: number;
  payload?: Record<string, unknown>;
}

/** Enqueues inside the caller's transaction, so a job exists exactly when its cause committed. */
export async function enqueue(
  trx: Tx,
  queue: string,
  payload: Record<string, unknown>,
  options: { runAt?: Date; dedupeKey?: string; maxAttempts?: number } = {},
): Promise<void> {
  await trx
    .insertInto('jobs')
    .values({
      queue,
      payload: JSON.stringify(payload),
      run_at: options.runAt ?? new Date(),
      dedupe_key: options.dedupeKey ?? null,
      max_attempts: options.maxAttempts ?? 5,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Queues a job whose id the caller hands out (a report the UI polls): no de-duplication, so always a new row. */
export async function enqueueWithId(
  trx: Tx,
  queue: string,
  payload: Record<string, unknown>,
  options: { maxAttempts?: number } = {},
): Promise<string> {
  const row = await trx
    .insertInto('jobs')
    .values({ queue, payload: JSON.stringify(payload), max_attempts: options.maxAttempts ?? 5 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/** Progress of a running job, for a UI that polls it (the job runs as the system role). */
export async function setJobProgress(trx: Tx, jobId: string, progress: Record<string, unknown>): Promise<void> {
  await sql`UPDATE jobs SET progress = ${JSON.stringify(progress)}::jsonb WHERE id = ${jobId}::bigint`.execute(trx);
}

/** Finished jobs are kept a month for diagnosis, then the nightly clean-up drops them. */
export function deleteFinishedJobs(trx: Tx) {
  return trx
    .deleteFrom('jobs')
    .where('done_at', '<', sql<Date>`now() - interval '30 days'`)
    .execute();
}

export class JobRunner {
  #db: Kysely<DB>;
  #log: FastifyBaseLogger;
  #handlers = new Map<string, { run: JobHandler; scrubPayload: boolean }>();
  #schedules: Schedule[] = [];
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  #pollMs: number;
  #again = false;
  #scheduledAt = 0;

  constructor(db: Kysely<DB>, log: FastifyBaseLogger, pollMs: number) {
    this.#db = db;
    this.#log = log;
    this.#pollMs = pollMs;
  }

  /**
   * `scrubPayload` empties the payload once the job is finished (done or finally failed): mail
   * jobs carry links with bearer tokens that must not outlive their delivery.
   */
  handle(queue: string, run: JobHandler, options: { scrubPayload?: boolean } = {}): this {
    this.#handlers.set(queue, { run, scrubPayload: options.scrubPayload ?? false });
    return this;
  }

  schedule(schedule: Schedule): this {
    this.#schedules.push(schedule);
    return this;
  }

  start(): void {
    this.#stopped = false;
    this.kick();
  }

  /** Runs the loop now instead of at the next poll (called after a request enqueued work). */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#tick()
      .catch((err) => this.#log.error({ err }, 'job loop failed'))
      .finally(() => {
        this.#running = undefined;
        if (this.#stopped) return;
        if (this.#again) {
          this.#again = false;
          this.kick();
        } else {
          this.#timer = setTimeout(() => this.kick(), this.#pollMs);
        }
      });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  /** Processes every due job; used by tests and by the loop. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.#runOne()) n++;
    return n;
  }

  async #tick(): Promise<void> {
    await this.#enqueueSchedules();
    while (!this.#stopped && (await this.#runOne()));
  }

  /** At most once a minute: the slots are minutes long or more, so polling faster adds nothing. */
  async #enqueueSchedules(): Promise<void> {
    const now = Date.now();
    if (this.#schedules.length === 0 || now - this.#scheduledAt < 60_000) return;
    this.#scheduledAt = now;
    await asSystem(this.#db, async (trx) => {
      for (const s of this.#schedules) {
        const slot = Math.floor(now / (s.everyMinutes * 60_000));
        await enqueue(trx, s.queue, s.payload ?? {}, { dedupeKey: `schedule:${s.name}:${slot}`, maxAttempts: 3 });
      }
    });
  }

  async #runOne(): Promise<boolean> {
    const queues = [...this.#handlers.keys()];
    if (queues.length === 0) return false;
    const job = await asSystem(this.#db, async (trx) => {
      const rows = await sql<{ id: string; queue: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>`
        UPDATE jobs SET locked_until = now() + interval '5 minutes', attempts = attempts + 1
        WHERE id = (
          SELECT id FROM jobs
          WHERE queue = ANY(${queues}::text[]) AND done_at IS NULL AND failed_at IS NULL
            AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
          ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, payload, attempts, max_attempts`.execute(trx);
      return rows.rows[0];
    });
    if (!job) return false;
    const handler = this.#handlers.get(job.queue)!;
    const scrub = handler.scrubPayload ? { payload: '{}' } : {};
    try {
      const result = await handler.run(job.payload, { id: job.id, attempts: job.attempts });
      await asSystem(this.#db, (trx) =>
        trx
          .updateTable('jobs')
          .set({ done_at: new Date(), locked_until: null, result: result ? JSON.stringify(result) : null, ...scrub })
          .where('id', '=', Number(job.id))
          .execute(),
      );
    } catch (err) {
      const final = job.attempts >= job.max_attempts;
      this.#log.warn({ err, jobId: job.id, queue: job.queue, attempts: job.attempts, final }, 'job failed');
      const backoffSeconds = Math.min(3600, 5 * 2 ** job.attempts);
      await asSystem(this.#db, (trx) =>
        trx
          .updateTable('jobs')
          .set({
            locked_until: null,
            last_error: String((err as Error)?.message ?? err).slice(0, 500),
            ...(final ? { failed_at: new Date(), ...scrub } : { run_at: new Date(Date.now() + backoffSeconds * 1000) }),
          })
          .where('id', '=', Number(job.id))
          .execute(),
      );
    }
    return true;
  }
}
