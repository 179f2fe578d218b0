import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { enqueue, JobRunner } from './jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const silent = { warn() {}, error() {}, info() {} } as never;

describe('background jobs', () => {
  it('retries a failing job with back-off, then marks it failed and keeps the error', async () => {
    const runner = new JobRunner(t.db, silent, 1000);
    let calls = 0;
    runner.handle('test.flaky', async () => {
      calls++;
      throw new Error('smtp down');
    });
    await asSystem(t.db, (trx) => enqueue(trx, 'test.flaky', { n: 1 }, { maxAttempts: 2 }));
    await runner.drain();
    expect(calls).toBe(1);
    let job = await t.db.selectFrom('jobs').selectAll().where('queue', '=', 'test.flaky').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ attempts: 1, failed_at: null, last_error: 'smtp down' });
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
    await t.db
      .updateTable('jobs')
      .set({ run_at: new Date(Date.now() - 1000) })
      .where('id', '=', job.id)
      .execute();
    await runner.drain();
    job = await t.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(job.attempts).toBe(2);
    expect(job.failed_at).not.toBeNull();
  });

  it('runs a job once even when two servers poll the same queue', async () => {
    const seen: number[] = [];
    const make = () => new JobRunner(t.db, silent, 1000).handle('test.once', async (p) => void seen.push(p.i as number));
    const a = make();
    const b = make();
    await asSystem(t.db, async (trx) => {
      for (let i = 0; i < 20; i++) await enqueue(trx, 'test.once', { i });
    });
    await Promise.all([a.drain(), b.drain()]);
    expect(seen.sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
  });

  it('creates one scheduled job per slot however many servers run the schedule', async () => {
    const runners = [1, 2, 3].map(() =>
      new JobRunner(t.db, silent, 1000)
        .handle('test.tick', async () => {})
        .schedule({ name: 'tick', queue: 'test.tick', everyMinutes: 60 }),
    );
    for (const r of runners) {
      r.start();
      await r.stop();
    }
    const jobs = await t.db.selectFrom('jobs').select('dedupe_key').where('queue', '=', 'test.tick').execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.dedupe_key).toMatch(/^schedule:tick:\d+$/);
  });
});
