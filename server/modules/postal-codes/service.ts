import { loadPostalCodes } from '../../lib/postal-codes.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor } from '../../lib/access/index.ts';

/** Place names for address forms, from the shipped postal-code table. Public reference data. */
export function lookUpPostalCode(ctx: Ctx, code: string) {
  requireActor(ctx);
  const found = loadPostalCodes().get(code);
  if (!found) throw errors.notFound('postal code');
  return { code: found.code, name: found.name, municipalityCode: found.municipalityCode };
}
