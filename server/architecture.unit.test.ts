import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The module boundaries, checked from the source itself (pure: reads files, runs nothing).
 *
 * - Each folder in server/modules/ is a module with a public face, `index.ts`, whose JSDoc header
 *   says what the module owns. Code outside a module imports only that face. Tests and fixtures may
 *   also import another module's `fixtures.ts` (the test face).
 * - The modules' production imports form no cycle: a lower module never needs a higher one.
 * - Each table has one owning module (TABLE_OWNERS), and only the owner writes it; others call the
 *   owner's function through its face. WRITE_EXCEPTIONS lists the writes still to be moved.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (abs: string) => path.relative(ROOT, abs).split(path.sep).join('/');

/** Which module owns (writes) each table. `lib` = server/lib infrastructure, `db` = migrations and triggers only. */
export const TABLE_OWNERS: Record<string, string> = {
  activities: 'activities',
  activity_attendance: 'activities',
  activity_participants: 'activities',
  activity_sessions: 'activities',
  audit_events: 'audit',
  login_failures: 'auth',
  one_time_tokens: 'auth',
  rate_limits: 'auth',
  sessions: 'auth',
  users: 'auth',
  companies: 'companies',
  company_commitments: 'companies',
  company_notes: 'companies',
  consents: 'consents',
  evaluation_keys: 'evaluation',
  guardian_job_notices: 'guardians',
  guardians: 'guardians',
  invitations: 'invitations',
  jobs: 'lib',
  match_adjustments: 'matching',
  match_preferences: 'matching',
  match_rounds: 'matching',
  match_weight_sets: 'matching',
  notification_preferences: 'notifications',
  notifications: 'notifications',
  opening_status_changes: 'openings',
  openings: 'openings',
  organisations: 'organisations',
  outcome_targets: 'outcomes',
  ladder_events: 'people',
  participant_status_changes: 'people',
  participants: 'people',
  work_areas: 'people',
  mentor_hours: 'placements',
  placement_events: 'placements',
  placement_follow_ups: 'placements',
  placements: 'placements',
  portal_codes: 'portal',
  memberships: 'programmes',
  programme_partners: 'programmes',
  programmes: 'programmes',
  sites: 'programmes',
  rule_exceptions: 'shifts',
  school_calendars: 'shifts',
  shifts: 'shifts',
  sroi_parameter_set_versions: 'social-return',
  sroi_parameter_sets: 'social-return',
  support_request_notes: 'support-requests',
  support_requests: 'support-requests',
  next_steps: 'talks',
  talks: 'talks',
  mentors: 'workplaces',
  workplaces: 'workplaces',
  programme_data_versions: 'db',
  tenant_tables: 'db',
};

/**
 * Writes by a module other than the owner that are still to be moved behind the owner's face, as
 * `module:table`. It is empty and stays so: anonymisation is one contribution per module
 * (server/lib/anonymise.ts). `jobs` rows are the job runner's (server/lib/jobs.ts).
 */
const WRITE_EXCEPTIONS = new Set<string>([]);

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const files = walk(path.join(ROOT, 'server')).map((abs) => ({ abs, file: rel(abs), src: fs.readFileSync(abs, 'utf8') }));
const moduleOf = (file: string) => /^server\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
const isTestSide = (file: string) => file.endsWith('.test.ts') || file.endsWith('/fixtures.ts');
const modules = fs
  .readdirSync(path.join(ROOT, 'server/modules'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Every relative import or re-export (static or dynamic), resolved to a path from the repository root. */
const imports = files.flatMap(({ abs, file }) =>
  ts
    .preProcessFile(fs.readFileSync(abs, 'utf8'), true, true)
    .importedFiles.filter((i) => i.fileName.startsWith('.'))
    .map((i) => ({ file, spec: i.fileName, target: rel(path.resolve(path.dirname(abs), i.fileName)) })),
);

/** The module graph of production code: module → module → the files that make the edge. */
function moduleGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>(modules.map((m) => [m, new Map()]));
  for (const { file, target } of imports) {
    const from = moduleOf(file);
    const to = moduleOf(target);
    if (!from || !to || from === to || isTestSide(file)) continue;
    const edges = graph.get(from)!;
    edges.set(to, [...(edges.get(to) ?? []), file]);
  }
  return graph;
}

/** Strongly connected components with more than one module (Tarjan): each one is a cycle. */
function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const m of graph.keys()) if (!index.has(m)) visit(m);
  return out;
}

/** Tables written by a source file: Kysely's insertInto/updateTable/deleteFrom and raw INSERT/UPDATE/DELETE. */
function writtenTables(src: string): string[] {
  const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const m of code.matchAll(/\.(?:insertInto|updateTable|deleteFrom|mergeInto)\(\s*'([a-z_]+)/g)) found.add(m[1]!);
  for (const m of code.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b/g)) found.add(m[1]!);
  return [...found];
}

describe('module boundaries', () => {
  it('gives every module a face (index.ts) with a header saying what the module owns', () => {
    const missing = modules.filter(
      (m) => !/^\/\*\*[\s\S]+?\*\//.test(files.find((f) => f.file === `server/modules/${m}/index.ts`)?.src ?? ''),
    );
    expect(missing).toEqual([]);
  });

  it('lets code outside a module import only its face (tests also its fixtures.ts)', () => {
    const offending = imports
      .filter(({ file, target }) => {
        const to = moduleOf(target);
        if (!to || to === moduleOf(file)) return false;
        if (target === `server/modules/${to}/index.ts`) return false;
        return !(isTestSide(file) && target === `server/modules/${to}/fixtures.ts`);
      })
      .map(({ file, spec }) => `${file} imports ${spec}`);
    expect(offending).toEqual([]);
  });

  it('has no cycle between modules', () => {
    const graph = moduleGraph();
    const described = cycles(graph).map((c) =>
      c.flatMap((a) => c.filter((b) => graph.get(a)!.has(b)).map((b) => `${a} → ${b} (${[...new Set(graph.get(a)!.get(b))].join(', ')})`)),
    );
    expect(described).toEqual([]);
  });
});

describe('table ownership', () => {
  it('names an owner for every table the migrations create', () => {
    const created = new Set<string>();
    for (const f of fs.readdirSync(path.join(ROOT, 'db/migrations')).filter((f) => f.endsWith('.sql')))
      for (const m of fs.readFileSync(path.join(ROOT, 'db/migrations', f), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)/g))
        created.add(m[1]!);
    expect([...created].filter((t) => !(t in TABLE_OWNERS)).sort()).toEqual([]);
    expect(Object.keys(TABLE_OWNERS).filter((t) => !created.has(t))).toEqual([]);
    const owners = new Set(Object.values(TABLE_OWNERS));
    expect([...owners].filter((o) => o !== 'lib' && o !== 'db' && !modules.includes(o))).toEqual([]);
  });

  it('lets only the owning module write a table', () => {
    const offending: string[] = [];
    for (const { file, src } of files) {
      const m = moduleOf(file);
      if (!m || isTestSide(file)) continue;
      for (const table of writtenTables(src)) {
        const owner = TABLE_OWNERS[table];
        if (owner === undefined) offending.push(`${file} writes ${table}, which has no owner`);
        else if (owner !== m && !WRITE_EXCEPTIONS.has(`${m}:${table}`)) offending.push(`${file} writes ${table} (owner: ${owner})`);
      }
    }
    expect(offending).toEqual([]);
  });
});
