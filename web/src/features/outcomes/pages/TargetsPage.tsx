import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FIGURE_KEYS, FIGURE_UNIT } from '../../../../../shared/domain/kpis/types.ts';
import { can } from '../../../access.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextInput, NumberInput } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { keys, saveTargets, type Target, targetsQuery } from '../api.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import buttons from '../../../ui/buttons.module.css';
import forms from '../../../ui/forms.module.css';

const amount = z
  .string()
  .trim()
  .regex(/^\d{0,7}([.,]\d{1,2})?$/, { message: 'number_invalid' });
const targetsForm = z
  .object({
    periodFrom: z.iso.date(),
    periodTo: z.iso.date(),
    ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, amount])) as Record<(typeof FIGURE_KEYS)[number], typeof amount>),
  })
  .superRefine((f, ctx) => {
    if (f.periodTo < f.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'period_reversed' });
    if (f.completion_rate && Number(f.completion_rate.replace(',', '.')) > 100)
      ctx.addIssue({ code: 'custom', path: ['completion_rate'], message: 'rate_over_one' });
  });

/**
 * `/programmes/$programmeId/resultater/maal`: the coordinator's targets for one period (e.g. 120
 * attached, 60 in jobs). Saving replaces the period's targets; an empty field removes that target.
 * The completion rate is typed as a percentage and stored as a share.
 */
export function TargetsPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'target.manage', programmeId);
  const targets = useQuery({ ...targetsQuery(programmeId), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  if (!allowed) return <Forbidden />;
  return (
    <Page title={t('outcomes.targets.title')} lead={programmeName}>
      <p>
        <Link to="/programmes/$programmeId/resultater" params={{ programmeId }}>
          {t('outcomes.report.back')}
        </Link>
      </p>
      <QueryStatus query={targets} />
      {targets.data && <TargetsForm programmeId={programmeId} targets={targets.data.targets} />}
    </Page>
  );
}

function TargetsForm({ programmeId, targets }: { programmeId: string; targets: Target[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);
  const year = copenhagenToday().slice(0, 4);
  const latest = [...targets].sort((a, b) => b.periodFrom.localeCompare(a.periodFrom))[0];
  const period = latest ? { from: latest.periodFrom, to: latest.periodTo } : { from: `${year}-01-01`, to: `${year}-12-31` };
  const current = new Map(targets.filter((x) => x.periodFrom === period.from && x.periodTo === period.to).map((x) => [x.key, x.value]));
  const labels: Record<string, string> = {
    periodFrom: t('outcomes.targets.from'),
    periodTo: t('outcomes.targets.to'),
    ...Object.fromEntries(
      FIGURE_KEYS.map((k) => [
        k,
        FIGURE_UNIT[k] === 'percent'
          ? t('outcomes.targets.percent', { figure: t(`outcomes.vocab.figures.${k}`) })
          : t(`outcomes.vocab.figures.${k}`),
      ]),
    ),
  };
  const form = useForm({
    id: 'outcome-targets',
    schema: targetsForm,
    labels,
    read: (data) => Object.fromEntries(Object.keys(labels).map((k) => [k, text(data, k)])),
    submit: async (v) => {
      const list = FIGURE_KEYS.filter((k) => v[k] !== '').map((k) => {
        const n = Number(v[k].replace(',', '.'));
        return { key: k, value: FIGURE_UNIT[k] === 'percent' ? n / 100 : n };
      });
      await saveTargets(programmeId, { periodFrom: v.periodFrom, periodTo: v.periodTo, targets: list });
      await queryClient.invalidateQueries({ queryKey: keys.outcomes(programmeId) });
      setSaved(true);
      await navigate({ to: '/programmes/$programmeId/resultater', params: { programmeId } });
    },
  });
  const initial = (k: (typeof FIGURE_KEYS)[number]) => {
    const v = current.get(k);
    if (v === undefined) return '';
    return String(FIGURE_UNIT[k] === 'percent' ? Math.round(v * 1000) / 10 : v);
  };
  return (
    <Form className={forms.form} onSubmit={form.handleSubmit} validationBehavior="aria" aria-label={t('outcomes.targets.title')}>
      {saved && <Notice>{t('outcomes.targets.saved')}</Notice>}
      <ErrorSummary form={form} />
      <p>{t('outcomes.targets.lead')}</p>
      <div className={forms['field-row']}>
        <TextInput form={form} name="periodFrom" type="date" label={labels.periodFrom ?? ''} defaultValue={period.from} isRequired />
        <TextInput form={form} name="periodTo" type="date" label={labels.periodTo ?? ''} defaultValue={period.to} isRequired />
      </div>
      {FIGURE_KEYS.map((k) => (
        <NumberInput key={k} form={form} name={k} label={labels[k] ?? k} decimals defaultValue={initial(k)} />
      ))}
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('outcomes.targets.save')}</SubmitButton>
      </div>
    </Form>
  );
}
