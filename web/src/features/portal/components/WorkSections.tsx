import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale, type Locale } from '../../../i18n/index.ts';
import { monthLabel } from '../../../ui/DateInputs.tsx';
import { copenhagenDateOf, formatClock, formatDayDate, formatMoney, formatNumber, formatTimeOfDay } from '../../../ui/format.ts';
import { cx } from '../../../ui/cx.ts';
import type { PortalPerson } from '../api.ts';
import { JobCard } from './JobCard.tsx';
import { PortalSection } from './PortalSection.tsx';
import portal from '../portal.module.css';
import work from '../work.module.css';
import tables from '../../../ui/tables.module.css';
import alerts from '../../../ui/alerts.module.css';

/** Whose page it is: the person's own (second person) or a guardian's view of a child (third person). */
export type Perspective = 'self' | 'child';

const hoursText = (t: TFunction, hours: number, locale: Locale) =>
  t('portal.work.hours', { count: hours, hours: formatNumber(hours, locale) });

function Shifts({ person, perspective }: { person: PortalPerson; perspective: Perspective }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (person.shifts.length === 0)
    return (
      <p className={portal['portal-empty']}>
        {perspective === 'child' ? t('portal.lists.noShiftsChild', { name: person.firstName }) : t('portal.lists.noShifts')}
      </p>
    );
  return (
    <ul className={portal['portal-items']}>
      {person.shifts.map((s) => (
        <li key={`${s.placementId}-${s.date}-${s.startTime}`} className={portal['portal-item']} data-testid="portal-shift">
          <span className={portal['portal-item__label']}>
            {`${formatDayDate(s.date, locale)}, ${t('portal.work.shiftTime', { start: formatClock(s.startTime, locale), end: formatClock(s.endTime, locale) })}`}
          </span>
          <span className={portal['portal-item__meta']}>
            {`${t('portal.work.jobAt', { title: s.title, employer: s.employer })} · ${hoursText(t, s.hours, locale)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

const STATUSES = ['approved', 'submitted', 'rejected'] as const;
const BADGE = { approved: 'badge--accepted', submitted: 'badge--pending', rejected: 'badge--expired' } as const;

function Hours({ person }: { person: PortalPerson }) {
  const { t } = useTranslation();
  const captionId = `hours-totals-${person.id}`;
  const locale = currentLocale();
  const periods = [
    { key: 'week', label: t('portal.work.week'), totals: person.hoursTotals.week },
    { key: 'month', label: t('portal.work.month'), totals: person.hoursTotals.month },
  ];
  return (
    <>
      <div className={tables['table-wrap']} role="region" aria-labelledby={`${captionId}`} tabIndex={0}>
        <table className={tables.table}>
          <caption id={captionId} className={tables.table__caption}>
            {t('portal.work.totals')}
          </caption>
          <thead>
            <tr>
              <td />
              {periods.map((p) => (
                <th key={p.key} scope="col" className={tables.num}>
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`portal.work.byStatus.${status}`)}</th>
                {periods.map((p) => (
                  <td key={p.key} className={tables.num}>
                    {hoursText(t, p.totals[status], locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {person.hours.length === 0 ? (
        <p className={portal['portal-empty']}>{t('portal.lists.noHours')}</p>
      ) : (
        <ul className={portal['portal-items']}>
          {person.hours.map((h) => (
            <li key={h.id} className={portal['portal-item']} data-testid="portal-hours">
              <span className={portal['portal-item__label']}>
                {`${formatDayDate(h.date, locale)}, ${t('portal.work.shiftTime', { start: formatClock(h.startTime, locale), end: formatClock(h.endTime, locale) })}`}
              </span>
              <span className={portal['portal-item__meta']}>{`${h.title} · ${hoursText(t, h.hours, locale)}`}</span>
              <span className={cx(alerts.badge, alerts[BADGE[h.status]], work['work-badge'])}>{t(`portal.work.byStatus.${h.status}`)}</span>
              {h.rejectedReason && <span>{t('portal.work.rejectedBecause', { reason: h.rejectedReason })}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Earnings({ person, perspective }: { person: PortalPerson; perspective: Perspective }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (person.earnings.length === 0)
    return (
      <p className={portal['portal-empty']}>
        {perspective === 'child' ? t('portal.lists.noEarningsChild', { name: person.firstName }) : t('portal.lists.noEarnings')}
      </p>
    );
  return (
    <>
      <p>{t('portal.work.earningsLead')}</p>
      <ul className={portal['portal-items']} data-testid="portal-earnings">
        {person.earnings.map((e) => (
          <li key={e.month} className={portal['portal-item']}>
            <span className={portal['portal-item__label']}>{monthLabel(e.month, locale)}</span>
            <span>{t('portal.work.earningTotal', { total: formatMoney(e.total, locale) })}</span>
            <span className={portal['portal-item__meta']}>
              {t('portal.work.earningDetail', {
                hours: hoursText(t, e.hours, locale),
                gross: formatMoney(e.gross, locale),
                holidayPay: formatMoney(e.holidayPay, locale),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Activities({ person, perspective }: { person: PortalPerson; perspective: Perspective }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const child = perspective === 'child';
  if (person.activities.length === 0)
    return (
      <p className={portal['portal-empty']}>
        {child ? t('portal.lists.noActivitiesChild', { name: person.firstName }) : t('portal.lists.noActivities')}
      </p>
    );
  return (
    <ul className={portal['portal-items']}>
      {person.activities.map((a) => (
        <li key={a.id} className={portal['portal-item']} data-testid="portal-activity">
          <span className={portal['portal-item__label']}>{a.title}</span>
          <span>
            {t('portal.work.activityWhen', {
              date: formatDayDate(copenhagenDateOf(a.startsAt), locale),
              start: formatTimeOfDay(a.startsAt, locale),
              end: formatTimeOfDay(a.endsAt, locale),
            })}
          </span>
          {(a.place || a.address) && <span className={portal['portal-item__meta']}>{[a.place, a.address].filter(Boolean).join(', ')}</span>}
          <span>
            {t(`portal.work.${child ? 'registrationChild' : 'registration'}.${a.registration as 'registered' | 'invited'}`, {
              name: person.firstName,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A person's work on the portal: jobs, next shifts, hours by status, earnings and activities. The
 * person reads it in the second person; a guardian reads the same lists about their child.
 */
export function WorkSections({ person, perspective }: { person: PortalPerson; perspective: Perspective }) {
  const { t } = useTranslation();
  const child = perspective === 'child';
  const level = child ? 3 : 2;
  const name = person.firstName;
  return (
    <>
      <PortalSection id={`jobs-${person.id}`} title={t(child ? 'portal.lists.jobsChild' : 'portal.lists.jobs')} level={level}>
        {person.jobs.length === 0 ? (
          <p className={portal['portal-empty']}>{child ? t('portal.lists.noJobsChild', { name }) : t('portal.lists.noJobs')}</p>
        ) : (
          <ul className={work['work-cards']}>
            {person.jobs.map((job) => (
              <JobCard
                key={job.id}
                job={job}
                programmeId={person.programmeId}
                perspective={perspective}
                name={name}
                level={child ? 4 : 3}
              />
            ))}
          </ul>
        )}
      </PortalSection>
      <PortalSection id={`shifts-${person.id}`} title={t(child ? 'portal.lists.shiftsChild' : 'portal.lists.shifts')} level={level}>
        <Shifts person={person} perspective={perspective} />
      </PortalSection>
      <PortalSection id={`hours-${person.id}`} title={t(child ? 'portal.lists.hoursChild' : 'portal.lists.hours')} level={level}>
        <Hours person={person} />
      </PortalSection>
      <PortalSection
        id={`earnings-${person.id}`}
        title={child ? t('portal.lists.earningsChild', { name }) : t('portal.lists.earnings')}
        level={level}
      >
        <Earnings person={person} perspective={perspective} />
      </PortalSection>
      <PortalSection
        id={`activities-${person.id}`}
        title={t(child ? 'portal.lists.activitiesChild' : 'portal.lists.activities')}
        level={level}
      >
        <Activities person={person} perspective={perspective} />
      </PortalSection>
    </>
  );
}
