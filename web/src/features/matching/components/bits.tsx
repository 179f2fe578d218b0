import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import matching from '../matching.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/** A server message in the UI language: the engine writes Danish and English text beside each code. */
export function say(m: { message: string; messageEn: string }): string {
  return currentLocale() === 'en' ? m.messageEn : m.message;
}

export const ruleName = (t: TFunction, rule: string) => t(`matching.rules.${rule}`, { defaultValue: rule });

/**
 * Why a failed rule cannot be waived. The age rule checks the opening's own age band (the
 * employer's choice, not a law), so it names that band instead of calling itself a legal requirement.
 */
export function ruleBinding(t: TFunction, failure: { rule: string; legal: boolean; params: Record<string, unknown> }): string {
  if (failure.rule === 'age') {
    const { minAge, maxAge } = failure.params;
    return typeof maxAge === 'number'
      ? t('matching.common.ageBand', { min: minAge, max: maxAge })
      : t('matching.common.ageBandFrom', { min: minAge });
  }
  return failure.legal ? t('matching.common.legal') : t('matching.common.soft');
}
export const factorLabel = (t: TFunction, factor: string) => t(`matching.factors.${factor}`, { defaultValue: factor });
export const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Shown beside the score and never folded into it: the coordinator weighs priority. */
export function PriorityCell({ priority }: { priority: { flagged: boolean; waitingDays: number | null } }) {
  const { t } = useTranslation();
  const parts = [
    priority.flagged ? t('matching.common.flagged') : null,
    priority.waitingDays !== null ? t('matching.common.waiting', { count: priority.waitingDays }) : null,
  ].filter(Boolean);
  if (parts.length === 0) return <>{t('matching.common.noPriority')}</>;
  return (
    <span className={priority.flagged ? cx('mt-priority', matching['mt-priority--flagged']) : 'mt-priority'}>{parts.join(' · ')}</span>
  );
}

export function ScoreCell({ score }: { score: number }) {
  const { t } = useTranslation();
  const value = Math.round(score);
  return (
    <span className={matching['mt-score']}>
      <strong aria-hidden="true">{value}</strong>
      <span className={matching['mt-score__bar']} aria-hidden="true">
        <span className={matching['mt-score__fill']} style={{ width: `${value}%` }} />
      </span>
      <span className={layout['visually-hidden']}>{t('matching.common.scoreValue', { score: value })}</span>
    </span>
  );
}

export function RoundStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={cx(matching['mt-status'], matching[`mt-status--${status}`])} data-testid="round-status">
      {t(`matching.statuses.${status}`)}
    </span>
  );
}
