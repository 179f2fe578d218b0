import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.ts';

/**
 * A fixed-window counter in the database, so every app server behind a load balancer shares it.
 * Returns the hits in the current window (this one included) and when the window ends.
 */
export async function hit(trx: Tx, key: string, windowSeconds: number): Promise<{ hits: number; resetsInSeconds: number }> {
  const now = Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const { rows } = await sql<{ hits: number }>`
    INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
    RETURNING hits`.execute(trx);
  return { hits: rows[0]!.hits, resetsInSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000) };
}
