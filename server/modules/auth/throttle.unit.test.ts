import { describe, expect, it } from 'vitest';
import { lockMinutes, lockPolicies } from './throttle.ts';

describe('login back-off', () => {
  const { pair, login } = lockPolicies({ LOGIN_MAX_FAILURES: 5, LOGIN_LOCK_MINUTES: 15 });

  it('locks a (login, address) pair from the fifth failure, doubling up to twelve hours', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 30].map((n) => lockMinutes(n, pair))).toEqual([0, 15, 30, 60, 120, 240, 480, 720, 720, 720]);
  });

  it('locks a login for every address only from the twentieth failure, and never beyond an hour', () => {
    expect([19, 20, 21, 22, 23, 1000].map((n) => lockMinutes(n, login))).toEqual([0, 15, 30, 60, 60, 60]);
  });
});
