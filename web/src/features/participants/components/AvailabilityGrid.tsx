import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_PARTS, WEEKDAYS } from '../../../../../shared/domain/participants/constants.ts';
import type { FormController } from '../../../lib/form.ts';

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
    <div className="field" id={form.fieldId(name)} data-invalid={error ? true : undefined}>
      <p id={hintId} className="field__hint">
        {t('participants.form.availabilityHint')}
      </p>
      {error && <p className="field__error">{error}</p>}
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table availability" aria-describedby={hintId}>
          <caption id={captionId} className="field__label availability__caption">
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
                    <td key={part} className="availability__cell">
                      <label className="availability__label">
                        <input
                          type="checkbox"
                          name={name}
                          value={slot}
                          defaultChecked={selected.has(slot)}
                          className="availability__input"
                          aria-invalid={error ? true : undefined}
                        />
                        <span className="visually-hidden">
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
