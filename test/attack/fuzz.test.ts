import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalAccount } from '../../server/modules/placements/fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../support/app.ts';
import {
  arbitraryFor,
  fillPath,
  HOSTILE_STRINGS,
  isErrorShape,
  mutations,
  operations,
  querySchema,
  queryString,
  type Operation,
} from './support/spec-schema.ts';
import { plausible, victimWorld, type Caller, type VictimWorld } from './support/spec-world.ts';

/**
 * Issue #17, fuzz: every operation in the OpenAPI spec gets RUNS requests generated from its own
 * JSON schemas (the zod schemas of shared/schemas/, as the spec publishes them) with hostile leaves
 * mixed in, plus fixed whole-request attacks: deep JSON, prototype keys, a 1 MB string, an
 * over-long body, unparsable JSON, hostile path ids. Each is sent as the first caller the route
 * does not refuse (an administrator of the programme first), with the programme's real ids in the
 * path, so the body reaches the service. Any 5xx fails, and so does any error body outside
 * `{ error: { code, message } }`. Seeds are fixed, so a failure replays.
 */

const RUNS = 10;
const CONCURRENCY = 6;
/** One-leaf mutations per route, of the body and of the query each. */
const MUTATIONS = 6;
const SEED = 1717;
/** Routes run last, in this order: they end the session or remove the rows the other routes use. */
const LAST = [/\/anonymise$/, /\/merge$/, /\/retention\/run$/, /^DELETE /, /\/auth\/logout$/];

let t: TestApp;
let v: VictimWorld;
let callers: Caller[];
let ops: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  v = await victimWorld(t);
  const platformAdmin = await t.createUser({ platformAdmin: true });
  const evaluator = await t.member(v.w.p, 'evaluator');
  const own = await portalAccount(t, v.w.p, { participantId: v.victim.id });
  callers = [
    { label: 'administrator', client: v.admin.client },
    { label: 'platform administrator', client: await t.loginAs(platformAdmin.id) },
    { label: 'employer contact', client: v.w.contact.client },
    { label: 'mentor', client: v.mentoring.user!.client },
    { label: 'participant', client: own.client },
    { label: 'evaluator', client: evaluator.client },
  ];
  const rank = (op: Operation) => {
    const i = LAST.findIndex((re) => re.test(`${op.method} ${op.path}`));
    return i === -1 ? -1 : i;
  };
  ops = operations(t.app.swagger() as Parameters<typeof operations>[0]).sort((a, b) => rank(a) - rank(b));
}, 120_000);
afterAll(() => t?.close());

interface Attack {
  label: string;
  url: string;
  body?: unknown;
  raw?: string;
}

function send(client: TestClient, method: Operation['method'], a: Attack): Promise<LightMyRequestResponse> {
  if (a.raw === undefined) return client.request(method, a.url, a.body);
  // TestClient serialises objects; a raw body (deep, with prototype keys, broken) goes to inject with the client's cookies.
  return t.app.inject({
    method,
    url: a.url,
    payload: a.raw,
    headers: {
      'content-type': 'application/json',
      origin: 'http://localhost:3000',
      cookie: [...client.cookies].map(([k, val]) => `${k}=${val}`).join('; '),
    },
  });
}

const SCHEMA_CODES = ['validation_failed', 'input_not_storable', 'bad_request', 'payload_too_large', 'uri_too_long'];
function refusedBySchema(res: LightMyRequestResponse): boolean {
  if (res.statusCode < 400) return false;
  try {
    return SCHEMA_CODES.includes(res.json().error?.code);
  } catch {
    return false;
  }
}

interface Plausible {
  body: unknown;
  query: Record<string, unknown>;
}

/** Three schema-valid requests with the victim world's ids, from the fixed seed: the base the mutations start from. */
function plausibleRequests(op: Operation): Plausible[] {
  const hints = plausible(v.ids);
  const q = querySchema(op);
  const bodies = op.body ? fc.sample(arbitraryFor(op.body, { hints }), { seed: SEED, numRuns: 3 }) : [undefined, undefined, undefined];
  const queries = q ? fc.sample(arbitraryFor(q, { hints }), { seed: SEED, numRuns: 3 }) : [{}, {}, {}];
  return bodies.map((body, i) => ({ body, query: (queries[i] ?? {}) as Record<string, unknown> }));
}

