import fc from 'fast-check';

/**
 * The OpenAPI spec the app serves, read as a list of operations, and a small mapper from each
 * operation's JSON schemas (generated from the zod schemas in `shared/schemas/`) to fast-check
 * arbitraries. Both attack files derive every request from here, so a new route is attacked the
 * day it is added.
 */

export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  default?: unknown;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  query: Array<{ name: string; required: boolean; schema: JsonSchema }>;
  body: JsonSchema | null;
}

interface SpecOperation {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

/** Every operation in the spec, in the spec's order. */
export function operations(spec: { paths: Record<string, Record<string, SpecOperation>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      out.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return out;
}

/** The path with its `{param}`s filled from `ids`, or null when one is missing. */
export function fillPath(path: string, ids: Record<string, string>): string | null {
  let missing = false;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (ids[name] === undefined) missing = true;
    return encodeSegment(ids[name] ?? '');
  });
  return missing ? null : url;
}

/** A path segment, percent-encoded; a lone surrogate (which has no UTF-8) goes as the bytes of one, as a hostile client would send it. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\uD800-\uDFFF]/g, '%ED%A0%80').replace(/[^%\w.~-]/g, (c) => encodeURIComponent(c));
  }
}

/** A query string from generated values (arrays repeat the key); empty when there is nothing to send. */
export function queryString(values: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? v : [v]) q.append(k, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  return q.size > 0 ? `?${q}` : '';
}

/**
 * Strings that broke, or could break, a layer below the schema: NUL (PostgreSQL text), lone
 * surrogates (jsonb in the audit), impossible and out-of-range dates, SQL and prototype keys, markup,
 * number-like and empty strings. The 1 MB string and deep JSON are whole-request cases in fuzz.test.ts.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '0000-01-01',
  '0000-01-01T00:00',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '-0001-01-01',
  '2026-W54',
  "' OR '1'='1",
  "'; DROP TABLE participants; --",
  '1; SELECT pg_sleep(0)',
  '\\',
  '%',
  '_',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '${7*7}',
  'NaN',
  '-1',
  '1e309',
  '',
  ' ',
  '\u202e',
  'Ærø Ø Å 🧑‍🍳',
];

/** Numbers a schema's bounds rarely meet. */
const HOSTILE_NUMBERS: readonly number[] = [0, -1, 0.5, -0.0, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER];

/** Hints for plausible values by property name (ids that exist, dates in range), used before the schema's type. */
export type Hints = (name: string, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;

const DATE = fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true });
const isoDate = DATE.map((d) => d.toISOString().slice(0, 10));

/** The schema's pattern as a RegExp, or null when JavaScript cannot read it (then any string is generated). */
function compile(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

function stringArbitrary(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 40));
  if (s.format === 'uuid') return fc.uuid({ version: 4 });
  if (s.format === 'date') return isoDate;
  if (s.format === 'date-time') return DATE.map((d) => d.toISOString());
  const re = s.pattern ? compile(s.pattern) : null;
  if (re) {
    // Date-shaped patterns allow any year; keep them in the years the input guard lets through.
    return fc
      .stringMatching(re)
      .map((v) => (/^\d{4}-\d/.test(v) ? `2026${v.slice(4)}` : v))
      .filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity) && re.test(v));
  }
  return fc.string({ minLength: Math.max(min, 1), maxLength: max, unit: 'grapheme' }).filter((v) => v.trim().length >= min);
}

function numberArbitrary(s: JsonSchema): fc.Arbitrary<number> {
  const exMin = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : s.exclusiveMinimum === true ? s.minimum : undefined;
  const exMax = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : s.exclusiveMaximum === true ? s.maximum : undefined;
  const min = exMin ?? s.minimum ?? -1000;
  const max = exMax ?? s.maximum ?? 1000;
  if (s.type === 'integer')
    return fc.integer({ min: Math.ceil(exMin !== undefined ? min + 1 : min), max: Math.floor(exMax !== undefined ? max - 1 : max) });
  return fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true, minExcluded: exMin !== undefined, maxExcluded: exMax !== undefined })
    .map((n) => Math.round(n * 100) / 100)
    .filter((n) => (exMin === undefined || n > exMin) && (exMax === undefined || n < exMax));
}

/**
 * A value the schema accepts (as far as JSON Schema can say; zod refinements such as "ends after it
 * starts" are not in the spec). With `hostile`, each leaf is sometimes replaced by a hostile string
 * or number, an object sometimes gains `__proto__`/`constructor` keys or loses a required one, and
 * an array sometimes overflows its maxItems.
 */
