import { z } from 'zod';
import { OUTCOME_KINDS } from '../domain/sroi/schema.ts';
import { sroiParameters } from '../domain/sroi/parameters.ts';

/** Request and response shapes of the social-return calculator (server/modules/social-return). */

const date = z.iso.date();
const reason = z.string().trim().min(1, { error: 'reason_required' }).max(500);

export { sroiParameters };

export const createParameterSetBody = z.object({
  name: z.string().trim().min(1).max(120),
  /** Left out: the documented default set (shared/domain/sroi/parameters.ts) is the starting point. */
  parameters: sroiParameters.optional(),
  reason: reason.default('Oprettet'),
});

export const saveVersionBody = z.object({ parameters: sroiParameters, reason });

export const calculateBody = z
  .object({
    parameterSetId: z.uuid(),
    /** Left out: the latest version. */
    version: z.int().min(1).optional(),
    from: date,
    to: date,
  })
  .refine((b) => b.from <= b.to, { path: ['to'], error: 'to_before_from' });

export const parameterSetVersion = z.object({
  id: z.uuid(),
  parameterSetId: z.uuid(),
  version: z.int(),
  parameters: sroiParameters,
  reason: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const parameterSet = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  latest: parameterSetVersion,
  versionCount: z.int(),
});

export const parameterSetList = z.object({ items: z.array(parameterSet), defaults: sroiParameters });
export const versionList = z.object({ items: z.array(parameterSetVersion) });

const point = z.object({ netPresentValue: z.number(), returnPerKrone: z.number().nullable() });
const assumption = z.object({ key: z.string(), da: z.string(), en: z.string() });

export const sroiResult = z.object({
  parameterSetId: z.uuid(),
  version: z.int(),
  from: date,
  to: date,
  presentValueBenefits: z.number(),
  presentValueCosts: z.number(),
  netPresentValue: z.number(),
  returnPerKrone: z.number().nullable(),
  sensitivity: z.object({
    low: point,
    high: point,
    oneWay: z.array(z.object({ parameter: z.string(), lowerValue: z.number(), upperValue: z.number(), atLower: point, atUpper: point })),
  }),
  years: z.array(
    z.object({
      year: z.int(),
      costs: z.number(),
      benefits: z.number(),
      netPeople: z.number(),
      presentValueCosts: z.number(),
      presentValueBenefits: z.number(),
    }),
  ),
  outcomes: z.array(
    z.object({
      source: z.enum(['placement-time', 'end-outcome']),
      kind: z.enum(OUTCOME_KINDS),
      year: z.int(),
      people: z.number(),
      personYears: z.number(),
    }),
  ),
  assumptions: z.array(assumption),
});
