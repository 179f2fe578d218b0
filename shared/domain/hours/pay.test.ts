import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetByMonth, payByPayer, payTotals, shiftMinutes, workedMinutes, type WorkedLine } from './pay.ts';

const line = (o: Partial<WorkedLine> = {}): WorkedLine => ({
  date: '2026-03-02',
  minutes: 120,
  ratePerHour: 65,
  payer: 'company',
  hourly: true,
  ...o,
});

describe('pay', () => {
  it('gross is hours × rate, holiday pay 12.5 % of hourly-paid gross', () => {
    // The week: 5 × 2 h + 2 h Saturday = 12 h at 65 kr.
    const week = [...Array.from({ length: 6 }, (_, i) => line({ date: `2026-03-0${i + 2}` }))];
    expect(payTotals(week)).toEqual({ hours: 12, gross: 780, holidayPay: 97.5, total: 877.5 });
    expect(payTotals([line({ hourly: false })])).toEqual({ hours: 2, gross: 130, holidayPay: 0, total: 130 });
    expect(payTotals([line({ minutes: 20, ratePerHour: 199.99 })]).gross).toBe(66.66);
  });

  it('splits by payer in a fixed order', () => {
    expect(
      payByPayer([line({ payer: 'municipality' }), line(), line({ payer: 'project_funds', ratePerHour: 50 })]).map((p) => [
        p.payer,
        p.gross,
      ]),
    ).toEqual([
      ['project_funds', 100],
      ['municipality', 130],
      ['company', 130],
    ]);
  });

  it('shift minutes cross midnight and subtract breaks', () => {
    expect(shiftMinutes('15:00', '17:00', 0)).toBe(120);
    expect(shiftMinutes('22:00', '02:00', 30)).toBe(210);
    expect(shiftMinutes('09:00:00', '14:00:00', 30)).toBe(270);
  });

  it('counts only project funds against the monthly budget', () => {
    const lines = [
      line({ payer: 'project_funds', date: '2026-01-10', ratePerHour: 100 }),
      line({ payer: 'project_funds', date: '2026-02-01', minutes: 600, ratePerHour: 100 }),
      line({ date: '2026-01-11' }),
    ];
    expect(budgetByMonth(lines, 1000)).toEqual([
      { month: '2026-01', budget: 1000, spent: 225, remaining: 775, overBudget: false },
      { month: '2026-02', budget: 1000, spent: 1125, remaining: -125, overBudget: true },
    ]);
  });

  const arbLine = fc.record({
    date: fc.constantFrom('2026-01-05', '2026-02-10', '2026-03-15'),
    minutes: fc.integer({ min: 1, max: 1440 }),
    ratePerHour: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    payer: fc.constantFrom('project_funds', 'municipality', 'company', 'job_centre' as const),
    hourly: fc.boolean(),
  }) as fc.Arbitrary<WorkedLine>;

  it('property: per-payer totals add up to the whole, within an øre per payer of rounding', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), (lines) => {
        const all = payTotals(lines);
        const parts = payByPayer(lines);
        const gross = parts.reduce((s, p) => s + Math.round(p.gross * 100), 0);
        expect(gross).toBe(Math.round(all.gross * 100));
        const holiday = parts.reduce((s, p) => s + Math.round(p.holidayPay * 100), 0);
        expect(Math.abs(holiday - Math.round(all.holidayPay * 100))).toBeLessThanOrEqual(parts.length);
      }),
    );
  });

  it('property: holiday pay is 12.5 % of hourly gross (to the øre) and never negative', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), (lines) => {
        const t = payTotals(lines);
        const hourly = payTotals(lines.filter((l) => l.hourly));
        expect(Math.abs(t.holidayPay * 100 - hourly.gross * 12.5)).toBeLessThanOrEqual(0.5 + 1e-6);
        expect(t.holidayPay).toBeGreaterThanOrEqual(0);
        expect(Math.round(t.total * 100)).toBe(Math.round(t.gross * 100) + Math.round(t.holidayPay * 100));
      }),
    );
  });

  it('property: splitting a shift in two never changes hours and moves gross by at most an øre', () => {
    fc.assert(
      fc.property(arbLine, fc.integer({ min: 1, max: 1439 }), (l, cut) => {
        fc.pre(cut < l.minutes);
        const whole = payTotals([l]);
        const split = payTotals([
          { ...l, minutes: cut },
          { ...l, minutes: l.minutes - cut },
        ]);
        expect(split.hours).toBe(whole.hours);
        expect(Math.abs(Math.round(split.gross * 100) - Math.round(whole.gross * 100))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('worked minutes across the clock change (Europe/Copenhagen)', () => {
  it.each([
    // [date, start, end, break, real minutes, why]
    ['2026-10-25', '01:00', '04:00', 0, 240, 'autumn: 03:00 → 02:00 repeats an hour'],
    ['2026-10-24', '22:00', '06:00', 30, 510, 'autumn, overnight from Saturday'],
    ['2026-03-29', '01:00', '04:00', 0, 120, 'spring: 02:00 → 03:00 skips an hour'],
    ['2026-03-28', '22:00', '06:00', 0, 420, 'spring, overnight from Saturday'],
    ['2026-03-02', '15:00', '17:00', 0, 120, 'an ordinary day'],
    ['2026-03-02', '22:00', '02:00', 15, 225, 'an ordinary overnight shift'],
  ])('%s %s–%s (break %i) is %i minutes: %s', (date, start, end, breakMinutes, expected) => {
    expect(workedMinutes(date, start, end, breakMinutes)).toBe(expected);
  });

  it('agrees with the wall clock on every day that has no clock change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        (dayOffset, startMinute, length) => {
          const date = new Date(Date.UTC(2026, 0, 1 + dayOffset)).toISOString().slice(0, 10);
          if (['2026-03-28', '2026-03-29', '2026-10-24', '2026-10-25'].includes(date)) return;
          const t = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const start = t(startMinute);
          const end = t(startMinute + length);
          expect(workedMinutes(date, start, end, 0)).toBe(shiftMinutes(start, end, 0));
        },
      ),
    );
  });
});
