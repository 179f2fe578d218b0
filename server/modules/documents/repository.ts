import type { Tx } from '../../../db/tenant.ts';
import { placementsWithParties } from '../../lib/placement-parties.ts';

/**
 * What the placement documents print: the agreement, the opening (tasks, plan, safety flags), the
 * employer (organisation, CVR when it is a company, the workplace's address), the person's name,
 * address and birth date, the mentor and the programme's name.
 */
export function documentFacts(trx: Tx, programmeId: string, placementId: string) {
  return placementsWithParties(trx)
    .innerJoin('workplaces as w', 'w.id', 'o.workplace_id')
    .innerJoin('programmes as prog', 'prog.id', 'p.programme_id')
    .leftJoin('companies as c', (j) =>
      j.onRef('c.programme_id', '=', 'o.programme_id').onRef('c.organisation_id', '=', 'o.organisation_id'),
    )
    .select([
      'p.id',
      'p.status',
      'p.participant_id',
      'p.starts_on',
      'p.ends_on',
      'p.hours_per_week',
      'p.weekly_schedule',
      'p.wage_per_hour',
      'p.wage_payer',
      'prog.name as programme_name',
      'o.title',
      'o.tasks',
      'o.kind',
      'o.starts_on as opening_starts_on',
      'o.ends_on as opening_ends_on',
      'o.hours_per_week as opening_hours_per_week',
      'o.weekly_schedule as opening_weekly_schedule',
      'o.wage_per_hour as opening_wage_per_hour',
      'o.wage_payer as opening_wage_payer',
      'o.adult_staff_present',
      'o.light_work_only',
      'o.machines_or_chemicals',
      'o.risk_assessment_done_on',
      'o.alcohol_served',
      'o.lifting_over_12kg',
      'o.lone_work',
      'o.money_handling',
      'o.contact_with_children_under_15',
      'o.child_certificate_obtained',
      'org.name as employer_name',
      'c.cvr',
      'w.name as workplace_name',
      'w.address as workplace_address',
      'w.postal_code',
      'w.p_number',
      'pa.first_name',
      'pa.last_name',
      'pa.address',
      'pa.birth_date',
      'pa.anonymised_at',
      'm.name as mentor_name',
    ])
    .where((eb) => eb.and({ 'p.programme_id': programmeId, 'p.id': placementId }))
    .executeTakeFirst();
}
export type DocumentFactsRow = NonNullable<Awaited<ReturnType<typeof documentFacts>>>;
