/**
 * Matching benchmark: our exact solver against SciPy on the same seeded instances, same run.
 *
 *   npm run bench:matching                      all scales (S, M, L, XL)
 *   npm run bench:matching -- --scales S,M      a subset
 *   npm run bench:matching -- --seed 7          another instance family
 *
 * Per scale: generate (seeded), time `solveAssignment` (CSR build included), write the instance to
 * a temp file, then run `/usr/bin/python3 bench/matching/scipy_solve.py FILE`, which times only its
 * solve call. Runs are sequential so the two never share the CPU. The optimal objectives must agree
 * to 1e-6 relative, or the process exits 1. Without SciPy it says so and still times ours.
 * One untimed warm-up solve runs first so the S row measures the solver, not V8's JIT.
 * BENCH_PYTHON overrides the interpreter (default /usr/bin/python3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { solveAssignment } from '../../shared/domain/matching/assignment.ts';
import { generateInstance } from './generate.ts';
import { writeBinaryInstance } from './write-binary.ts';

const SCALES = {
  S: { participants: 300, openings: 120 },
  M: { participants: 5_000, openings: 1_500 },
  L: { participants: 60_000, openings: 15_000 },
  XL: { participants: 100_000, openings: 30_000 },
} as const;
type Scale = keyof typeof SCALES;

/** Debian's interpreter with python3-scipy; BENCH_PYTHON points elsewhere (a venv, say). */
const PYTHON = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
const here = dirname(fileURLToPath(import.meta.url));

interface ScipyResult {
  readonly objective: number;
  readonly matched: number;
  readonly ms: number;
  readonly method: string;
}

interface Row {
  readonly scale: Scale;
  readonly size: string;
  readonly edges: number;
  readonly oursMs: number;
  readonly oursMatched: number;
  readonly objective: number;
  readonly scipy: ScipyResult | null;
}

function parseArgs(argv: readonly string[]): { scales: Scale[]; seed: number } {
  let scales: Scale[] = Object.keys(SCALES) as Scale[];
  let seed = 20_240_601;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if (arg.startsWith('--scales')) {
      scales = (value ?? '').split(',').map((s) => s.trim().toUpperCase()) as Scale[];
      const unknown = scales.filter((s) => !(s in SCALES));
      if (unknown.length > 0) throw new Error(`unknown scale(s) ${unknown.join(', ')}; use ${Object.keys(SCALES).join(',')}`);
    } else if (arg.startsWith('--seed')) {
      seed = Number(value);
      if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  return { scales, seed };
}

/** Null when SciPy is missing; throws when the script fails for any other reason. */
function runScipy(file: string): ScipyResult | null {
  const result = spawnSync(PYTHON, [join(here, 'scipy_solve.py'), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  if (result.status === 3) return null;
  if (result.status !== 0) throw new Error(`scipy_solve.py failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as ScipyResult;
}

function format(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function main(): number {
  let args: { scales: Scale[]; seed: number };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run bench:matching -- [--scales S,M,L,XL] [--seed N]\n`);
    return 2;
  }
  const { scales, seed } = args;
  const dir = mkdtempSync(join(tmpdir(), 'bench-matching-'));
  const rows: Row[] = [];
  let scipyMissing = false;
  let mismatches = 0;
  try {
    solveAssignment(generateInstance(2_000, 600, seed + 1)); // untimed JIT warm-up
    for (const scale of scales) {
      const { participants, openings } = SCALES[scale];
      const instance = generateInstance(participants, openings, seed);
      const started = performance.now();
      const ours = solveAssignment(instance);
      const oursMs = performance.now() - started;
      let scipy: ScipyResult | null = null;
      if (!scipyMissing) {
        const file = join(dir, `${scale}.bin`);
        writeBinaryInstance(file, instance);
        scipy = runScipy(file);
        rmSync(file);
        if (!scipy) {
          scipyMissing = true;
          process.stderr.write(`SciPy not found for ${PYTHON} (apt-get install python3-scipy): timing ours only.\n`);
        }
      }
      if (scipy && Math.abs(scipy.objective - ours.objective) > 1e-6 * Math.max(1, Math.abs(scipy.objective))) {
        mismatches++;
        process.stderr.write(`${scale}: objective mismatch, ours ${ours.objective} vs SciPy ${scipy.objective}\n`);
      }
      const row: Row = {
        scale,
        size: `${participants.toLocaleString('en')} × ${openings.toLocaleString('en')}`,
        edges: instance.score.length,
        oursMs,
        oursMatched: ours.matched,
        objective: ours.objective,
        scipy,
      };
      rows.push(row);
      process.stderr.write(`${scale}: ours ${format(oursMs)} ms${scipy ? `, SciPy ${format(scipy.ms)} ms` : ''}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows, seed, scales);
  return mismatches > 0 ? 1 : 0;
}

function printTable(rows: readonly Row[], seed: number, scales: readonly Scale[]): void {
  const header = [
    'scale',
    'participants × openings',
    'edges',
    'ours ms',
    'SciPy ms',
    'SciPy / ours',
    'matched',
    'objective',
    'SciPy method',
  ];
  const lines = rows.map((r) => [
    r.scale,
    r.size,
    r.edges.toLocaleString('en'),
    format(r.oursMs),
    r.scipy ? format(r.scipy.ms) : 'n/a',
    r.scipy ? `${(r.scipy.ms / r.oursMs).toFixed(2)}×` : 'n/a',
    r.scipy && r.scipy.matched !== r.oursMatched ? `${r.oursMatched} (SciPy ${r.scipy.matched})` : String(r.oursMatched),
    String(r.objective),
    r.scipy ? r.scipy.method : 'n/a',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)];
  out.push('', `Reproduce: npm run bench:matching -- --scales ${scales.join(',')} --seed ${seed}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

process.exitCode = main();
