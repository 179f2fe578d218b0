/**
 * Solves one matching instance: `npm run --silent match:solve -- INPUT.json` (or `-` for stdin).
 *
 * Prints `{ assignment: [{ p, o }], objective, matched, ms }` on stdout, where `ms` is the time
 * spent validating the ids and solving (not reading or parsing the file). On failure prints
 * `{ error: { code, message, path } }` on stderr and exits with:
 * - 1 `unreadable_input` the file (or stdin) could not be read;
 * - 2 `usage` wrong arguments, `invalid_json` not JSON, or any input code from
 *   shared/domain/matching/errors.ts (unknown ids, bad capacity, duplicate edge, …).
 */
import { readFileSync } from 'node:fs';
import { MatchInputError } from '../shared/domain/matching/errors.ts';
import { parseMatchInstance, solveMatchInstance } from '../shared/domain/matching/instance.ts';

const USAGE = 'usage: match-solve INPUT.json   (use - to read stdin)';

function fail(exitCode: number, code: string, message: string, path: readonly (string | number)[] = []): number {
  process.stderr.write(`${JSON.stringify({ error: { code, message, path } })}\n`);
  return exitCode;
}

function main(args: readonly string[]): number {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') return fail(2, 'usage', USAGE);
  const source = args[0]!;
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (error) {
    return fail(1, 'unreadable_input', `cannot read ${source === '-' ? 'stdin' : source}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(2, 'invalid_json', `input is not JSON: ${(error as Error).message}`);
  }
  try {
    const started = performance.now();
    const instance = parseMatchInstance(raw);
    const result = solveMatchInstance(instance);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    process.stdout.write(`${JSON.stringify({ ...result, ms })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof MatchInputError) return fail(2, error.code, error.message, error.path);
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
