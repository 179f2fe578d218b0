import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { arbitraryFor, fillPath, querySchema, queryString, operations, type Operation } from './support/spec-schema.ts';
import {
  attackers,
  PERSON_MARKERS,
  plausible,
  TENANT_MARKERS,
  victimWorld,
  type Caller,
  type Ids,
  type VictimWorld,
} from './support/spec-world.ts';

/**
 * Issue #17, isolation: every route of the OpenAPI spec with a path id is asked for the victim's
 * rows by everyone who must not see them: staff of another programme (with the victim's
 * programme id, and with their own programme id around the victim's child ids) and each role below
 * coordinator inside the victim's programme. A 2xx that carries the victim's markers or ids is a
 * leak; a 2xx to a stranger's state change is a write into another tenant. Routes come from the
 * spec, so a new route is attacked without a new test; a new kind of path id needs a row in the
 * victim's world (spec-world.ts) or an entry here.
 */

/** Routes with a path id that anyone may read, and why. */
const PUBLIC: Record<string, string> = {
  'GET /api/postal-codes/{code}': 'the shipped table of Danish postal codes: public reference data, no tenant',
};

/**
 * 2xx answers to lower roles of the victim's programme that are theirs by the permission matrix
 * (shared/domain/access/permissions.ts) and name no one: the marker check still runs on them.
 */
const ROLE_WRITES: Record<string, string> = {
  'POST /api/programmes/{programmeId}/reports/funder': 'funders may start the aggregate funder report (report.generate)',
  'POST /api/programmes/{programmeId}/social-return/calculate':
    'a calculation stores nothing; funders and evaluators may run it (sroi.read)',
};

const SEED = 17;
let t: TestApp;
let v: VictimWorld;
let strangers: Caller[];
let lower: Caller[];
let strangerProgrammeId: string;
let ops: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  v = await victimWorld(t);
  ({ strangers, lower, strangerProgrammeId } = await attackers(t, v));
  ops = operations(t.app.swagger() as Parameters<typeof operations>[0]).filter((op) => op.pathParams.length > 0);
}, 120_000);
afterAll(() => t?.close());

/** Up to three schema-valid bodies/queries for the operation, from a fixed seed. */
function candidates(op: Operation, ids: Ids): Array<{ body: unknown; query: string }> {
  const body = op.body ? fc.sample(arbitraryFor(op.body, { hints: plausible(ids) }), { seed: SEED, numRuns: 3 }) : [undefined];
  const q = querySchema(op);
  const queries = q ? fc.sample(arbitraryFor(q, { hints: plausible(ids) }), { seed: SEED, numRuns: 3 }) : [{}];
  return body.map((b, i) => ({ body: b, query: queryString((queries[i] ?? {}) as Record<string, unknown>) }));
}

const refusedBySchema = (res: LightMyRequestResponse) =>
  res.statusCode === 400 && ['validation_failed', 'input_not_storable', 'bad_request'].includes(res.json().error?.code);

interface Finding {
  route: string;
  caller: string;
  status: number;
  why: string;
}

describe('isolation, generated from the OpenAPI spec', () => {
  it('no caller gets another tenant’s or another person’s data, nor writes into another tenant', async () => {
    const findings: Finding[] = [];
    const unfilled: string[] = [];
    let requests = 0;
    let attempted = 0;
    let reached = 0;
    const unreached = new Set<string>();
    const covered = new Set<string>();
    const victimIds = Object.entries(v.ids)
      .filter(([k, id]) => k !== 'municipalityCode' && k !== 'code' && k !== 'day' && k !== 'week' && k !== 'jobId' && id.length >= 32)
      .map(([, id]) => id);
    const personMarkers = Object.values(PERSON_MARKERS);
    const tenantMarkers = [...personMarkers, ...Object.values(TENANT_MARKERS), ...victimIds];
    const order = { GET: 0, PUT: 1, PATCH: 1, POST: 1, DELETE: 2 } as const;
    const sorted = [...ops].sort((a, b) => order[a.method] - order[b.method]);

    for (const op of sorted) {
      const route = `${op.method} ${op.path}`;
      if (PUBLIC[route]) continue;
      const url = fillPath(op.path, v.ids);
      if (!url) {
        unfilled.push(route);
        continue;
      }
      covered.add(route);
      const tries = candidates(op, v.ids);
      // With their own programme id around the victim's row ids (not around codes, days or weeks, which are no one's).
      const rowIds = op.pathParams.filter((p) => p !== 'programmeId' && victimIds.includes(v.ids[p]!));
      const strangerUrl =
        op.pathParams.includes('programmeId') && rowIds.length > 0
          ? fillPath(op.path, { ...v.ids, programmeId: strangerProgrammeId })
          : null;
      const attempts: Array<{ caller: Caller; url: string; stranger: boolean }> = [
        ...strangers.map((caller) => ({ caller, url, stranger: true })),
        ...(strangerUrl ? [{ caller: strangers[0]!, url: strangerUrl, stranger: true }] : []),
        ...lower.map((caller) => ({ caller, url, stranger: false })),
      ];
      // A route's callers at once, routes in turn: reads first, then writes, deletes last, so a delete cannot hide a later route's row.
      const answers = await Promise.all(
        attempts.map(async (a) => {
          for (const c of tries) {
            const res = await a.caller.client.request(op.method, `${a.url}${c.query}`, c.body);
            requests++;
            if (!refusedBySchema(res)) return res;
          }
          return null;
        }),
      );
      attempts.forEach((a, i) => {
        const res = answers[i];
        if (!res) {
          unreached.add(route);
          return;
        }
        reached++;
        if (res.statusCode < 200 || res.statusCode >= 300) return;
        const markers = a.stranger ? tenantMarkers : personMarkers;
        const hit = markers.find((m) => res.body.includes(m));
        const caller = `${a.caller.label}${a.url === url ? '' : ' (own programme id)'}`;
        const finding = (why: string) => findings.push({ route, caller, status: res.statusCode, why });
        if (hit) finding(`response holds the victim's "${hit}"`);
        else if (op.method !== 'GET' && a.stranger) finding('state change accepted across tenants');
        else if (op.method !== 'GET' && !ROLE_WRITES[route]) finding('state change accepted from a lower role');
      });
      attempted += attempts.length;
    }

    console.log(
      `attack/isolation: ${covered.size} routes with a path id covered (${Object.keys(PUBLIC).length} public), ` +
        `${strangers.length + lower.length} callers, ${requests} requests sent, ${reached} of ${attempted} attempts reached the access check ` +
        `(schema-refused on: ${[...unreached].join(', ') || 'none'}), ${findings.length} findings`,
    );
    expect(unfilled, 'path ids the victim world cannot fill: seed the row in spec-world.ts').toEqual([]);
    expect(covered.size).toBeGreaterThan(80);
    expect(reached / attempted, 'most requests must get past the schema to the access check').toBeGreaterThan(0.9);
    expect(findings).toEqual([]);
  }, 240_000);
});
