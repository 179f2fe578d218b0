import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextInput } from '../../../ui/fields.tsx';
import type { FormController } from '../../../lib/form.ts';
import type { Opening } from '../api.ts';
import schedule from '../../../ui/schedule.module.css';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';
import employers from '../employers.module.css';

type Flags = Opening['flags'];

/** Yes/no questions without a follow-up, asked between the machine and the children questions. */
const PLAIN_FLAGS = ['alcoholServed', 'liftingOver12kg', 'loneWork', 'moneyHandling'] as const;

/**
 * The safety and legal questions the young-worker rules judge. Follow-up questions (risk
 * assessment, child-protection certificate) appear only when the question they follow is ticked.
 */
export function SafetyFields({
  form,
  initial,
  adultStaffPresent,
  hideLegend,
}: {
  form: FormController;
  initial?: Flags;
  adultStaffPresent?: boolean;
  /** The form already shows the same words as a section heading; the legend still names the group. */
  hideLegend?: boolean;
}) {
  const { t } = useTranslation();
  const [machines, setMachines] = useState(initial?.machinesOrChemicals ?? false);
  const [riskDone, setRiskDone] = useState(Boolean(initial?.riskAssessmentDoneOn));
  const [children, setChildren] = useState(initial?.contactWithChildrenUnder15 ?? false);
  // An invalid risk-assessment date is reported on `flags`; show it on the date input itself.
  const dateForm: FormController = {
    ...form,
    fieldId: (name) => (name === 'riskAssessmentDoneOn' ? form.fieldId('flags') : form.fieldId(name)),
    fieldErrors: { ...form.fieldErrors, riskAssessmentDoneOn: form.fieldErrors.flags ?? '' },
  };
  const hint = (name: string) => t(`employers.flags.${name}Hint`, { defaultValue: '' }) || undefined;

  return (
    <fieldset className={schedule['emp-fieldset']}>
      <legend className={hideLegend ? layout['visually-hidden'] : schedule['emp-fieldset__legend']}>{t('employers.flags.title')}</legend>
      <p className={forms.field__hint}>{t('employers.flags.lead')}</p>
      <CheckboxField
        form={form}
        name="adultStaffPresent"
        label={t('employers.fields.adultStaffPresent')}
        description={hint('adultStaffPresent')}
        defaultSelected={adultStaffPresent}
      />
      <CheckboxField
        form={form}
        name="lightWorkOnly"
        label={t('employers.flags.lightWorkOnly')}
        description={hint('lightWorkOnly')}
        defaultSelected={initial?.lightWorkOnly}
      />
      <CheckboxField
        form={form}
        name="machinesOrChemicals"
        label={t('employers.flags.machinesOrChemicals')}
        defaultSelected={machines}
        onChange={setMachines}
      />
      {machines && (
        <div className={employers['emp-follow-up']}>
          <CheckboxField
            form={form}
            name="riskAssessmentDone"
            label={t('employers.flags.riskAssessmentDone')}
            description={hint('riskAssessmentDone')}
            defaultSelected={riskDone}
            onChange={setRiskDone}
          />
          {riskDone && (
            <TextInput
              form={dateForm}
              name="riskAssessmentDoneOn"
              type="date"
              label={t('employers.flags.riskDate')}
              defaultValue={initial?.riskAssessmentDoneOn ?? ''}
              isRequired
            />
          )}
        </div>
      )}
      {PLAIN_FLAGS.map((name) => (
        <CheckboxField
          key={name}
          form={form}
          name={name}
          label={t(`employers.flags.${name}`)}
          description={hint(name)}
          defaultSelected={initial?.[name]}
        />
      ))}
      <CheckboxField
        form={form}
        name="contactWithChildrenUnder15"
        label={t('employers.flags.contactWithChildrenUnder15')}
        defaultSelected={children}
        onChange={setChildren}
      />
      {children && (
        <div className={employers['emp-follow-up']}>
          <CheckboxField
            form={form}
            name="childProtectionCertificate"
            label={t('employers.flags.childProtectionCertificate')}
            description={hint('childProtectionCertificate')}
            defaultSelected={initial?.childProtectionCertificate}
          />
        </div>
      )}
    </fieldset>
  );
}

/** The flags as the API wants them; follow-ups of unticked questions are dropped. */
export function readFlags(data: FormData): Flags | Record<string, unknown> {
  const on = (name: string) => data.has(name);
  const machines = on('machinesOrChemicals');
  const riskDone = machines && on('riskAssessmentDone');
  const date = data.get('riskAssessmentDoneOn');
  return {
    lightWorkOnly: on('lightWorkOnly'),
    machinesOrChemicals: machines,
    riskAssessmentDoneOn: riskDone ? (typeof date === 'string' ? date : '') : null,
    alcoholServed: on('alcoholServed'),
    liftingOver12kg: on('liftingOver12kg'),
    loneWork: on('loneWork'),
    moneyHandling: on('moneyHandling'),
    contactWithChildrenUnder15: on('contactWithChildrenUnder15'),
    childProtectionCertificate: on('contactWithChildrenUnder15') && on('childProtectionCertificate'),
  };
}
