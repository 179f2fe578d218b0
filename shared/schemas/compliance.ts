import { z } from 'zod';
import { CATEGORIES, RULE_CODES } from '../domain/youth-rules/index.ts';
import { isoDate } from './common.ts';

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'local_datetime_format' })
  .refine((v) => isoDate.safeParse(v.slice(0, 10)).success && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60, {
    error: 'local_datetime_invalid',
  });

/** Wall-clock minutes between two 'YYYY-MM-DDTHH:mm' values (no time zone involved). */
function minutes(a: string, b: string): number {
  const t = (v: string) => Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10), +v.slice(11, 13), +v.slice(14, 16));
  return (t(b) - t(a)) / 60_000;
}

export const complianceShift = z
  .object({
    start: localDateTime,
    end: localDateTime,
    breakMinutes: z.number().int({ error: 'break_whole_minutes' }).min(0, { error: 'break_negative' }),
    employer: z.string().max(200).optional(),
  })
  .superRefine((s, ctx) => {
    if (!localDateTime.safeParse(s.start).success || !localDateTime.safeParse(s.end).success) return;
    const length = minutes(s.start, s.end);
    if (length <= 0) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end_before_start' });
    else if (length > 24 * 60) ctx.addIssue({ code: 'custom', path: ['end'], message: 'shift_too_long' });
    else if (s.breakMinutes >= length) ctx.addIssue({ code: 'custom', path: ['breakMinutes'], message: 'break_longer_than_shift' });
  });

export const complianceCheckBody = z
  .object({
    person: z.object({
      birthDate: isoDate,
      compulsorySchool: z.boolean(),
      compulsorySchoolEndsOn: isoDate.nullable().optional(),
      municipalityCode: z
        .string()
        .regex(/^\d{4}$/, { error: 'municipality_code_format' })
        .optional(),
    }),
    schoolDays: z.array(isoDate).max(1000).optional(),
    shifts: z.array(complianceShift).min(1).max(500),
  })
  .meta({
    example: {
      person: { birthDate: '2012-05-01', compulsorySchool: true, municipalityCode: '0259' },
      schoolDays: ['2026-03-02'],
      shifts: [{ start: '2026-03-02T15:00', end: '2026-03-02T17:00', breakMinutes: 0, employer: 'A' }],
    },
  });

export const complianceViolation = z.object({
  rule: z.enum(RULE_CODES),
  date: isoDate,
  limit: z.number(),
  actual: z.number(),
  unit: z.enum(['hours', 'minutes', 'age', 'time']),
  message: z.string(),
});

export const complianceCheckResponse = z
  .object({ category: z.enum(CATEGORIES), ok: z.boolean(), violations: z.array(complianceViolation) })
  .meta({
    example: {
      category: 'child',
      ok: false,
      violations: [
        {
          rule: 'school-week-hours',
          date: '2026-03-02',
          limit: 12,
          actual: 13,
          unit: 'hours',
          message: 'Uge 10 (fra mandag 2. marts 2026): 13 timer i en skoleuge. Grænsen er 12 timer.',
        },
      ],
    },
  });
