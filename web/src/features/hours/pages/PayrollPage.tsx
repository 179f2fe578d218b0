import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PAYERS, PAYROLL_PAYERS, type Payer, type PayTotals } from '../../../../../shared/domain/hours/pay.ts';
import { payrollQuery } from '../../../../../shared/schemas/payroll.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { MonthPicker } from '../../../ui/DateInputs.tsx';
import { copenhagenToday } from '../../../lib/today.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { formatMoney, formatNumber } from '../../../ui/format.ts';
import { canManageHours } from '../access.ts';
import { keys, paths } from '../api.ts';
import { BudgetSection } from '../components/BudgetSection.tsx';
import hoursCss from '../hours.module.css';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import tables from '../../../ui/tables.module.css';
import { cx } from '../../../ui/cx.ts';
import { saveResponse } from '../../../lib/download.ts';

type Row = { placementId: string; name: string; employer: string; hours: number; ratePerHour: number } & Omit<PayTotals, 'hours'>;
type Report = { month: string; payer: Payer; rows: Row[]; totals: PayTotals };
export type PayrollSearch = { month?: string; payer?: Payer; reason?: string };

/**
 * Downloads the payroll file. Fetched rather than linked, so a refusal (a missing reason for a
 * payer that receives CPR numbers) shows on the page instead of being saved as a file.
 */
async function download(
  programmeId: string,
  q: Required<Pick<PayrollSearch, 'month' | 'payer'>> & { reason?: string },
  format: 'csv' | 'xlsx',
): Promise<boolean> {
  const params = new URLSearchParams({ month: q.month, payer: q.payer, format, ...(q.reason ? { reason: q.reason } : {}) });
  const res = await fetch(`${paths.payroll(programmeId)}?${params}`, { credentials: 'same-origin' });
  if (!res.ok) return false;
  await saveResponse(res, `loen.${format}`);
  return true;
}

