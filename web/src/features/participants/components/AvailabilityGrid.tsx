import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, WEEKDAYS } from '../../../../../shared/domain/participants/constants.ts';
import type { FormController } from '../../../lib/form.ts';
import forms from '../../../ui/forms.module.css';
import tables from '../../../ui/tables.module.css';
import choices from '../../../ui/choices.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * Weekly availability as a real table: weekdays are row headers, day parts column headers, and
 * each cell a native checkbox whose label names both ("Mandag formiddag"), so screen readers get
 * the same meaning whether they read the table or tab through the boxes.
 */
export function AvailabilityGrid({
  form,
  name = 'availability',
  defaultValue = [],
}: {
  form: FormController;
  name?: string;
  defaultValue?: readonly string[];
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const hintId = useId();
  const error = form.fieldErrors[name];
  const selected = new Set(defaultValue);
  return (
    <div className={forms.field} id={form.fieldId(name)} data-invalid={error ? true : undefined}>
      <p id={hintId} className={forms.field__hint}>
        {t('participants.form.availabilityHint')}
      </p>
      {error && <p className={forms.field__error}>{error}</p>}
      <div className={tables['table-wrap']} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={cx(tables.table, choices.availability)} aria-describedby={hintId}>
          <caption id={captionId} className={cx(forms.field__label, choices.availability__caption)}>
            {t('participants.form.availability')}
          </caption>
          <thead>
            <tr>
              <td />
              {DAY_PARTS.map((part) => (
                <th key={part} scope="col">
                  {t(`participants.dayParts.${part}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day) => (
              <tr key={day}>
                <th scope="row">{t(`participants.weekdays.${day}`)}</th>
                {DAY_PARTS.map((part) => {
                  const slot = `${day}-${part}`;
                  return (
                    <td key={part} className={choices.availability__cell}>
                      <label className={choices.availability__label}>
                        <input
                          type="checkbox"
                          name={name}
                          value={slot}
                          defaultChecked={selected.has(slot)}
                          className={choices.availability__input}
                          aria-invalid={error ? true : undefined}
                        />
                        <span className={layout['visually-hidden']}>
                          {t(`participants.weekdays.${day}`)} {t(`participants.dayParts.${part}`).toLowerCase()}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