/** The generated and fixed attacks on one operation, and one-leaf mutations of a request it accepts. */
function attacks(op: Operation, url: string, base: Plausible): Attack[] {
  const hints = plausible(v.ids);
  const q = querySchema(op);
  const arb = fc.record({
    body: op.body ? arbitraryFor(op.body, { hints, hostile: true }) : fc.constant(undefined),
    query: q ? arbitraryFor(q, { hints, hostile: true }) : fc.constant({}),
    // Now and then one path id is hostile instead of real.
    path: fc.oneof(
      { weight: 8, arbitrary: fc.constant(url) },
      {
        weight: op.pathParams.length > 0 ? 1 : 0,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...(op.pathParams.length ? op.pathParams : ['x'])),
            fc.constantFrom(...HOSTILE_STRINGS, '../..', 'x'.repeat(120)),
          )
          .map(([param, value]) => fillPath(op.path, { ...v.ids, [param]: value }) ?? url),
      },
    ),
  });
  const out: Attack[] = fc
    .sample(arb, { seed: SEED, numRuns: RUNS })
    .map((s, i) => ({ label: `run ${i}`, url: `${s.path}${queryString(s.query as Record<string, unknown>)}`, body: s.body }));
  for (const m of mutations(base.body, MUTATIONS)) out.push({ label: m.label, url: `${url}${queryString(base.query)}`, body: m.value });
  for (const m of mutations(base.query, MUTATIONS))
    out.push({ label: `query ${m.label}`, url: `${url}${queryString(m.value as Record<string, unknown>)}`, body: base.body });
  if (op.body) {
    const valid = base.body as Record<string, unknown>;
    const firstString = Object.entries(op.body.properties ?? {}).find(([, s]) => s.type === 'string')?.[0];
    out.push(
      { label: 'deep JSON', url, raw: `${'['.repeat(20_000)}${']'.repeat(20_000)}` },
      { label: 'deep object', url, raw: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}` },
      {
        label: '__proto__ key',
        url,
        raw: `{"__proto__":{"isPlatformAdmin":true},${JSON.stringify(valid ?? {}).slice(1)}`.replace(',}', '}'),
      },
      { label: 'constructor.prototype', url, raw: `{"constructor":{"prototype":{"isPlatformAdmin":true}}}` },
      { label: '1 MB string', url, body: firstString ? { ...valid, [firstString]: 'x'.repeat(1_000_000) } : 'x'.repeat(1_000_000) },
      { label: 'over 1 MiB', url, raw: JSON.stringify({ pad: 'x'.repeat(1_100_000) }) },
      { label: 'unparsable JSON', url, raw: '{"a":' },
    );
  }
  if (op.query.length > 0) {
    out.push({
      label: 'NUL in every query parameter',
      url: `${url}${queryString(Object.fromEntries(op.query.map((p) => [p.name, '\u0000'])))}`,
    });
    out.push({
      label: 'repeated query parameters',
      url: `${url}${queryString(Object.fromEntries(op.query.map((p) => [p.name, ['1', '2']])))}`,
    });
  }
  return out;
}

async function inParallel<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

describe('fuzz, generated from the OpenAPI spec', () => {
  it('answers every generated and hostile request without a 5xx, and every error in the documented shape', async () => {
    const failures: string[] = [];
    const reachedService = new Set<string>();
    let cases = 0;
    const check = (route: string, label: string, res: LightMyRequestResponse) => {
      cases++;
      const where = `${route} [${label}] ${res.statusCode}`;
      if (res.statusCode >= 500) failures.push(`${where}: ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400 && !isErrorShape(res.body)) failures.push(`${where}: not the error shape: ${res.body.slice(0, 200)}`);
      if (!refusedBySchema(res)) reachedService.add(route);
    };
    for (const op of ops) {
      const route = `${op.method} ${op.path}`;
      const url = fillPath(op.path, v.ids);
      expect(url, `${route}: a path id the victim world cannot fill`).not.toBeNull();
      const bases = plausibleRequests(op);
      const asAttack = (p: Plausible, i: number): Attack => ({
        label: `plausible ${i}`,
        url: `${url}${queryString(p.query)}`,
        body: p.body,
      });
      // The first caller the route does not refuse, asked with a plausible request.
      let client = callers[0]!.client;
      for (const c of callers) {
        const res = await send(c.client, op.method, asAttack(bases[0]!, 0));
        if (res.statusCode !== 401 && res.statusCode !== 403) {
          client = c.client;
          break;
        }
      }
      // The first plausible request the schema accepts is the base of the one-leaf mutations.
      let base = bases[0]!;
      for (const [i, p] of bases.entries()) {
        const res = await send(client, op.method, asAttack(p, i));
        check(route, `plausible ${i}`, res);
        if (!refusedBySchema(res)) {
          base = p;
          break;
        }
      }
      const all = attacks(op, url!, base);
      // A route's cases in parallel (the database, not the CPU, is what a request mostly waits on); routes in turn.
      await inParallel(all, CONCURRENCY, async (a) => check(route, a.label, await send(client, op.method, a)));
    }
    console.log(
      `attack/fuzz: ${ops.length} routes, ${cases} fuzz cases (${RUNS} generated per route, up to ${MUTATIONS} one-leaf mutations of body and query each, fixed hostile bodies and queries), ` +
        `${reachedService.size} routes answered past the schema, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
