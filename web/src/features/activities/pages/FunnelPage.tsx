import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { funnelQuery as funnelQuerySchema } from '../../../../../shared/schemas/activities.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatNumber } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { chosen, NO_VALUE } from '../../../lib/schemas.ts';
import { programmeQuery } from '../../../queries.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { canReadOutcomes } from '../access.ts';
import { type Funnel, funnelQuery } from '../api.ts';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';

type Stage = Funnel['rows'][number]['placed'];
const STAGES = ['placed', 'completed', 'education'] as const;

/**
 * The attribution funnel per activity kind as a table (charts belong to the dashboard). The period
 * and site live in the URL; funders and evaluators see counts under 5 as "<5".
 */
export function FunnelPage({ programmeId, from, to, siteId }: { programmeId: string; from: string; to: string; siteId?: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const allowed = canReadOutcomes(me, programmeId);
  const programmeName = useProgrammeName(programmeId);
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  const data = useQuery({ ...funnelQuery(programmeId, { from, to, siteId }), enabled: allowed });
  const locale = currentLocale();
  const labels = { from: t('activities.funnel.from'), to: t('activities.funnel.to'), siteId: t('activities.funnel.site') };
  const form = useForm({
    id: 'funnel',
    schema: funnelQuerySchema,
    labels,
    read: (d) => ({ from: text(d, 'from'), to: text(d, 'to'), siteId: chosen(text(d, 'siteId')) }),
    submit: (q) => navigate({ to: '/programmes/$programmeId/aktiviteter/tragt', params: { programmeId }, search: q }),
  });
  if (!allowed) return <Forbidden />;

  const cell = (n: { value: number | null; suppressed: boolean }) =>
    n.suppressed ? t('activities.funnel.suppressed') : n.value === null ? '—' : formatNumber(n.value, locale);
  const stage = (s: Stage) => (
    <>
      {cell(s)}
      {s.medianDays !== null && (
        <>
          <br />
          <span className={layout.muted}>
            {t('activities.funnel.days', { count: s.medianDays, days: formatNumber(s.medianDays, locale) })}
          </span>
        </>
      )}
    </>
  );

  return (
    <Page title={t('activities.funnel.title')} lead={programmeName} wide>
      <p>{t('activities.funnel.lead')}</p>
      <FormFrame form={form} variant="filters" submit={t('activities.funnel.show')}>
        <div className={forms['field-row']}>
          <TextInput form={form} name="from" type="date" label={labels.from} defaultValue={from} />
          <TextInput form={form} name="to" type="date" label={labels.to} defaultValue={to} />
          {programme.data && (
            <SelectInput
              form={form}
              name="siteId"
              label={labels.siteId}
              defaultValue={siteId ?? NO_VALUE}
              options={[
                { value: NO_VALUE, label: t('activities.funnel.allSites') },
                ...programme.data.sites.map((s) => ({ value: s.id, label: s.name })),
              ]}
            />
          )}
        </div>
      </FormFrame>
      <QueryStatus query={data} />
      {data.data && (
        <>
          <Table caption={t('activities.funnel.caption', { from: formatDate(from, locale), to: formatDate(to, locale) })} showCaption>
            <thead>
              <tr>
                <th scope="col">{t('activities.funnel.kind')}</th>
                <th scope="col">{t('activities.funnel.attendees')}</th>
                {STAGES.map((s) => (
                  <th key={s} scope="col">
                    {t(`activities.funnel.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.data.rows.map((r) => (
                <tr key={r.kind}>
                  <th scope="row">{t(`activities.kinds.${r.kind}`)}</th>
                  <td>{cell(r.attendees)}</td>
                  {STAGES.map((s) => (
                    <td key={s}>{stage(r[s])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
          {data.data.suppressed && <p className={layout.muted}>{t('activities.funnel.suppressedNote')}</p>}
          <p className={forms.field__hint}>{t('activities.funnel.rule')}</p>
        </>
      )}
    </Page>
  );
}
