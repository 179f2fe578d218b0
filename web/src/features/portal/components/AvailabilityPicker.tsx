import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, WEEKDAYS } from '../../../../../shared/domain/participants/constants.ts';
import type { FormController } from '../../../lib/form.ts';
import forms from '../../../ui/forms.module.css';
import portal from '../portal.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * The week as seven small groups of three large tick boxes (morning, afternoon, evening): on a
 * 390 px phone this beats a 7×3 table of small boxes. Each box's accessible name carries the day
 * ("Fredag eftermiddag") while only the part of the day is shown under the day's heading.
 * The staff grid (participants/AvailabilityGrid) submits the same `availability` values.
 */
export function AvailabilityPicker({
  form,
  name = 'availability',
  label,
  hint,
  defaultValue,
}: {
  form: FormController;
  name?: string;
  label: string;
  hint: string;
  defaultValue: readonly string[];
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const error = form.fieldErrors[name];
  const selected = new Set(defaultValue);
  return (
    <fieldset
      className={cx(forms.field, portal['portal-week'])}
      id={form.fieldId(name)}
      aria-describedby={hintId}
      data-invalid={error ? true : undefined}
    >
      <legend className={cx(forms.field__label, portal['portal-week__legend'])}>{label}</legend>
      <p id={hintId} className={forms.field__hint}>
        {hint}
      </p>
      {error && <p className={forms.field__error}>{error}</p>}
      <div className={portal['portal-week__days']}>
        {WEEKDAYS.map((day) => (
          <fieldset key={day} className={portal['portal-day']}>
            <legend className={portal['portal-day__name']}>{t(`portal.weekdays.${day}`)}</legend>
            <div className={portal['portal-day__slots']}>
              {DAY_PARTS.map((part) => (
                <label key={part} className={portal['portal-slot']}>
                  <input
                    type="checkbox"
                    name={name}
                    value={`${day}-${part}`}
                    defaultChecked={selected.has(`${day}-${part}`)}
                    className={portal['portal-slot__input']}
                    aria-invalid={error ? true : undefined}
                  />
                  <span>
                    <span className={layout['visually-hidden']}>{t(`portal.weekdays.${day}`)} </span>
                    {t(`portal.dayParts.${part}`)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
