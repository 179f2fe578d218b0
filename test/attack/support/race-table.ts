import fs from 'node:fs';
import path from 'node:path';
import type { TestApp, TestClient } from '../../support/app.ts';
import { ROOT } from '../../support/process.ts';
import type { World } from '../../../server/modules/placements/fixtures.ts';
import type { RaceRequest } from './race-servers.ts';

/** What a transition's set-up hands the race: a fresh subject, N conflicting requests, and how to judge the outcome. */
export interface Prepared {
  requests: RaceRequest[];
  /** The audit rows that count as "this transition took effect": one per 2xx. */
  audit: { subjectType: string; action: string; subjectId?: string };
  /** The state as stored after the race… */
  stored: () => Promise<unknown>;
  /** …must equal what the winner's body said (given its body and its index in `requests`). */
  claimed: (body: any, index: number) => unknown;
}

export interface RaceContext {
  t: TestApp;
  w: World;
  n: number;
}

/**
 * One state transition of the product. Adding one to the race suite is adding one of these to a
 * table: the suite fires the requests at once, split over two servers, and checks exactly one 2xx,
 * every other a documented 409, the stored state equal to the winner's answer, and the audit rows
 * equal to the 2xx count.
 */
export interface Transition {
  name: string;
  /** Where it lives (`server/modules/<m>/…`), so a failure names the code to look at. */
  module: string;
  prepare(ctx: RaceContext): Promise<Prepared>;
  /**
   * A loser's answer other than 409 that the contract documents for a late request, e.g. an
   * invitation link that was used is `404 invitation_invalid` whether it lost a race or came a day later.
   */
  alsoLoses?: Array<{ status: number; code: string }>;
}

/** Builds N requests of one client, the i-th from `build(i)`. */
export function burst(
  client: TestClient,
  n: number,
  build: (i: number) => { method?: RaceRequest['method']; url: string; body?: unknown },
): RaceRequest[] {
  return Array.from({ length: n }, (_, i) => {
    const r = build(i);
    // A POST without a body still sends {} (the JSON endpoints read one); a DELETE sends none when told so.
    return { client, method: r.method ?? 'POST', url: r.url, body: 'body' in r ? r.body : {} };
  });
}

let documented: Set<string> | undefined;

/** The error codes documented in the table at the top of server/http/errors.ts (the API contract). */
export function documentedCodes(): Set<string> {
  if (documented) return documented;
  const source = fs.readFileSync(path.join(ROOT, 'server/http/errors.ts'), 'utf8');
  documented = new Set([...source.matchAll(/^ \* \| ([a-z_]+)\s+\| \d{3} /gm)].map((m) => m[1]!));
  return documented;
}

/** Whether a body has the documented error shape `{ error: { code, message, details? } }` with a documented code. */
export function hasErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
  const keys = Object.keys(error).filter((k) => !['code', 'message', 'details'].includes(k));
  return (
    typeof code === 'string' &&
    documentedCodes().has(code) &&
    typeof message === 'string' &&
    message.length > 0 &&
    (details === undefined || (typeof details === 'object' && details !== null)) &&
    keys.length === 0
  );
}
