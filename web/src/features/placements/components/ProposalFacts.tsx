import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatClock, formatDate, formatDateTime, formatMoney, formatNumber, formatWeekday } from '../../../ui/format.ts';
import type { PlacementDetail } from '../api.ts';
import placementsCss from '../placements.module.css';

/** A map search for the workplace: the web builds it, so no map provider is stored. */
const mapLink = (address: string, postalCode: string) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address}, ${postalCode}, Danmark`)}`;

/** What the job is, where, when and for what pay: the opening's own facts (the server's `job`). */
export function ProposalFacts({ p, child }: { p: PlacementDetail; child: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const job = p.job;
  return (
    <dl className={placementsCss['pl-facts']}>
      {job.tasks.trim() !== '' && (
        <>
          <dt>{t('placements.portal.facts.tasks')}</dt>
          <dd className={placementsCss['pl-pre']}>{job.tasks}</dd>
        </>
      )}
      <dt>{t('placements.portal.facts.where')}</dt>
      <dd>
        <span>{t('placements.portal.facts.address', { address: job.address, postalCode: job.postalCode })}</span>{' '}
        <a href={mapLink(job.address, job.postalCode)} target="_blank" rel="noreferrer">
          {t('placements.portal.facts.map', { workplace: p.opening.workplaceName })}
        </a>
        {job.distance && (
          <span> {t('placements.portal.facts.distance', { km: formatNumber(job.distance.km, locale), from: job.distance.from })}</span>
        )}
      </dd>
      <dt>{t(child ? 'placements.portal.facts.hoursChild' : 'placements.portal.facts.hours')}</dt>
      <dd>
        <span>{t('placements.portal.facts.hoursPerWeek', { count: job.hoursPerWeek, hours: formatNumber(job.hoursPerWeek, locale) })}</span>
        {[...job.weeklySchedule]
          .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
          .map((e) => (
            <span key={`${e.weekday}-${e.start}`}>
              {' '}
              {t('placements.portal.facts.timeLine', {
                weekday: formatWeekday(e.weekday, locale),
                start: formatClock(e.start, locale),
                end: formatClock(e.end, locale),
              })}
            </span>
          ))}
      </dd>
      <dt>{t('placements.portal.facts.period')}</dt>
      <dd>{t('placements.portal.facts.periodLine', { from: formatDate(job.startsOn, locale), to: formatDate(job.endsOn, locale) })}</dd>
      <dt>{t('placements.portal.facts.pay')}</dt>
      <dd>
        {job.wagePerHour === null
          ? t('placements.portal.facts.noPay')
          : t('placements.portal.facts.payLine', { rate: formatMoney(job.wagePerHour, locale) })}
        {job.wagePayer && ` ${t(`placements.portal.facts.payers.${job.wagePayer}`)}`}
      </dd>
    </dl>
  );
}

/** The steps the placement has taken so far, each with its date and time (from its history). */
export function ProposalProgress({ p }: { p: PlacementDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const steps = p.events.filter((e) => PROGRESS.includes(e.action));
  if (steps.length === 0) return null;
  return (
    <>
      <h4 className={placementsCss['pl-subtitle']}>{t('placements.portal.progress.title')}</h4>
      <ol className={placementsCss['pl-timeline']}>
        {steps.map((e) => (
          <li key={e.id} className={placementsCss['pl-timeline__item']}>
            <p>
              <strong>{t(`placements.portal.progress.${e.action}`)}</strong>{' '}
              <time dateTime={e.at}>{formatDateTime(e.at, locale, false)}</time>
            </p>
          </li>
        ))}
        {p.agreement && (
          <li className={placementsCss['pl-timeline__item']}>
            <p>
              <strong>{t('placements.portal.progress.startsOn')}</strong>{' '}
              <time dateTime={p.agreement.startsOn}>{formatDate(p.agreement.startsOn, locale)}</time>
            </p>
          </li>
        )}
      </ol>
    </>
  );
}

/** The history steps the person is shown (staff-only marks such as the stale flag are left out). */
const PROGRESS = ['propose', 'accept', 'invite', 'offer', 'agree', 'activate', 'decline', 'undo_decline'];
