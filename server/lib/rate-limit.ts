import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.ts';

/** One counted attempt: enough to hand it back with release(). */
export interface Slot {
  key: string;
  windowStart: Date;
  hits: number;
  resetsInSeconds: number;
}

/**
 * A fixed-window counter in the database, so every app server behind a load balancer shares it.
 * Returns the hits in the current window (this one included) and when the window ends.
 */
export async function hit(trx: Tx, key: string, windowSeconds: number): Promise<Slot> {
  const now = Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const { rows } = await sql<{ hits: number }>`
    INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
    RETURNING hits`.execute(trx);
  return { key, windowStart, hits: rows[0]!.hits, resetsInSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000) };
}

/**
 * Hands back an attempt that succeeded, so a limit counts failures only (a youth club behind one
 * address may log in all afternoon). Attempts take their slot before they are checked and give it
 * back afterwards, rather than being counted only once they failed, so parallel guesses cannot all
 * pass a limit that none of them has reached yet.
 */
export async function release(trx: Tx, slot: Slot): Promise<void> {
  await sql`
    UPDATE rate_limits SET hits = greatest(hits - 1, 0)
    WHERE key = ${slot.key} AND window_start = ${slot.windowStart}`.execute(trx);
}
