import { Link, useNavigate } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ADULT_TRACKS, AGE_BANDS, PARTICIPANT_STATUSES, YOUTH_STEPS } from '../../../../../shared/domain/participants/constants.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { chosen, NO_VALUE } from '../../../lib/schemas.ts';
import type { WorkArea } from '../api.ts';
import { type ListSearch, listSearch } from '../params.ts';
import { CheckboxField } from '../../../ui/fields.tsx';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import forms from '../../../ui/forms.module.css';
import overlays from '../../../ui/overlays.module.css';

/**
 * Step and track share one select, as coordinators think of "where someone is": "Unge, trin 2" or
 * "Voksne, fleksjob". Its values encode which filter they set.
 */
function ladderValue(search: ListSearch): string {
  if (search.step) return `step:${search.step}`;
  if (search.track) return `track:${search.track}`;
  if (search.kind) return `kind:${search.kind}`;
  return NO_VALUE;
}

function readLadder(value: string): Pick<ListSearch, 'kind' | 'step' | 'track'> {
  const [type, v] = value.split(':');
  if (type === 'step') return { kind: 'youth', step: Number(v) };
  if (type === 'track') return { kind: 'adult', track: v as ListSearch['track'] };
  if (type === 'kind') return { kind: v as ListSearch['kind'] };
  return {};
}

/** How many filters besides the name search are set (step or track and kind count as one). */
function activeFilters(search: ListSearch): number {
  const { site, status, interest, ageBand, needsAttention } = search;
  return (
    [site, status, interest, ageBand, needsAttention].filter((v) => v !== undefined).length + (ladderValue(search) === NO_VALUE ? 0 : 1)
  );
}

function wideScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 48rem)').matches;
}

type Props = { programmeId: string; search: ListSearch; sites: { id: string; name: string }[]; workAreas: WorkArea[] };

export function ListFilterForm({ programmeId, search, sites, workAreas }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const f = (key: string) => t(`participants.filters.${key}`);
  const all = { value: NO_VALUE, label: f('all') };
  const form = useForm({
    id: 'filters',
    schema: listSearch,
    labels: {
      q: f('q'),
      site: f('site'),
      ladder: f('ladder'),
      status: f('status'),
      interest: f('interest'),
      ageBand: f('ageBand'),
      needsAttention: f('needsAttention'),
    },
    read: (data) => {
      const q = text(data, 'q').trim();
      return {
        q: q === '' ? undefined : q,
        site: chosen(text(data, 'site')),
        ...readLadder(text(data, 'ladder')),
        status: chosen(text(data, 'status')),
        interest: chosen(text(data, 'interest')),
        ageBand: chosen(text(data, 'ageBand')),
        needsAttention: data.get('needsAttention') === 'true' ? true : undefined,
      };
    },
    submit: (value) => navigate({ to: '/programmes/$programmeId/participants', params: { programmeId }, search: value }),
  });

  const active = activeFilters(search);
  const ladderOptions = [
    all,
    { value: 'kind:youth', label: f('allYouth') },
    ...YOUTH_STEPS.map((s) => ({
      value: `step:${s}`,
      label: `${t('participants.kinds.youth')}: ${t('participants.stepOf', { step: s })}`,
    })),
    { value: 'kind:adult', label: f('allAdults') },
    ...ADULT_TRACKS.map((tr) => ({ value: `track:${tr}`, label: `${t('participants.kinds.adult')}: ${t(`participants.tracks.${tr}`)}` })),
  ];

  return (
    <Form
      className={cx(forms.form, forms['form--filters'])}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      role="search"
      aria-label={t('participants.list.filtersTitle')}
    >
      <ErrorSummary form={form} />
      <TextInput
        form={form}
        name="q"
        type="search"
        label={f('q')}
        description={f('qHint')}
        defaultValue={search.q ?? ''}
        maxLength={100}
        autoComplete="off"
      />
      {/* On a phone the name search comes first; the other filters fold away unless in use. */}
      <details className={cx(overlays.disclosure, overlays['p-more-filters'])} open={active > 0 || wideScreen()}>
        <summary className={overlays.disclosure__summary}>
          {active > 0 ? t('participants.filters.moreActive', { count: active }) : f('more')}
        </summary>
        <div className={cx(overlays.disclosure__body, forms.form)}>
          <div className={forms['filter-grid']}>
            <SelectInput
              form={form}
              name="site"
              label={f('site')}
              options={[all, ...sites.map((s) => ({ value: s.id, label: s.name }))]}
              defaultValue={search.site ?? NO_VALUE}
            />
            <SelectInput form={form} name="ladder" label={f('ladder')} options={ladderOptions} defaultValue={ladderValue(search)} />
            <SelectInput
              form={form}
              name="status"
              label={f('status')}
              options={[all, ...PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`participants.statuses.${s}`) }))]}
              defaultValue={search.status ?? NO_VALUE}
            />
            <SelectInput
              form={form}
              name="interest"
              label={f('interest')}
              options={[all, ...workAreas.map((a) => ({ value: a.code, label: locale === 'en' ? a.nameEn : a.nameDa }))]}
              defaultValue={search.interest ?? NO_VALUE}
            />
            <SelectInput
              form={form}
              name="ageBand"
              label={f('ageBand')}
              options={[all, ...AGE_BANDS.map((b) => ({ value: b, label: t(`participants.ageBands.${b}`) }))]}
              defaultValue={search.ageBand ?? NO_VALUE}
            />
          </div>
          <CheckboxField
            form={form}
            name="needsAttention"
            label={f('needsAttention')}
            description={f('needsAttentionHint')}
            defaultSelected={search.needsAttention === true}
          />
        </div>
      </details>
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{f('submit')}</SubmitButton>
        <Link
          to="/programmes/$programmeId/participants"
          params={{ programmeId }}
          className={cx(buttons.button, buttons['button--secondary'])}
        >
          {f('reset')}
        </Link>
      </div>
    </Form>
  );
}
