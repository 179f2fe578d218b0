import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isoDate } from '../../../../../shared/schemas/common.ts';
import { can } from '../../../access.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { TextInput } from '../../../ui/fields.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale, type Locale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { formatMoney, formatNumber } from '../../../ui/format.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { type MentorCosts, mentorCostsQuery } from '../settings-api.ts';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import tables from '../../../ui/tables.module.css';
import { cx } from '../../../ui/cx.ts';

const periodForm = z.object({ from: isoDate.optional(), to: isoDate.optional() }).superRefine((p, ctx) => {
  if (p.from && p.to && p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to_before_from' });
});

/** '2026-09' → "september 2026" (or "September 2026"), the way a funder's report names a month. */
function monthName(month: string, locale: Locale): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * `/programmes/$programmeId/mentorudgifter`: mentor hours and their cost per payer and month, for
 * the funders' reports. The period lives in the URL, so a report can be bookmarked or shared.
 * Sums only: the server names no one.
 */
export function MentorCostsPage({ programmeId, from, to }: { programmeId: string; from?: string; to?: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const allowed = can(me, 'mentor_costs.read', programmeId);
  const costs = useQuery({ ...mentorCostsQuery(programmeId, { from, to }), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  if (!allowed) return <Forbidden />;
  const period =
    from || to
      ? t('placements.costs.period', { from: from ? formatDate(from, locale) : '…', to: to ? formatDate(to, locale) : '…' })
      : t('placements.costs.allTime');
  return (
    <Page title={t('placements.costs.title')} lead={programmeName} wide>
      {can(me, 'placement.read', programmeId) && (
        <p>
          <Link to="/programmes/$programmeId/placements" params={{ programmeId }}>
            {t('placements.costs.back')}
          </Link>
        </p>
      )}
      <PeriodFilter programmeId={programmeId} from={from} to={to} />
      <QueryStatus query={costs} />
      {costs.data && <CostTable costs={costs.data} period={period} locale={locale} />}
    </Page>
  );
}

function PeriodFilter({ programmeId, from, to }: { programmeId: string; from?: string; to?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = { from: t('placements.costs.from'), to: t('placements.costs.to') };
  const form = useForm({
    id: 'mentor-costs-period',
    schema: periodForm,
    labels,
    read: (data) => ({ from: text(data, 'from') || undefined, to: text(data, 'to') || undefined }),
    submit: (value) => navigate({ to: '/programmes/$programmeId/mentorudgifter', params: { programmeId }, search: value }),
  });
  return (
    <Form
      className={cx(forms.form, 'pl-period')}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t('placements.costs.filter')}
    >
      <ErrorSummary form={form} />
      <div className={forms['field-row']}>
        <TextInput form={form} name="from" type="date" label={labels.from} defaultValue={from} />
        <TextInput form={form} name="to" type="date" label={labels.to} defaultValue={to} />
      </div>
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('placements.costs.show')}</SubmitButton>
      </div>
    </Form>
  );
}

function CostTable({ costs, period, locale }: { costs: MentorCosts; period: string; locale: Locale }) {
  const { t } = useTranslation();
  if (costs.byPayerMonth.length === 0) return <p>{t('placements.costs.none', { period })}</p>;
  const rows = [...costs.byPayerMonth].sort((a, b) => a.payer.localeCompare(b.payer) || a.month.localeCompare(b.month));
  const hours = (n: number) => formatNumber(n, locale);
  return (
    <>
      <Table caption={t('placements.costs.caption', { period })} showCaption>
        <thead>
          <tr>
            <th scope="col">{t('placements.costs.payer')}</th>
            <th scope="col">{t('placements.costs.month')}</th>
            <th scope="col" className={tables.num}>
              {t('placements.costs.hours')}
            </th>
            <th scope="col" className={tables.num}>
              {t('placements.costs.cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.payer}-${r.month}`}>
              <td>{t(`employers.payers.${r.payer}`)}</td>
              <td>{monthName(r.month, locale)}</td>
              <td className={tables.num}>{hours(r.hours)}</td>
              <td className={tables.num}>{formatMoney(r.cost, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('placements.costs.total')}
            </th>
            <td className={tables.num}>{hours(costs.hours)}</td>
            <td className={tables.num}>{formatMoney(costs.cost, locale)}</td>
          </tr>
        </tfoot>
      </Table>
      <Table caption={t('placements.costs.byPayerCaption')} showCaption>
        <thead>
          <tr>
            <th scope="col">{t('placements.costs.payer')}</th>
            <th scope="col" className={tables.num}>
              {t('placements.costs.hours')}
            </th>
            <th scope="col" className={tables.num}>
              {t('placements.costs.cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {costs.byPayer.map((r) => (
            <tr key={r.payer}>
              <th scope="row">{t(`employers.payers.${r.payer}`)}</th>
              <td className={tables.num}>{hours(r.hours)}</td>
              <td className={tables.num}>{formatMoney(r.cost, locale)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
