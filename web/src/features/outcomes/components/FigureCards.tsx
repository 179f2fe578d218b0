import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../../../shared/charts/format.ts';
import type { Figure } from '../../../../../shared/schemas/outcomes.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { Sparkline } from './Sparkline.tsx';
import cards from '../../../ui/cards.module.css';
import outcomes from '../outcomes.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/** A figure's value as shown on a card: "<5" when suppressed, a percentage for rates. */
export function figureText(f: Pick<Figure, 'value' | 'suppressed' | 'unit'>, locale: 'da' | 'en'): string {
  if (f.suppressed) return '<5';
  return f.unit === 'percent' ? formatPercent(f.value, locale) : formatNumber(f.value, locale);
}

/**
 * The key figures as cards: actual, target and how far towards it, and a small trend. For roles
 * that may see records each card offers the records behind the figure.
 */
export function FigureCards({ figures, onRecords }: { figures: Figure[]; onRecords?: (figure: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className={cx(cards.cards, 'oc-cards')} aria-label={t('outcomes.figures.title')}>
      {figures.map((f) => {
        const name = t(`outcomes.vocab.figures.${f.key}`);
        return (
          <li key={f.key} className={cx(cards.card, 'oc-card')} data-figure={f.key}>
            <h3 className={cx(cards.card__title, outcomes['oc-card__name'])}>{name}</h3>
            <p className={outcomes['oc-card__value']} data-figure-value>
              {figureText(f, locale)}
            </p>
            {f.target !== null && (
              <p className={cards.card__meta}>
                {t('outcomes.figures.target', {
                  target: f.unit === 'percent' ? formatPercent(f.target, locale) : formatNumber(f.target, locale),
                })}
                {f.targetProgress !== null && ` · ${t('outcomes.figures.progress', { progress: formatPercent(f.targetProgress, locale) })}`}
              </p>
            )}
            <Sparkline values={f.trend.map((p) => p.value)} />
            {onRecords && f.unit !== 'percent' && (
              <button type="button" className={cx(buttons.button, buttons['button--link'])} onClick={() => onRecords(f.key)}>
                {t('outcomes.figures.records', { figure: name })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
