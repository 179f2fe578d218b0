import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { END_REASONS, OUTCOMES, REQUESTABLE_DECLINE_REASONS } from '../../../../../shared/domain/placements/states.ts';
import { transitionBody } from '../../../../../shared/schemas/placements.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { RadioChoice, TextAreaInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { type PlacementDetail, paths } from '../api.ts';
import { useRefreshPlacement } from '../hooks.ts';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

type Kind = 'declined' | 'completed' | 'ended_early';

const DECLARERS = ['participant', 'guardian', 'employer', 'coordinator'] as const;

/**
 * The steps that need a reason: say no (before the start), complete with an outcome, or end early.
 * Reasons are code lists so statistics can count them; the note is free text for the file.
 */
export function StepForm({ p, kind, onDone }: { p: PlacementDetail; kind: Kind; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshPlacement();
  const coordinator = p.actingAs === 'coordinator';
  const labels: Record<string, string> = {
    ...(kind === 'completed' ? { outcome: t('placements.fields.outcome') } : { reason: t('placements.fields.reason') }),
    ...(kind === 'declined' && coordinator ? { declinedBy: t('placements.fields.declinedBy') } : {}),
    note: t('placements.fields.note'),
  };
  const form = useForm({
    id: `${kind}-${p.id}`,
    schema: transitionBody,
    labels,
    read: (data) => {
      const note = text(data, 'note').trim() || undefined;
      const base = { to: kind, version: p.version, note };
      if (kind === 'completed') return { ...base, outcome: text(data, 'outcome') };
      const declinedBy = text(data, 'declinedBy') || undefined;
      return { ...base, reason: text(data, 'reason'), ...(kind === 'declined' && declinedBy ? { declinedBy } : {}) };
    },
    submit: async (body) => {
      await refresh(await api.post<PlacementDetail>(paths.transitions(p.programmeId, p.id), body));
      onDone(t(`placements.done.${kind}`));
    },
  });
  const reasons = kind === 'declined' ? REQUESTABLE_DECLINE_REASONS : END_REASONS;
  return (
    <Form
      className={cx(forms.form, 'pl-step-form')}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t(`placements.actions.${kind}`)}
    >
      <ErrorSummary form={form} />
      {kind === 'completed' ? (
        <RadioChoice
          form={form}
          name="outcome"
          label={labels.outcome ?? ''}
          isRequired
          options={OUTCOMES.map((o) => ({ value: o, label: t(`placements.outcomes.${o}`) }))}
        />
      ) : (
        <RadioChoice
          form={form}
          name="reason"
          label={labels.reason ?? ''}
          isRequired
          options={reasons.map((r) => ({ value: r, label: t(`placements.reasons.${r}`) }))}
        />
      )}
      {kind === 'declined' && coordinator && (
        <RadioChoice
          form={form}
          name="declinedBy"
          label={labels.declinedBy ?? ''}
          description={t('placements.fields.declinedByHint')}
          options={DECLARERS.map((d) => ({ value: d, label: t(`placements.parties.${d}`) }))}
        />
      )}
      <TextAreaInput form={form} name="note" label={labels.note ?? ''} rows={3} maxLength={2000} />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending} variant={kind === 'completed' ? 'primary' : 'secondary'}>
          {t(`placements.actions.${kind}Submit`)}
        </SubmitButton>
      </div>
    </Form>
  );
}
