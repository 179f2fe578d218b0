import { seededRandom } from '../../shared/domain/matching/random.ts';
import type { AssignmentProblem } from '../../shared/domain/matching/assignment.ts';

/**
 * Seeded synthetic instances shaped like the real thing: residents live in clustered housing areas,
 * openings sit partly near those areas and partly spread out, each resident travels 8–15 km, has 3
 * interests out of 12, and an opening carries 1–2 interest tags. An edge exists when the opening is
 * within the resident's radius and shares at least one interest; its score rewards overlap and
 * closeness and comes in half points (73.5), so the solver's decimal scaling is exercised.
 * Capacities are 1 (70 %), 2 (20 %) or 3 (10 %): mean 1.4.
 */

export interface GeneratedInstance extends AssignmentProblem {
  readonly capacity: Int32Array;
  readonly edgeParticipant: Int32Array;
  readonly edgeOpening: Int32Array;
  readonly score: Float64Array;
}

const CATEGORIES = 12;
const OPENINGS_PER_AREA = 150;
const AREA_KM2 = 625;
const CELL_KM = 15;

export function generateInstance(participants: number, openings: number, seed: number): GeneratedInstance {
  const random = seededRandom(seed);
  const gaussian = (): number => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const areas = Math.max(2, Math.round(openings / OPENINGS_PER_AREA));
  const side = Math.sqrt(areas * AREA_KM2);
  const areaX = new Float64Array(areas);
  const areaY = new Float64Array(areas);
  for (let a = 0; a < areas; a++) {
    areaX[a] = random() * side;
    areaY[a] = random() * side;
  }

  const capacity = new Int32Array(openings);
  const openingX = new Float64Array(openings);
  const openingY = new Float64Array(openings);
  const openingTags = new Int32Array(openings);
  for (let o = 0; o < openings; o++) {
    const u = random();
    capacity[o] = u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
    if (random() < 0.6) {
      const a = Math.floor(random() * areas);
      openingX[o] = areaX[a]! + 5 * gaussian();
      openingY[o] = areaY[a]! + 5 * gaussian();
    } else {
      openingX[o] = random() * side;
      openingY[o] = random() * side;
    }
    openingTags[o] = randomTags(random, random() < 0.5 ? 1 : 2);
  }

  // Bucket openings on a grid so each resident only looks at nearby cells.
  const gridSide = Math.max(1, Math.ceil((side + 40) / CELL_KM));
  const cellOf = (x: number, y: number): number => {
    const cx = Math.min(gridSide - 1, Math.max(0, Math.floor((x + 20) / CELL_KM)));
    const cy = Math.min(gridSide - 1, Math.max(0, Math.floor((y + 20) / CELL_KM)));
    return cy * gridSide + cx;
  };
  const cellStart = new Int32Array(gridSide * gridSide + 1);
  for (let o = 0; o < openings; o++) {
    const c = cellOf(openingX[o]!, openingY[o]!) + 1;
    cellStart[c] = cellStart[c]! + 1;
  }
  for (let c = 0; c < gridSide * gridSide; c++) cellStart[c + 1] = cellStart[c + 1]! + cellStart[c]!;
  const cellFill = cellStart.slice(0, gridSide * gridSide);
  const cellOpening = new Int32Array(openings);
  for (let o = 0; o < openings; o++) {
    const c = cellOf(openingX[o]!, openingY[o]!);
    cellOpening[cellFill[c]!] = o;
    cellFill[c] = cellFill[c]! + 1;
  }

  let edgeP = new Int32Array(participants * 48);
  let edgeO = new Int32Array(edgeP.length);
  let score = new Float64Array(edgeP.length);
  let m = 0;
  for (let p = 0; p < participants; p++) {
    const a = Math.floor(random() * areas);
    const x = areaX[a]! + 2 * gaussian();
    const y = areaY[a]! + 2 * gaussian();
    const radius = 8 + 7 * random();
    const interests = randomTags(random, 3);
    const home = cellOf(x, y);
    const hx = home % gridSide;
    const hy = Math.floor(home / gridSide);
    for (let cy = Math.max(0, hy - 1); cy <= Math.min(gridSide - 1, hy + 1); cy++) {
      for (let cx = Math.max(0, hx - 1); cx <= Math.min(gridSide - 1, hx + 1); cx++) {
        const c = cy * gridSide + cx;
        for (let i = cellStart[c]!; i < cellStart[c + 1]!; i++) {
          const o = cellOpening[i]!;
          const overlap = popCount(interests & openingTags[o]!);
          if (overlap === 0) continue;
          const d = Math.hypot(openingX[o]! - x, openingY[o]! - y);
          if (d > radius) continue;
          if (m === edgeP.length) {
            edgeP = grow(edgeP);
            edgeO = grow(edgeO);
            score = grow(score);
          }
          edgeP[m] = p;
          edgeO[m] = o;
          score[m] = Math.round(2 * (25 * overlap + 50 * (1 - d / radius) + 10 * random())) / 2;
          m++;
        }
      }
    }
  }
  return {
    participants,
    openings,
    capacity,
    edgeParticipant: edgeP.slice(0, m),
    edgeOpening: edgeO.slice(0, m),
    score: score.slice(0, m),
  };
}

function randomTags(random: () => number, count: number): number {
  let tags = 0;
  while (popCount(tags) < count) tags |= 1 << Math.floor(random() * CATEGORIES);
  return tags;
}

function popCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

function grow<T extends Int32Array | Float64Array>(values: T): T {
  const next = new (values.constructor as new (n: number) => T)(values.length * 2);
  next.set(values);
  return next;
}
