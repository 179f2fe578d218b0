import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import * as repo from './repository.ts';

// The programme's settings row is read and written alike by both settings pages (programme and
// placement settings); these run inside a service's transaction, after its access check.

/** A patch keeps only the fields sent, so an omitted field keeps its stored value. */
export function definedOnly(body: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** The programme's stored settings row; a programme the caller cannot see is not found. Both settings pages read it. */
export async function storedSettings(trx: Tx, programmeId: string) {
  const stored = await repo.getSettings(trx, programmeId);
  if (!stored) throw errors.notFound('programme');
  return stored;
}

/** Both settings pages save into the same row, audited alike, so they share the write. */
export async function saveSettings(trx: Tx, ctx: Ctx, programmeId: string, patch: Record<string, unknown>) {
  const stored = await repo.mergeSettings(trx, programmeId, patch);
  if (!stored) throw errors.notFound('programme');
  await recordAudit(trx, ctx, {
    action: 'update',
    subjectType: 'programme_settings',
    subjectId: programmeId,
    programmeId,
    details: patch,
  });
  return stored;
}
