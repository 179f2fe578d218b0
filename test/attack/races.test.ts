import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { world, type World } from '../../server/modules/placements/fixtures.ts';
import { describeHits, lineCount, scanLog } from './support/log-scan.ts';
import { startRaceServers, type RaceServers } from './support/race-servers.ts';
import { hasErrorShape, type Transition } from './support/race-table.ts';
import { peopleTransitions } from './support/race-transitions-people.ts';
import { recordTransitions } from './support/race-transitions-records.ts';
import { workTransitions } from './support/race-transitions-work.ts';

/**
 * Races (issue #17): two real app servers on one PostgreSQL database, and for every state
 * transition of the product N simultaneous conflicting requests split over both. Exactly one
 * answers 2xx, every other a documented 409, the stored state is what the winner was told, and the
 * audit trail holds one row per 2xx. Then the servers' logs are scanned for personal data.
 */

const N = 8;
const TRANSITIONS: Transition[] = [...workTransitions, ...peopleTransitions, ...recordTransitions];

let t: TestApp;
let w: World;
let servers: RaceServers;
let fired = 0;

const auditCount = async (a: { subjectType: string; action: string; subjectId?: string }) => {
  let q = t.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_type', '=', a.subjectType)
    .where('action', '=', a.action);
  // A subject names its rows; without one, the world's programme bounds the count (account rows have none).
  q = a.subjectId ? q.where('subject_id', '=', a.subjectId) : q.where('programme_id', '=', w.p);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

// Two servers on one database need PostgreSQL; PGlite is one process by design (the crash suite covers it).
describe.skipIf(inject('testDriver') !== 'pg')('races on two app servers, one PostgreSQL', () => {
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t, 'Jobplaneten Kapløb');
    servers = await startRaceServers(t);
  });
  afterAll(async () => {
    await servers?.close();
    await t?.close();
  });

  for (const transition of TRANSITIONS) {
    it(`${transition.name}: one 2xx, ${N - 1} refused, audited once`, async () => {
      const prepared = await transition.prepare({ t, w, n: N });
      const before = await auditCount(prepared.audit);
      const answers = await servers.fire(prepared.requests);
      fired += answers.length;
      const where = `${transition.name} (${transition.module}): ${JSON.stringify(answers.map((a) => [a.server, a.status, a.json?.error?.code]))}`;

      const won = answers.map((a, i) => ({ ...a, i })).filter((a) => a.status >= 200 && a.status < 300);
      expect(won, where).toHaveLength(1);
      expect(new Set(answers.map((a) => a.server)).size, 'both servers answered').toBe(2);
      for (const a of answers.filter((x) => x.status >= 300)) {
        const allowed =
          a.status === 409 || (transition.alsoLoses ?? []).some((l) => l.status === a.status && l.code === a.json?.error?.code);
        expect(allowed, where).toBe(true);
        expect(hasErrorShape(a.json), `${where}: ${JSON.stringify(a.json)}`).toBe(true);
        // "The loser gets 409 with the current state."
        if (a.json.error.code === 'state_changed') expect(a.json.error.details, where).toMatchObject({ subject: expect.any(String) });
      }
      expect(await prepared.stored(), where).toEqual(prepared.claimed(won[0]!.json, won[0]!.i));
      expect((await auditCount(prepared.audit)) - before, where).toBe(won.length);
    });
  }

  it('leaves no CPR number, e-mail address, phone number or one-time token in either server’s log', async () => {
    await servers.close();
    const logs = servers.logs();
    const hits = scanLog(logs);
    console.log(
      `[attack:races] ${TRANSITIONS.length} transitions × ${N} requests (${fired} fired over 2 servers); ` +
        `log scan: ${lineCount(logs)} lines, ${hits.length} hits`,
    );
    expect(lineCount(logs)).toBeGreaterThan(fired);
    expect(describeHits(hits)).toEqual([]);
  });
});
