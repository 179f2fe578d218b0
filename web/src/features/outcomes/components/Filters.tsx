import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ADULT_TRACKS } from '../../../../../shared/domain/participants/constants.ts';
import { KPI_AGE_BANDS } from '../../../../../shared/domain/kpis/types.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { programmeQuery } from '../../../queries.ts';
import type { OutcomeFilters } from '../api.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { PERIOD_PRESETS, presetOf, presetPeriod, type PeriodPreset } from '../filters.ts';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import forms from '../../../ui/forms.module.css';

const filterForm = z
  .object({
    preset: z.enum(PERIOD_PRESETS),
    from: z.iso.date(),
    to: z.iso.date(),
    siteId: z.string(),
    step: z.string(),
    track: z.string(),
    ageBand: z.string(),
  })
  .superRefine((f, ctx) => {
    if (f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'period_reversed' });
  });

/**
 * The dashboard's filters: site, a period preset or custom dates, the youth step or adult track,
 * and age band. Submitting puts them in the URL, so a filtered view can be bookmarked and the
 * report page opens with the same filters.
 */
export function Filters({
  programmeId,
  filters,
  to,
}: {
  programmeId: string;
  filters: OutcomeFilters;
  to: '/programmes/$programmeId/resultater' | '/programmes/$programmeId/resultater/rapport';
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = copenhagenToday();
  const programme = useQuery(programmeQuery(programmeId));
  const [preset, setPreset] = useState<PeriodPreset>(presetOf(filters.from, filters.to, today));
  const labels = {
    preset: t('outcomes.filters.period'),
    from: t('outcomes.filters.from'),
    to: t('outcomes.filters.to'),
    siteId: t('outcomes.filters.site'),
    step: t('outcomes.filters.step'),
    track: t('outcomes.filters.track'),
    ageBand: t('outcomes.filters.ageBand'),
  };
  const form = useForm({
    id: 'outcome-filters',
    schema: filterForm,
    labels,
    read: (data) => {
      const p = (text(data, 'preset') || 'custom') as PeriodPreset;
      const period = p === 'custom' ? { from: text(data, 'from'), to: text(data, 'to') } : presetPeriod(p, today);
      return {
        preset: p,
        ...period,
        siteId: text(data, 'siteId'),
        step: text(data, 'step'),
        track: text(data, 'track'),
        ageBand: text(data, 'ageBand'),
      };
    },
    submit: (v) =>
      navigate({
        to,
        params: { programmeId },
        search: {
          from: v.from,
          to: v.to,
          siteId: v.siteId || undefined,
          step: v.step ? Number(v.step) : undefined,
          track: (v.track || undefined) as OutcomeFilters['track'],
          ageBand: (v.ageBand || undefined) as OutcomeFilters['ageBand'],
        },
      }),
  });
  const all = { value: '', label: t('outcomes.filters.all') };
  return (
    <Form
      className={cx(forms.form, forms['form--filters'], 'oc-filters')}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t('outcomes.filters.title')}
    >
      <ErrorSummary form={form} />
      <div className={forms['filter-grid']}>
        <SelectInput
          form={form}
          name="siteId"
          label={labels.siteId}
          placeholder={all.label}
          defaultValue={filters.siteId ?? ''}
          options={[all, ...(programme.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        />
        <SelectInput
          form={form}
          name="preset"
          label={labels.preset}
          defaultValue={preset}
          onChange={(v) => setPreset((v || 'custom') as PeriodPreset)}
          options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`outcomes.filters.presets.${p}`) }))}
        />
        {preset === 'custom' && (
          <>
            <TextInput form={form} name="from" type="date" label={labels.from} defaultValue={filters.from} isRequired />
            <TextInput form={form} name="to" type="date" label={labels.to} defaultValue={filters.to} isRequired />
          </>
        )}
        <SelectInput
          form={form}
          name="step"
          label={labels.step}
          placeholder={all.label}
          defaultValue={filters.step ? String(filters.step) : ''}
          options={[all, ...[1, 2, 3, 4].map((s) => ({ value: String(s), label: t('outcomes.vocab.step', { step: s }) }))]}
        />
        <SelectInput
          form={form}
          name="track"
          label={labels.track}
          placeholder={all.label}
          defaultValue={filters.track ?? ''}
          options={[all, ...ADULT_TRACKS.map((k) => ({ value: k, label: t(`outcomes.vocab.tracks.${k}`) }))]}
        />
        <SelectInput
          form={form}
          name="ageBand"
          label={labels.ageBand}
          placeholder={all.label}
          defaultValue={filters.ageBand ?? ''}
          options={[all, ...KPI_AGE_BANDS.map((b) => ({ value: b, label: t('outcomes.filters.years', { band: b }) }))]}
        />
      </div>
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('outcomes.filters.apply')}</SubmitButton>
      </div>
    </Form>
  );
}