export function arbitraryFor(schema: JsonSchema, opts: { hints?: Hints; hostile?: boolean; name?: string } = {}): fc.Arbitrary<unknown> {
  const { hints, hostile = false, name = '' } = opts;
  const inner = (s: JsonSchema, n: string): fc.Arbitrary<unknown> => {
    const base = plain(s, n);
    const withNull = s.nullable ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
    if (!hostile) return withNull;
    return fc.oneof(
      { weight: 6, arbitrary: withNull },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS, true, null, [], {}) },
    );
  };
  const plain = (s: JsonSchema, n: string): fc.Arbitrary<unknown> => {
    const hinted = hints?.(n, s);
    if (hinted) return hinted;
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives?.length) return fc.oneof(...alternatives.map((a) => inner(a, n)));
    if (s.allOf?.length) return inner(s.allOf[0]!, n);
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    switch (s.type) {
      case 'string':
        return stringArbitrary(s);
      case 'integer':
      case 'number':
        return numberArbitrary(s);
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const min = s.minItems ?? 0;
        const max = Math.max(min, Math.min(s.maxItems ?? 3, 3));
        const items = fc.array(inner(s.items ?? {}, n), { minLength: min, maxLength: max });
        if (!hostile || s.maxItems === undefined || s.maxItems > 200) return items;
        return fc.oneof(
          { weight: 8, arbitrary: items },
          { weight: 1, arbitrary: fc.array(inner(s.items ?? {}, n), { minLength: s.maxItems + 1, maxLength: s.maxItems + 1 }) },
        );
      }
      case 'object':
      case undefined: {
        if (!s.properties) return s.type === 'object' ? fc.constant({}) : fc.oneof(fc.string(), fc.integer(), fc.boolean());
        const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, inner(v, k)]));
        const required = (s.required ?? []).filter((k) => k in props && s.properties![k]!.default === undefined);
        const record = fc.record(props, { requiredKeys: required });
        if (!hostile) return record;
        return fc.oneof(
          { weight: 8, arbitrary: record },
          { weight: 1, arbitrary: record.map(withPrototypeKeys) },
          { weight: 1, arbitrary: fc.tuple(record, fc.nat()).map(([r, i]) => dropKey(r as Record<string, unknown>, required, i)) },
        );
      }
      default:
        return fc.constant(null);
    }
  };
  return inner(schema, name);
}

/** The object with own `__proto__` and `constructor` keys, as a JSON body would carry them. */
function withPrototypeKeys(r: unknown): unknown {
  return JSON.parse(
    `{"__proto__":{"isPlatformAdmin":true,"polluted":1},"constructor":{"prototype":{"polluted":1}},${JSON.stringify(r).slice(1)}`.replace(
      /,}$/,
      '}',
    ),
  );
}

function dropKey(r: Record<string, unknown>, required: string[], i: number): Record<string, unknown> {
  if (required.length === 0) return r;
  const copy = { ...r };
  delete copy[required[i % required.length]!];
  return copy;
}

/** The query parameters as one object schema, so they generate like a body. */
export function querySchema(op: Operation): JsonSchema | null {
  if (op.query.length === 0) return null;
  return {
    type: 'object',
    properties: Object.fromEntries(op.query.map((q) => [q.name, q.schema])),
    required: op.query.filter((q) => q.required).map((q) => q.name),
  };
}

/** The documented error shape: `{ error: { code, message } }` (details optional), with a snake_case code. */
export function isErrorShape(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof parsed.error?.code === 'string' &&
      /^[a-z][a-z0-9_]*$/.test(parsed.error.code) &&
      typeof parsed.error.message === 'string' &&
      parsed.error.message.length > 0
    );
  } catch {
    return false;
  }
}

/**
 * One-leaf mutations of a value the route accepts: each string leaf in turn gets a NUL or a lone
 * surrogate appended, and each date-shaped leaf becomes year 0000 or 30 February. The rest of the
 * request stays valid, so the hostile leaf is what reaches the service and the database.
 */
export function mutations(value: unknown, max: number): Array<{ label: string; value: unknown }> {
  const leaves: Array<{ path: (string | number)[]; text: string }> = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') leaves.push({ path, text: v });
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(value, []);
  const variants = (text: string): Array<[string, string]> => {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(text);
    if (date)
      return [
        ['year 0000', `0000${text.slice(4)}`],
        ['30 February', `2026-02-30${text.slice(10)}`],
      ];
    if (/^\d{4}-(\d{2}|W\d{2})$/.test(text)) return [['year 0000', `0000${text.slice(4)}`]];
    return [
      ['NUL', `${text}\u0000`],
      ['lone surrogate', `${text}\uD800`],
    ];
  };
  const out: Array<{ label: string; value: unknown }> = [];
  for (let round = 0; round < 2 && out.length < max; round++) {
    for (const leaf of leaves) {
      const variant = variants(leaf.text)[round];
      if (!variant || out.length >= max) continue;
      out.push({ label: `${variant[0]} at ${leaf.path.join('.') || '(root)'}`, value: setAt(value, leaf.path, variant[1]) });
    }
  }
  return out;
}

function setAt(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, leaf);
  return copy;
}
