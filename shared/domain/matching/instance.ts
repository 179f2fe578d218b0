import { z } from 'zod';
import { MatchInputError } from './errors.ts';
import type { MatchErrorCode, MatchErrorPath } from './errors.ts';
import { solveAssignment } from './assignment.ts';
import type { AssignmentProblem } from './assignment.ts';

/**
 * The solver's input document (what `npm run match:solve` reads) and its validation. The zod
 * schema checks the shape; the checks after it are the ones zod cannot express well (ids must be
 * unique and must resolve). Every failure becomes a MatchInputError with a stable code and the
 * path of the first offending value, so a caller can point at the exact line of a 100 MB file.
 */

export const OBJECTIVES = ['max-total-score'] as const;
export type Objective = (typeof OBJECTIVES)[number];

const id = z.string().min(1);

export const matchInstanceSchema = z.object({
  objective: z.string(),
  participants: z.array(
    z.object({
      id,
      /** Priority tier, higher first (see AssignmentProblem.tier). */
      tier: z.number().int().nonnegative().optional(),
    }),
  ),
  openings: z.array(z.object({ id, capacity: z.number().int().nonnegative() })),
  edges: z.array(z.object({ p: id, o: id, score: z.number() })),
  /** Optional tie-break seed, so a published result can be reproduced. */
  seed: z.number().int().optional(),
});

export type MatchInstance = z.infer<typeof matchInstanceSchema> & { readonly objective: Objective };

export interface MatchPair {
  readonly p: string;
  readonly o: string;
}

export interface MatchOutput {
  readonly assignment: MatchPair[];
  readonly objective: number;
  readonly matched: number;
}

/** Validates untrusted input; throws MatchInputError on the first problem found. */
export function parseMatchInstance(raw: unknown): MatchInstance {
  const parsed = matchInstanceSchema.safeParse(raw);
  if (!parsed.success) throw fromZodIssue(raw, parsed.error.issues[0]!);
  const doc = parsed.data;
  if (!(OBJECTIVES as readonly string[]).includes(doc.objective)) {
    fail('unknown_objective', `objective must be one of ${OBJECTIVES.join(', ')}`, ['objective']);
  }
  const participantIndex = indexIds(doc.participants, 'participants');
  const openingIndex = indexIds(doc.openings, 'openings');
  const seen = new Set<string>();
  doc.edges.forEach((edge, i) => {
    const p = participantIndex.get(edge.p);
    const o = openingIndex.get(edge.o);
    if (p === undefined) fail('unknown_participant', `edge names unknown participant "${edge.p}"`, ['edges', i, 'p']);
    if (o === undefined) fail('unknown_opening', `edge names unknown opening "${edge.o}"`, ['edges', i, 'o']);
    const key = `${p} ${o}`;
    if (seen.has(key)) fail('duplicate_edge', `edge ${edge.p} → ${edge.o} is listed twice`, ['edges', i]);
    seen.add(key);
  });
  return doc as MatchInstance;
}

/** Maps ids to indices, in input order, for the numeric solver. */
export function toAssignmentProblem(instance: MatchInstance): AssignmentProblem {
  const participantIndex = new Map(instance.participants.map((p, i) => [p.id, i]));
  const openingIndex = new Map(instance.openings.map((o, i) => [o.id, i]));
  const m = instance.edges.length;
  const edgeParticipant = new Int32Array(m);
  const edgeOpening = new Int32Array(m);
  const score = new Float64Array(m);
  instance.edges.forEach((edge, e) => {
    edgeParticipant[e] = participantIndex.get(edge.p)!;
    edgeOpening[e] = openingIndex.get(edge.o)!;
    score[e] = edge.score;
  });
  const hasTiers = instance.participants.some((p) => p.tier !== undefined && p.tier !== 0);
  return {
    participants: instance.participants.length,
    openings: instance.openings.length,
    capacity: Int32Array.from(instance.openings, (o) => o.capacity),
    edgeParticipant,
    edgeOpening,
    score,
    tier: hasTiers ? Int32Array.from(instance.participants, (p) => p.tier ?? 0) : undefined,
  };
}

/** Solves a validated instance; the seed comes from the document unless overridden. */
export function solveMatchInstance(instance: MatchInstance, options: { seed?: number } = {}): MatchOutput {
  const result = solveAssignment(toAssignmentProblem(instance), { seed: options.seed ?? instance.seed });
  const assignment: MatchPair[] = [];
  result.openingOf.forEach((o, p) => {
    if (o >= 0) assignment.push({ p: instance.participants[p]!.id, o: instance.openings[o]!.id });
  });
  return { assignment, objective: result.objective, matched: result.matched };
}

function indexIds(items: readonly { id: string }[], field: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) fail('duplicate_id', `${field} id "${item.id}" is used twice`, [field, i, 'id']);
    index.set(item.id, i);
  });
  return index;
}

function fail(code: MatchErrorCode, message: string, path: MatchErrorPath): never {
  throw new MatchInputError(code, message, path);
}

/** Gives the value-level zod failures their own codes; everything else is a shape error. */
function fromZodIssue(raw: unknown, issue: z.core.$ZodIssue): MatchInputError {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const field = path.at(-1);
  const isNumber = typeof valueAt(raw, path) === 'number';
  if (isNumber && field === 'capacity') {
    return new MatchInputError('invalid_capacity', 'capacity must be a non-negative integer', path);
  }
  if (isNumber && field === 'score') {
    return new MatchInputError('non_finite_score', 'score must be a finite number', path);
  }
  if (isNumber && field === 'tier') {
    return new MatchInputError('invalid_tier', 'tier must be a non-negative integer', path);
  }
  const where = path.length > 0 ? path.join('.') : 'document';
  return new MatchInputError('invalid_instance', `${where}: ${issue.message}`, path);
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
