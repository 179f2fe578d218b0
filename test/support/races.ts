import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';

/**
 * Fires `n` requests at once (issue #17's race tests) and sorts the answers: `won` are the 200s,
 * `lost` the 409s. Each test asserts the counts itself, so a failure names the race it is about.
 */
export async function race(n: number, fire: (i: number) => Promise<LightMyRequestResponse>) {
  const responses = await Promise.all(Array.from({ length: n }, (_, i) => fire(i)));
  return {
    responses,
    won: responses.filter((r) => r.statusCode === 200),
    lost: responses.filter((r) => r.statusCode === 409),
  };
}

/** The audit rows of one action on one subject: a state change that took effect is audited exactly once. */
export function auditRows(t: TestApp, subjectType: string, subjectId: string, action: string) {
  return t.db
    .selectFrom('audit_events')
    .select('id')
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('action', '=', action)
    .execute();
}
