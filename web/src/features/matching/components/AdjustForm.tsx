import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { OVERRIDABLE_RULES } from '../../../../../shared/domain/matching/ranking/index.ts';
import { createAdjustmentBody, removeAdjustmentBody } from '../../../../../shared/schemas/matching.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Checkboxes, RadioChoice, TextInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { type Adjustment, useAddAdjustment, useRemoveAdjustment } from '../api.ts';
import { ruleName } from './bits.tsx';
import matching from '../matching.module.css';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

type Props = {
  programmeId: string;
  openingId: string;
  participantId: string;
  /** Who the pair is, for the folded form's accessible name. */
  label: string;
  /** Overrides only make sense where the excluded are listed; rounds offer pin and hide. */
  allowOverride?: boolean;
  onDone: (message: string) => void;
};

/**
 * Pin, hide or override a pair, always with a reason. An override offers only the rules the
 * server lets a coordinator bypass; the legal rules are not even choices.
 */
export function AdjustForm({ programmeId, openingId, participantId, label, allowOverride, onDone }: Props) {
  const { t } = useTranslation();
  const add = useAddAdjustment(programmeId);
  const [kind, setKind] = useState('pin');
  const labels = { kind: t('matching.adjust.kind'), rules: t('matching.adjust.rules'), reason: t('matching.adjust.reason') };
  const form = useForm({
    id: `adj-${openingId}-${participantId}`,
    schema: createAdjustmentBody,
    labels,
    read: (data) => ({
      openingId,
      participantId,
      kind: text(data, 'kind'),
      rules: text(data, 'kind') === 'override' ? data.getAll('rules') : undefined,
      reason: text(data, 'reason'),
    }),
    submit: async (body, el) => {
      await add.mutateAsync(body);
      el.reset();
      onDone(t('matching.adjust.saved'));
    },
  });
  const kinds = (allowOverride ? (['pin', 'hide', 'override'] as const) : (['pin', 'hide'] as const)).map((k) => ({
    value: k,
    label: t(`matching.adjust.kinds.${k}`),
  }));
  return (
    <details className={matching['mt-adjust']}>
      <summary>
        {allowOverride ? t('matching.adjust.title') : t('matching.adjust.titleShort')}
        <span className={layout['visually-hidden']}>: {label}</span>
      </summary>
      <Form
        className={cx(forms.form, matching['mt-adjust__form'])}
        onSubmit={form.handleSubmit}
        validationBehavior="aria"
        aria-label={`${t('matching.adjust.title')}: ${label}`}
      >
        <ErrorSummary form={form} />
        <RadioChoice form={form} name="kind" label={labels.kind} options={kinds} value={kind} onChange={setKind} isRequired />
        {kind === 'override' && (
          <Checkboxes
            form={form}
            name="rules"
            label={labels.rules}
            description={t('matching.adjust.rulesHint')}
            options={OVERRIDABLE_RULES.map((r) => ({ value: r, label: ruleName(t, r) }))}
          />
        )}
        <TextInput
          form={form}
          name="reason"
          label={labels.reason}
          description={t('matching.adjust.reasonHint')}
          maxLength={1000}
          isRequired
        />
        <div className={buttons['form-actions']}>
          <SubmitButton pending={form.pending}>{t('matching.adjust.submit')}</SubmitButton>
        </div>
      </Form>
    </details>
  );
}

/** A live adjustment with its reason, and a folded form to remove it (a reason again). */
export function AdjustmentItem({
  programmeId,
  adjustment: a,
  label,
  onDone,
}: {
  programmeId: string;
  adjustment: Adjustment;
  label: string;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveAdjustment(programmeId);
  const kindName = t(`matching.adjust.kindNames.${a.kind}`);
  const labels = { reason: t('matching.adjust.removeReason') };
  const form = useForm({
    id: `rm-${a.id}`,
    schema: removeAdjustmentBody,
    labels,
    read: (data) => ({ reason: text(data, 'reason') }),
    submit: async (body) => {
      await remove.mutateAsync({ id: a.id, reason: body.reason });
      onDone(t('matching.adjust.removed'));
    },
  });
  return (
    <li className={matching['mt-adjustment']}>
      <strong>{label}</strong>: {kindName}
      {a.rules.length > 0 && ` (${a.rules.map((r) => ruleName(t, r)).join(', ')})`} – {a.reason}
      <details className={matching['mt-adjust']}>
        <summary>{t('matching.adjust.removeLabel', { kind: kindName, name: label })}</summary>
        <Form
          className={cx(forms.form, matching['mt-adjust__form'])}
          onSubmit={form.handleSubmit}
          validationBehavior="aria"
          aria-label={t('matching.adjust.removeLabel', { kind: kindName, name: label })}
        >
          <ErrorSummary form={form} />
          <TextInput form={form} name="reason" label={labels.reason} maxLength={1000} isRequired />
          <div className={buttons['form-actions']}>
            <SubmitButton pending={form.pending}>{t('matching.adjust.remove')}</SubmitButton>
          </div>
        </Form>
      </details>
    </li>
  );
}
