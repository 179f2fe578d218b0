import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import type { Violation } from '../api.ts';
import hours from '../hours.module.css';
import { cx } from '../../../ui/cx.ts';
import layout from '../../../ui/layout.module.css';

/** A rule value with its unit: hours as a number, clock times ('time', hours after midnight) as hh:mm. */
function value(n: number, unit: string, t: ReturnType<typeof useTranslation>['t']): string {
  if (unit === 'time') {
    const minutes = Math.round(n * 60) % 1440;
    return `${t('hours.units.time')} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return `${formatNumber(n, currentLocale())} ${t(`hours.units.${unit}`, { defaultValue: unit })}`;
}

/**
 * Young-worker rule violations next to the shift they concern: the rule, its limit, the actual
 * value and the server's message citing the legal source (Danish, or English when chosen).
 */
export function Violations({ violations }: { violations: readonly Violation[] }) {
  const { t } = useTranslation();
  const en = currentLocale() === 'en';
  if (violations.length === 0) return null;
  return (
    <ul className={hours['hours-violations']}>
      {violations.map((v, i) => (
        <li
          key={`${v.rule}-${v.date}-${i}`}
          className={v.excepted ? cx(hours['hours-violation'], hours['hours-violation--excepted']) : hours['hours-violation']}
          data-testid="violation"
        >
          <strong>{t(`hours.rules.${v.rule}`)}</strong>
          {v.excepted && <span className={layout.tag}> {t('hours.sheet.excepted')}</span>}
          <span className="hours-violation__numbers">
            {' '}
            {t('hours.sheet.limitActual', { limit: value(v.limit, v.unit, t), actual: value(v.actual, v.unit, t) })}
          </span>
          <span className="hours-violation__message"> {en ? v.messageEn : v.message}</span>
        </li>
      ))}
    </ul>
  );
}
