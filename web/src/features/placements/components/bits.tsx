import { useTranslation } from 'react-i18next';
import type { PlacementStatus } from '../../../../../shared/domain/placements/states.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { formatMoney, formatNumber } from '../../../ui/format.ts';
import type { Placement, PlacementEvent } from '../api.ts';
import { agreementPeriod, matchExplanation, scheduleSummary } from '../vocab.ts';
import alerts from '../../../ui/alerts.module.css';
import placements from '../placements.module.css';
import cards from '../../../ui/cards.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

export function StatusBadge({ status }: { status: PlacementStatus }) {
  const { t } = useTranslation();
  return (
    <span className={cx(alerts.badge, placements[`pl-status--${status}`])} data-testid="placement-status">
      {t(`placements.statuses.${status}`)}
    </span>
  );
}

/** Why the placement was suggested, in one sentence (the coordinator's; the server sends employers none). */
export function MatchReasons({ p }: { p: Placement }) {
  const { t } = useTranslation();
  const text = matchExplanation(t, p.matchReasons);
  if (!text) return null;
  return (
    <p data-testid="match-explanation">
      <span className={layout.muted}>{t('placements.fields.matchReasons')}:</span> {text}
    </p>
  );
}

/** The agreed terms: dates, hours, schedule, wage, payer and mentor. */
export function AgreementFacts({ p }: { p: Placement }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const a = p.agreement;
  if (!a) return null;
  return (
    <dl className={cx(cards.facts, placements['pl-facts'])}>
      <dt>{t('placements.fields.period')}</dt>
      <dd>{agreementPeriod(p)}</dd>
      <dt>{t('placements.fields.hoursPerWeek')}</dt>
      <dd>{formatNumber(a.hoursPerWeek, locale)}</dd>
      <dt>{t('placements.fields.schedule')}</dt>
      <dd>{a.weeklySchedule.length > 0 ? scheduleSummary(t, a.weeklySchedule) : t('placements.common.none')}</dd>
      <dt>{t('placements.fields.wagePerHour')}</dt>
      <dd>{a.wagePerHour === null ? t('placements.common.none') : formatMoney(a.wagePerHour, locale)}</dd>
      <dt>{t('placements.fields.wagePayer')}</dt>
      <dd>{a.wagePayer ? t(`employers.payers.${a.wagePayer}`) : t('placements.common.none')}</dd>
      <dt>{t('placements.fields.mentor')}</dt>
      <dd>{a.mentor?.name ?? t('placements.common.none')}</dd>
    </dl>
  );
}

/** What happened, oldest first: who did what, when, and why (notes are staff-only on the server). */
export function Timeline({ events }: { events: PlacementEvent[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ol className={placements['pl-timeline']}>
      {events.map((e) => (
        <li key={e.id} className={placements['pl-timeline__item']}>
          <p className="pl-timeline__what">
            <strong>{t(`placements.events.${e.action}`, { defaultValue: e.action })}</strong>{' '}
            <span className={layout.muted}>
              {t('placements.events.by', { party: t(`placements.parties.${e.party}`) })} · {formatDateTime(e.at, locale, false)}
            </span>
          </p>
          {e.reason && (
            <p className="pl-timeline__why">
              {t('placements.fields.reason')}: {t(`placements.reasons.${e.reason}`, { defaultValue: e.reason })}
            </p>
          )}
          {e.note && <p className="pl-timeline__note">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** How a closed placement ended: outcome and suggested step, the end reason, or who said no and why. */
export function Ending({ p }: { p: Placement }) {
  const { t } = useTranslation();
  if (p.status === 'completed') {
    return (
      <div className={cx(alerts.alert, alerts['alert--success'], 'pl-ending')}>
        <p>{t('placements.ending.completed', { outcome: t(`placements.outcomes.${p.outcome ?? 'nothing_yet'}`) })}</p>
        {p.suggestedStep !== null && (
          <p className={placements['pl-ending__step']}>{t('placements.ending.suggestedStep', { step: p.suggestedStep })}</p>
        )}
      </div>
    );
  }
  if (p.status === 'ended_early')
    return <p className="pl-ending">{t('placements.ending.endedEarly', { reason: t(`placements.reasons.${p.endReason ?? 'other'}`) })}</p>;
  if (p.status === 'declined') {
    return (
      <p className="pl-ending">
        {t('placements.ending.declined', {
          party: t(`placements.parties.${p.declinedBy ?? 'coordinator'}`),
          reason: t(`placements.reasons.${p.declineReason ?? 'other'}`),
        })}
      </p>
    );
  }
  return null;
}
