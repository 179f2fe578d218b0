import type { Tx } from '../../../db/tenant.ts';
import { placementsWithParties } from '../../lib/placement-parties.ts';

/**
 * Approved shifts in force (not replaced by an approved correction) between two dates, with the
 * agreed wage, its payer and the person. `cpr_enc` is selected only when the caller asks for it.
 */
export function approvedShifts(trx: Tx, programmeId: string, from: string, to: string, withCpr: boolean) {
  return placementsWithParties(trx)
    .innerJoin('shifts as s', 's.placement_id', 'p.id')
    .select([
      's.id',
      's.placement_id',
      'p.participant_id',
      's.work_date',
      's.start_time',
      's.end_time',
      's.break_minutes',
      'p.wage_per_hour',
      'p.wage_payer',
      'pa.first_name',
      'pa.last_name',
      'org.name as employer_name',
      'o.kind as opening_kind',
    ])
    .$if(withCpr, (q) => q.select('pa.cpr_enc'))
    .where('s.programme_id', '=', programmeId)
    .where('s.status', '=', 'approved')
    .where('s.work_date', '>=', from)
    .where('s.work_date', '<=', to)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('shifts as c').select('c.id').whereRef('c.corrects_shift_id', '=', 's.id').where('c.status', '=', 'approved'),
        ),
      ),
    )
    .orderBy('pa.last_name')
    .orderBy('pa.first_name')
    .orderBy('s.participant_id')
    .orderBy('s.work_date')
    .execute();
}
export type PayrollShiftRow = Awaited<ReturnType<typeof approvedShifts>>[number] & { cpr_enc?: string | null };

/** The programme's monthly pocket-money budget (`settings.budgetMonthly`, kroner), or null. */
export async function budgetMonthly(trx: Tx, programmeId: string): Promise<number | null> {
  const row = await trx.selectFrom('programmes').select('settings').where('id', '=', programmeId).executeTakeFirst();
  const v = (row?.settings as { budgetMonthly?: unknown } | undefined)?.budgetMonthly;
  return typeof v === 'number' && v >= 0 ? v : null;
}
