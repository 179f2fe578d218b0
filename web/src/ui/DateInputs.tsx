import { Input, TextField } from 'react-aria-components';
import type { Locale } from '../i18n/index.ts';
import { FieldChrome, fieldRoot, type FieldBase } from './fields.tsx';
import { SelectInput } from './fields.tsx';
import forms from './forms.module.css';
import { cx } from './cx.ts';

type DateProps = FieldBase & {
  defaultValue?: string;
  /** 'YYYY-MM-DD' bounds; the browser's picker greys out days outside them. */
  min?: string;
  max?: string;
  isRequired?: boolean;
};

/**
 * A calendar date as the browser's own date input ('YYYY-MM-DD' on submit, a native picker on
 * phones, typed in the user's locale), with the app's label, hint and error chrome.
 */
export function DateInput(props: DateProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <TextField
      {...fieldRoot(form, name)}
      type="date"
      defaultValue={props.defaultValue}
      isRequired={props.isRequired}
      className={forms.field}
    >
      <FieldChrome label={props.label} description={props.description} error={error} />
      <Input className={cx(forms.input, forms['input--medium'])} min={props.min} max={props.max} />
    </TextField>
  );
}

/** 'YYYY-MM' months from `from` to `to` inclusive, newest first (payroll and budgets look back). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = to.split('-').map(Number) as [number, number];
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  while (year > fromYear || (year === fromYear && month >= fromMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return months;
}

/** "marts 2026" / "March 2026" for 'YYYY-MM', named in the UI language. */
export function monthLabel(month: string, locale: Locale): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

type MonthProps = FieldBase & {
  locale: Locale;
  /** 'YYYY-MM' range offered; `to` is usually this month in Denmark. */
  from: string;
  to: string;
  defaultValue?: string;
  isRequired?: boolean;
};

/**
 * A month ('YYYY-MM') chosen from a named list: `<input type="month">` is missing in several
 * desktop browsers, and a list of "marts 2026" reads better to a screen reader than two number fields.
 */
export function MonthPicker(props: MonthProps) {
  const options = monthsBetween(props.from, props.to).map((m) => ({ value: m, label: monthLabel(m, props.locale) }));
  return (
    <SelectInput
      form={props.form}
      name={props.name}
      label={props.label}
      options={options}
      defaultValue={props.defaultValue}
      description={props.description}
      isRequired={props.isRequired}
    />
  );
}
