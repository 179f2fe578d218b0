import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adult } from '../../server/modules/participants/fixtures.ts';
import type { Started } from '../support/process.ts';
import { CRASH_PUBLIC_URL, inspectDataDir, seedDataDir, startEmbedded } from './support/crash-embedded.ts';
import { describeHits, lineCount, scanLog } from './support/log-scan.ts';

/**
 * Crash trials (issue #17): the embedded server (PGlite in a data directory) is killed with SIGKILL
 * in the middle of a burst of writes, then started again on the same directory. Every write it had
 * answered 2xx must be there, whole (a participant is three rows in one transaction: the person, the
 * intake ladder event and the audit row), and nothing may be half-written. Bounded: TRIALS trials,
 * WRITERS parallel writers of at most PER_WRITER requests each, the kill after KILL_AFTER[trial] answers.
 */

const TRIALS = 3;
const WRITERS = 6;
const PER_WRITER = 25;
const KILL_AFTER = [4, 11, 19];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-crash-'));
let seed: Awaited<ReturnType<typeof seedDataDir>>;
let server: Started & { base: string };
const outputs: string[] = [];
const acknowledged: string[] = [];
let fired = 0;

async function call(method: string, pathname: string, body?: unknown) {
  const res = await fetch(server.base + pathname, {
    method,
    headers: { 'content-type': 'application/json', origin: CRASH_PUBLIC_URL, cookie: seed.cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as any };
}

/** A new adult participant, with a CPR number and a phone number the log must never show. */
function participant(trial: number, writer: number, i: number) {
  const n = (trial * WRITERS + writer) * PER_WRITER + i;
  return adult(seed.siteId, {
    firstName: `Nedbrud${n}`,
    lastName: 'Prøve',
    birthDate: '1990-01-01',
    cpr: `010190-${String(1000 + n).padStart(4, '0')}`,
    cprReason: 'Lønudbetaling',
    phone: `+45 2${String(n).padStart(3, '0')} 4455`,
    email: `nedbrud${n}@example.test`,
    confirmNotDuplicate: true,
  });
}

/** Writes until the server dies or the writer's bound is reached; returns the ids answered 201. */
async function writer(trial: number, w: number, onAnswer: () => void): Promise<string[]> {
  const ok: string[] = [];
  for (let i = 0; i < PER_WRITER; i++) {
    fired++;
    try {
      const res = await call('POST', `/api/programmes/${seed.programmeId}/participants`, participant(trial, w, i));
      if (res.status === 201) ok.push(res.json.id);
      else throw new Error(`write answered ${res.status}: ${JSON.stringify(res.json)}`);
      onAnswer();
    } catch (err) {
      // The connection died with the server: this write was not acknowledged, and the writer stops.
      if (err instanceof TypeError) return ok;
      throw err;
    }
  }
  return ok;
}

beforeAll(async () => {
  seed = await seedDataDir(dataDir);
  server = await startEmbedded(dataDir);
});
afterAll(() => {
  server?.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 of the embedded server mid-burst', () => {
  for (let trial = 0; trial < TRIALS; trial++) {
    it(`trial ${trial + 1}: every write answered 201 before the kill is there after the restart`, async () => {
      let answers = 0;
      const killed = server.exited;
      const onAnswer = () => {
        if (++answers === KILL_AFTER[trial]) server.child.kill('SIGKILL');
      };
      const results = await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(trial, w, onAnswer)));
      await killed;
      outputs.push(server.output());
      const ok = results.flat();
      expect(ok.length).toBeGreaterThanOrEqual(KILL_AFTER[trial]!);
      expect(ok.length, 'the kill came mid-burst').toBeLessThan(WRITERS * PER_WRITER);
      acknowledged.push(...ok);

      server = await startEmbedded(dataDir);
      for (const id of ok) expect((await call('GET', `/api/programmes/${seed.programmeId}/participants/${id}`)).status, id).toBe(200);
    });
  }

  it('leaves no half-written participant and no lost audit row, and no personal data in the log', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    outputs.push(server.output());

    const stored = await inspectDataDir(dataDir, seed.programmeId);
    for (const id of acknowledged) expect(stored.participants.has(id), id).toBe(true);
    // Each stored participant is whole: its intake event and its audit row, exactly once; no orphans.
    expect([...stored.intakes].sort()).toEqual([...stored.participants].sort());
    expect([...stored.audited].sort()).toEqual([...stored.participants].sort());

    const logs = outputs.join('\n');
    const hits = scanLog(logs);
    console.log(
      `[attack:crash] ${TRIALS} kill -9 trials, ${fired} writes fired, ${acknowledged.length} acknowledged, ` +
        `${stored.participants.size} stored, 0 lost; log scan: ${lineCount(logs)} lines, ${hits.length} hits`,
    );
    expect(describeHits(hits)).toEqual([]);
  });
});
