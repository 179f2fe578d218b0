import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
let dir = '';

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/match-solve.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const instance = {
  objective: 'max-total-score',
  participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
  openings: [
    { id: 'o1', capacity: 2 },
    { id: 'o2', capacity: 1 },
  ],
  edges: [
    { p: 'p1', o: 'o1', score: 73.5 },
    { p: 'p2', o: 'o1', score: 40 },
    { p: 'p2', o: 'o2', score: 41 },
    { p: 'p3', o: 'o2', score: 90 },
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'match-solve-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('match-solve CLI', () => {
  it('prints the assignment as JSON on stdout and exits 0', () => {
    const { status, stdout, stderr } = run([file('ok.json', JSON.stringify(instance))]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toEqual({
      assignment: [
        { p: 'p1', o: 'o1' },
        { p: 'p2', o: 'o1' },
        { p: 'p3', o: 'o2' },
      ],
      objective: 203.5,
      matched: 3,
      ms: expect.any(Number),
    });
  });

  it('reads stdin when given -', () => {
    const { status, stdout } = run(['-'], JSON.stringify(instance));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ objective: 203.5, matched: 3 });
  });

  it('reports bad input as a JSON error on stderr and exits 2', () => {
    const bad = { ...instance, edges: [...instance.edges, { p: 'p9', o: 'o1', score: 1 }] };
    const { status, stdout, stderr } = run([file('bad.json', JSON.stringify(bad))]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(JSON.parse(stderr)).toEqual({
      error: { code: 'unknown_participant', message: expect.any(String), path: ['edges', 4, 'p'] },
    });
  });

  it('reports text that is not JSON with exit 2', () => {
    const { status, stderr } = run([file('broken.json', '{ "objective": ')]);
    expect(status).toBe(2);
    expect(JSON.parse(stderr).error).toMatchObject({ code: 'invalid_json', path: [] });
  });

  it('reports an unreadable file with exit 1', () => {
    const { status, stderr } = run([join(dir, 'missing.json')]);
    expect(status).toBe(1);
    expect(JSON.parse(stderr).error.code).toBe('unreadable_input');
  });

  it('reports usage errors with exit 2', () => {
    const { status, stderr } = run([]);
    expect(status).toBe(2);
    expect(JSON.parse(stderr).error.code).toBe('usage');
  });
});
