import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RULE_CODES } from '../../../../../shared/domain/youth-rules/types.ts';
import { ruleExceptionBody } from '../../../../../shared/schemas/shifts.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { SelectInput, TextAreaInput, TextInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { keys, paths } from '../api.ts';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';

/**
 * A coordinator documents an exception to one rule on one date (week rules: the Monday) where the
 * law allows one, with its legal basis. The violation then no longer blocks approval.
 */
export function RuleExceptionForm({
  programmeId,
  participantId,
  defaultDate,
  onDone,
}: {
  programmeId: string;
  participantId: string;
  defaultDate: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = {
    rule: t('hours.fields.rule'),
    appliesOn: t('hours.fields.appliesOn'),
    reason: t('hours.fields.reason'),
    legalBasis: t('hours.fields.legalBasis'),
  };
  const form = useForm({
    id: `exception-${participantId}`,
    schema: ruleExceptionBody,
    labels,
    read: (data) => ({
      rule: text(data, 'rule'),
      appliesOn: text(data, 'appliesOn'),
      reason: text(data, 'reason'),
      legalBasis: text(data, 'legalBasis'),
    }),
    submit: async (body, el) => {
      await api.post(paths.ruleExceptions(programmeId, participantId), body);
      await queryClient.invalidateQueries({ queryKey: keys.hours(programmeId) });
      el.reset();
      onDone();
    },
  });
  return (
    <Form className={forms.form} onSubmit={form.handleSubmit} validationBehavior="aria" aria-label={t('hours.exception.title')}>
      <p className={forms.field__hint}>{t('hours.exception.hint')}</p>
      <ErrorSummary form={form} />
      <SelectInput
        form={form}
        name="rule"
        label={labels.rule}
        options={RULE_CODES.map((r) => ({ value: r, label: t(`hours.rules.${r}`) }))}
        isRequired
      />
      <TextInput form={form} name="appliesOn" type="date" label={labels.appliesOn} defaultValue={defaultDate} isRequired />
      <TextAreaInput form={form} name="reason" label={labels.reason} isRequired maxLength={1000} rows={3} />
      <TextInput form={form} name="legalBasis" label={labels.legalBasis} isRequired maxLength={500} />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('hours.save.exception')}</SubmitButton>
      </div>
    </Form>
  );
}