/** `/programmes/$programmeId/loen`: the month's pay per payer, CSV and Excel downloads, and the pocket-money budget. */
export function PayrollPage({ programmeId, search }: { programmeId: string; search: PayrollSearch }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const allowed = canManageHours(me, programmeId);
  const locale = currentLocale();
  const [failed, setFailed] = useState(false);
  const chosen = search.month && search.payer ? { month: search.month, payer: search.payer, reason: search.reason } : null;
  const reportKey = (q: typeof chosen) => [...keys.hours(programmeId), 'payroll', q];
  const report = useQuery({
    queryKey: reportKey(chosen),
    queryFn: () => api.get<Report>(paths.payroll(programmeId), { ...chosen, format: 'json' }),
    enabled: allowed && chosen !== null,
  });
  const labels = { month: t('hours.fields.month'), payer: t('hours.fields.payer'), reason: t('hours.fields.payrollReason') };
  const form = useForm({
    id: 'payroll',
    schema: payrollQuery,
    labels,
    read: (data) => ({
      month: text(data, 'month').trim(),
      payer: text(data, 'payer'),
      reason: text(data, 'reason').trim() || undefined,
      format: 'json',
    }),
    submit: async (q) => {
      // The server insists on a reason when CPR numbers leave; say so before asking it.
      const next = { month: q.month, payer: q.payer, reason: q.reason };
      queryClient.setQueryData(reportKey(next), await api.get<Report>(paths.payroll(programmeId), { ...next, format: 'json' }));
      await navigate({ to: '.', search: { month: q.month, payer: q.payer, reason: q.reason } });
    },
  });
  if (!allowed) return <Forbidden />;
  const money = (n: number) => formatMoney(n, locale);
  // Payroll looks back: the last three years' months up to this one, newest first.
  const thisMonth = copenhagenToday().slice(0, 7);
  const get = async (format: 'csv' | 'xlsx') => setFailed(!(chosen && (await download(programmeId, chosen, format))));
  return (
    <Page title={t('hours.payroll.title')} lead={t('hours.payroll.lead')} wide>
      <p className={hoursCss['hours-crumbs']}>
        <Link to="/programmes/$programmeId/timer" params={{ programmeId }}>
          {t('hours.links.home')}
        </Link>
      </p>
      <FormFrame form={form} label={t('hours.payroll.pick')} submit={t('hours.save.show')}>
        <div className={forms['field-row']}>
          <MonthPicker
            form={form}
            name="month"
            label={labels.month}
            locale={locale}
            from={`${Number(thisMonth.slice(0, 4)) - 3}${thisMonth.slice(4)}`}
            to={thisMonth}
            defaultValue={search.month ?? thisMonth}
            isRequired
          />
          <SelectInput
            form={form}
            name="payer"
            label={labels.payer}
            defaultValue={search.payer ?? 'company'}
            isRequired
            options={PAYERS.map((p) => ({ value: p, label: t(`hours.payers.${p}`) }))}
          />
        </div>
        <TextInput
          form={form}
          name="reason"
          label={labels.reason}
          description={t('hours.payroll.cprHint')}
          defaultValue={search.reason ?? ''}
          maxLength={300}
        />
      </FormFrame>
      {chosen && (
        <Section id="rows" title={`${t('hours.payroll.rows')}: ${t(`hours.payers.${chosen.payer}`)}, ${chosen.month}`}>
          <QueryStatus query={report} />
          {report.data && report.data.rows.length === 0 && <p className={layout.muted}>{t('hours.payroll.none')}</p>}
          {report.data && report.data.rows.length > 0 && (
            <Table caption={t('hours.payroll.rows')}>
              <thead>
                <tr>
                  <th scope="col">{t('hours.payroll.name')}</th>
                  <th scope="col">{t('hours.payroll.employer')}</th>
                  <th scope="col" className={tables.num}>
                    {t('hours.payroll.hours')}
                  </th>
                  <th scope="col" className={tables.num}>
                    {t('hours.payroll.rate')}
                  </th>
                  <th scope="col" className={tables.num}>
                    {t('hours.payroll.gross')}
                  </th>
                  <th scope="col" className={tables.num}>
                    {t('hours.payroll.holidayPay')}
                  </th>
                  <th scope="col" className={tables.num}>
                    {t('hours.payroll.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.data.rows.map((r) => (
                  <tr key={r.placementId}>
                    <td>{r.name}</td>
                    <td>{r.employer}</td>
                    <td className={tables.num}>{formatNumber(r.hours, locale)}</td>
                    <td className={tables.num}>{money(r.ratePerHour)}</td>
                    <td className={tables.num}>{money(r.gross)}</td>
                    <td className={tables.num}>{money(r.holidayPay)}</td>
                    <td className={tables.num}>{money(r.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('hours.payroll.total')}
                  </th>
                  <td className={tables.num}>{formatNumber(report.data.totals.hours, locale)}</td>
                  <td />
                  <td className={tables.num}>{money(report.data.totals.gross)}</td>
                  <td className={tables.num}>{money(report.data.totals.holidayPay)}</td>
                  <td className={tables.num}>{money(report.data.totals.total)}</td>
                </tr>
              </tfoot>
            </Table>
          )}
          <div className={buttons['form-actions']}>
            <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => void get('csv')}>
              {t('hours.payroll.csv')}
            </Button>
            <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={() => void get('xlsx')}>
              {t('hours.payroll.xlsx')}
            </Button>
          </div>
          {failed && (
            <p className={forms.field__error} role="alert">
              {t('hours.payroll.downloadFailed')}
            </p>
          )}
          {PAYROLL_PAYERS.includes(chosen.payer) && <p className={forms.field__hint}>{t('hours.payroll.cprHint')}</p>}
        </Section>
      )}
      <BudgetSection programmeId={programmeId} year={Number((search.month ?? new Date().toISOString()).slice(0, 4))} />
    </Page>
  );
}
