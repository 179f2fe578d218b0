import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextInput, NumberInput } from './fields.tsx';
import { text, type FormController } from '../lib/form.ts';
import { readNumber } from './format.ts';
import buttons from './buttons.module.css';
import { cx } from './cx.ts';
import forms from './forms.module.css';
import layout from './layout.module.css';
import schedule from './schedule.module.css';

type Entry = { weekday: number; start: string; end: string; breakMinutes: number };
type Row = { key: number; entry?: Entry };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The weekly pattern as rows of weekday, start, end and break. Each row is its own group ("Vagt 2")
 * so repeated labels stay unambiguous; adding a row moves focus into it, removing one announces
 * it and puts focus on the add button, so keyboard users never lose their place.
 */
export function ScheduleEditor({ form, initial = [] }: { form: FormController; initial?: readonly Entry[] }) {
  const { t } = useTranslation();
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.map((entry, key) => ({ key, entry })));
  const [announcement, setAnnouncement] = useState('');
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const error = form.fieldErrors.weeklySchedule;

  useEffect(() => {
    if (focusRow === null) return;
    document
      .getElementById(form.fieldId(`schedule-${focusRow}-weekday`))
      ?.querySelector('button')
      ?.focus();
    setFocusRow(null);
  }, [focusRow, form]);

  const add = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key }]);
    setAnnouncement(t('employers.schedule.added', { n: rows.length + 1 }));
    setFocusRow(key);
  };
  const remove = (key: number, index: number) => {
    setRows((current) => current.filter((r) => r.key !== key));
    setAnnouncement(t('employers.schedule.removed', { n: index + 1 }));
    addRef.current?.focus();
  };

  return (
    <fieldset
      id={form.fieldId('weeklySchedule')}
      className={
        error
          ? cx(schedule['emp-fieldset'], schedule['emp-schedule'], schedule['emp-fieldset--invalid'])
          : cx(schedule['emp-fieldset'], schedule['emp-schedule'])
      }
    >
      <legend className={schedule['emp-fieldset__legend']}>{t('employers.schedule.title')}</legend>
      <p className={forms.field__hint}>{t('employers.schedule.hint')}</p>
      {error && <p className={forms.field__error}>{error}</p>}
      {rows.length === 0 && <p className={layout.muted}>{t('employers.schedule.empty')}</p>}
      {rows.length > 0 && (
        <ol className={schedule['emp-schedule__rows']}>
          {rows.map((row, index) => (
            <li key={row.key}>
              <fieldset className={schedule['emp-schedule__row']}>
                <legend className={schedule['emp-schedule__legend']}>{t('employers.schedule.row', { n: index + 1 })}</legend>
                <input type="hidden" name="scheduleRow" value={row.key} />
                <div className={schedule['emp-schedule__fields']}>
                  <SelectInput
                    form={form}
                    name={`schedule-${row.key}-weekday`}
                    label={t('employers.schedule.weekday')}
                    placeholder={t('employers.common.choose')}
                    defaultValue={row.entry ? String(row.entry.weekday) : undefined}
                    options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`employers.weekdays.${d}`) }))}
                  />
                  <TextInput
                    form={form}
                    name={`schedule-${row.key}-start`}
                    type="time"
                    label={t('employers.schedule.start')}
                    defaultValue={row.entry?.start}
                    width="short"
                  />
                  <TextInput
                    form={form}
                    name={`schedule-${row.key}-end`}
                    type="time"
                    label={t('employers.schedule.end')}
                    defaultValue={row.entry?.end}
                    width="short"
                  />
                  <NumberInput
                    form={form}
                    name={`schedule-${row.key}-break`}
                    label={t('employers.schedule.break')}
                    defaultValue={row.entry ? String(row.entry.breakMinutes) : '0'}
                  />
                </div>
                <Button
                  className={cx(buttons.button, buttons['button--link'], schedule['emp-schedule__remove'])}
                  onPress={() => remove(row.key, index)}
                >
                  {t('employers.schedule.remove', { n: index + 1 })}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <Button ref={addRef} className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])} onPress={add}>
        {t('employers.schedule.add')}
      </Button>
      <p role="status" className={layout['visually-hidden']}>
        {announcement}
      </p>
    </fieldset>
  );
}

/**
 * The rows as schedule entries. A row without a weekday reads as 0 and without times as '', so
 * the shared schema names the problem (weekday_range, time_format) instead of dropping the row.
 */
export function readSchedule(data: FormData): unknown[] {
  return data.getAll('scheduleRow').map((key) => {
    const field = (name: string) => text(data, `schedule-${String(key)}-${name}`);
    const breakMinutes = readNumber(field('break'));
    return {
      weekday: Number(field('weekday')) || 0,
      start: field('start'),
      end: field('end'),
      breakMinutes: breakMinutes === '' ? 0 : breakMinutes,
    };
  });
}
