import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { budgetQuery } from '../api.ts';
import layout from '../../../ui/layout.module.css';
import tables from '../../../ui/tables.module.css';
import hours from '../hours.module.css';
import { cx } from '../../../ui/cx.ts';

/** Pocket-money spending against the monthly budget, month by month, with a bar for the share spent. */
export function BudgetSection({ programmeId, year }: { programmeId: string; year: number }) {
  const { t } = useTranslation();
  const budget = useQuery(budgetQuery(programmeId, year));
  const locale = currentLocale();
  const money = (n: number | null) => (n === null ? '–' : formatMoney(n, locale));
  return (
    <Section id="budget" title={t('hours.payroll.budget', { year })}>
      <p className={layout.muted}>{t('hours.payroll.budgetLead')}</p>
      <QueryStatus query={budget} />
      {budget.data && budget.data.budgetMonthly === null && <p className={layout.muted}>{t('hours.payroll.noBudget')}</p>}
      {budget.data && (
        <Table caption={t('hours.payroll.budgetTable')}>
          <thead>
            <tr>
              <th scope="col">{t('hours.payroll.budgetMonth')}</th>
              <th scope="col" className={tables.num}>
                {t('hours.payroll.budgetAmount')}
              </th>
              <th scope="col" className={tables.num}>
                {t('hours.payroll.spent')}
              </th>
              <th scope="col" className={tables.num}>
                {t('hours.payroll.remaining')}
              </th>
              <th scope="col">
                <span className={layout['visually-hidden']}>{t('hours.payroll.spent')} %</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.data.months.map((m) => {
              const share = m.budget ? Math.min(100, Math.round((m.spent / m.budget) * 100)) : 0;
              return (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td className={tables.num}>{money(m.budget)}</td>
                  <td className={tables.num}>{money(m.spent)}</td>
                  <td className={tables.num}>
                    {money(m.remaining)}
                    {m.overBudget && <span className={hours['hours-badge--warn']}> {t('hours.payroll.over')}</span>}
                  </td>
                  <td>
                    <span className={hours['hours-bar']} aria-hidden="true">
                      <span
                        className={m.overBudget ? cx(hours['hours-bar__fill'], hours['hours-bar__fill--over']) : hours['hours-bar__fill']}
                        style={{ width: `${share}%` }}
                      />
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Section>
  );
}
