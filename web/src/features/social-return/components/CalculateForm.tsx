import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isoDate } from '../../../../../shared/schemas/common.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import type { ParameterSet } from '../api.ts';
import forms from '../../../ui/forms.module.css';

const calcForm = z
  .object({ parameterSetId: z.string().min(1), from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'to_before_from' });

/** Chooses the parameter set (its latest version) and the period, and asks for the calculation. */
export function CalculateForm(props: {
  sets: ParameterSet[];
  selectedId: string;
  onSelect: (id: string) => void;
  onCalculate: (v: { parameterSetId: string; from: string; to: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const labels = { parameterSetId: t('socialReturn.calc.set'), from: t('socialReturn.calc.from'), to: t('socialReturn.calc.to') };
  const form = useForm({
    id: 'sroi-calc',
    schema: calcForm,
    labels,
    read: (data) => ({ parameterSetId: text(data, 'parameterSetId'), from: text(data, 'from'), to: text(data, 'to') }),
    submit: (v) => props.onCalculate(v),
    mapError: (error) => {
      const issue = (error as { issues?: { path: (string | number)[]; code: string }[] }).issues?.[0];
      if (issue?.code === 'period_exceeds_horizon') return { fields: { to: t('socialReturn.calc.periodTooLong') } };
      if (issue?.code === 'sroi_input_invalid') return { general: [t('socialReturn.calc.valuesMissing')] };
      return undefined;
    },
  });
  return (
    <FormFrame form={form} label={t('socialReturn.calc.heading')} submit={t('socialReturn.calc.submit')}>
      <div className={forms['field-row']}>
        <SelectInput
          form={form}
          name="parameterSetId"
          label={labels.parameterSetId}
          defaultValue={props.selectedId}
          onChange={props.onSelect}
          options={props.sets.map((s) => ({
            value: s.id,
            label: t('socialReturn.calc.setOption', { name: s.name, version: s.latest.version }),
          }))}
        />
        <TextInput form={form} name="from" type="date" label={labels.from} defaultValue={`${year}-01-01`} />
        <TextInput form={form} name="to" type="date" label={labels.to} defaultValue={`${year}-12-31`} />
      </div>
    </FormFrame>
  );
}
