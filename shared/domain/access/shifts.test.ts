import { describe, expect, it } from 'vitest';
import { PARTIES } from '../placements/states.ts';
import { shiftPowers } from './shifts.ts';

describe('shiftPowers', () => {
  it('lets employers and mentors record and approve', () => {
    expect(shiftPowers('employer', 'ordinary')).toEqual({ record: true, approve: true });
    expect(shiftPowers('mentor', 'pocket_money')).toEqual({ record: true, approve: true });
  });

  it('lets coordinators act only on pocket-money jobs', () => {
    expect(shiftPowers('coordinator', 'pocket_money')).toEqual({ record: true, approve: true });
    expect(shiftPowers('coordinator', 'ordinary')).toEqual({ record: false, approve: false });
  });

  it('lets the participant submit but not approve, guardians and the system neither', () => {
    expect(shiftPowers('participant', 'ordinary')).toEqual({ record: true, approve: false });
    expect(shiftPowers('guardian', 'ordinary')).toEqual({ record: false, approve: false });
    expect(shiftPowers('system', 'pocket_money')).toEqual({ record: false, approve: false });
  });

  it('never approves without recording', () => {
    for (const p of PARTIES)
      for (const k of ['ordinary', 'pocket_money']) expect(!shiftPowers(p, k).approve || shiftPowers(p, k).record).toBe(true);
  });
});
