import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectInput, NumberInput } from '../../../ui/fields.tsx';
import { text, type FormController } from '../../../lib/form.ts';
import schedule from '../../../ui/schedule.module.css';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

const UNITS = ['d', 'w', 'm'] as const;
type Row = { key: number; amount: string; unit: string };

/** '3m' → { amount: '3', unit: 'm' }; 'end' is not a row (it is the checkbox). */
function toRows(codes: readonly string[]): Row[] {
  return codes.flatMap((code, key) => {
    const m = /^(\d+)([dwm])$/.exec(code);
    return m ? [{ key, amount: m[1] ?? '', unit: m[2] ?? 'w' }] : [];
  });
}

/**
 * The follow-up plan as rows of "after <n> <days|weeks|months>" plus "at the end". Each row is its
 * own group ("Opfølgning 2") so the repeated labels stay unambiguous; adding a row moves focus into
 * it and removing one announces it, as the weekly-schedule editor does.
 */
export function FollowUpScheduleEditor({ form, initial }: { form: FormController; initial: readonly string[] }) {
  const { t } = useTranslation();
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => toRows(initial));
  const [announcement, setAnnouncement] = useState('');
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const error = form.fieldErrors.followUpSchedule;

  useEffect(() => {
    if (focusRow === null) return;
    // React Aria puts a text field's id on the input itself.
    const field = document.getElementById(form.fieldId(`followUp-${focusRow}-amount`));
    (field instanceof HTMLInputElement ? field : field?.querySelector('input'))?.focus();
    setFocusRow(null);
  }, [focusRow, form]);

  const add = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, amount: '', unit: 'w' }]);
    setAnnouncement(t('placements.settings.followUpAdded', { n: rows.length + 1 }));
    setFocusRow(key);
  };
  const remove = (key: number, index: number) => {
    setRows((current) => current.filter((r) => r.key !== key));
    setAnnouncement(t('placements.settings.followUpRemoved', { n: index + 1 }));
    addRef.current?.focus();
  };

  return (
    <fieldset
      id={form.fieldId('followUpSchedule')}
      className={
        error
          ? cx(schedule['emp-fieldset'], schedule['emp-schedule'], schedule['emp-fieldset--invalid'])
          : cx(schedule['emp-fieldset'], schedule['emp-schedule'])
      }
    >
      <legend className={schedule['emp-fieldset__legend']}>{t('placements.settings.followUpSchedule')}</legend>
      <p className={forms.field__hint}>{t('placements.settings.followUpHint')}</p>
      {error && <p className={forms.field__error}>{error}</p>}
      {rows.length > 0 && (
        <ol className={schedule['emp-schedule__rows']}>
          {rows.map((row, index) => (
            <li key={row.key}>
              <fieldset className={schedule['emp-schedule__row']}>
                <legend className={schedule['emp-schedule__legend']}>{t('placements.settings.followUpRow', { n: index + 1 })}</legend>
                <input type="hidden" name="followUpRow" value={row.key} />
                <div className={schedule['emp-schedule__fields']}>
                  <NumberInput
                    form={form}
                    name={`followUp-${row.key}-amount`}
                    label={t('placements.settings.amount')}
                    defaultValue={row.amount}
                  />
                  <SelectInput
                    form={form}
                    name={`followUp-${row.key}-unit`}
                    label={t('placements.settings.unit')}
                    defaultValue={row.unit}
                    options={UNITS.map((u) => ({ value: u, label: t(`placements.settings.units.${u}`) }))}
                  />
                </div>
                <Button
                  className={cx(buttons.button, buttons['button--link'], schedule['emp-schedule__remove'])}
                  onPress={() => remove(row.key, index)}
                >
                  {t('placements.settings.followUpRemove', { n: index + 1 })}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <Button ref={addRef} className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])} onPress={add}>
        {t('placements.settings.followUpAdd')}
      </Button>
      <CheckboxField form={form} name="followUpEnd" label={t('placements.followUps.end')} defaultSelected={initial.includes('end')} />
      <p role="status" className={layout['visually-hidden']}>
        {announcement}
      </p>
    </fieldset>
  );
}

/**
 * The rows as follow-up codes, in the order shown, then 'end'. An amount that is not a whole
 * number is passed on as typed ("xw"), so the shared schema reports `follow_up_code` for the plan.
 */
export function readFollowUpSchedule(data: FormData): string[] {
  const codes = data.getAll('followUpRow').map((key) => {
    const amount = text(data, `followUp-${String(key)}-amount`).trim();
    const unit = text(data, `followUp-${String(key)}-unit`) || 'w';
    return `${amount}${unit}`;
  });
  return data.has('followUpEnd') ? [...codes, 'end'] : codes;
}
