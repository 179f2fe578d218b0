import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatClock, formatDate, formatMoney, formatNumber, formatWeekday } from '../../../ui/format.ts';
import type { PortalJob } from '../api.ts';
import type { Perspective } from './WorkSections.tsx';
import portal from '../portal.module.css';
import work from '../work.module.css';

const DOCUMENT_FILES = { employment_statement: 'employment-statement', parent_letter: 'parent-letter' } as const;

/** The PDF the staff see too, served to the person and their guardians for their own placements. */
function documentUrl(programmeId: string, placementId: string, document: keyof typeof DOCUMENT_FILES): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/placements/${encodeURIComponent(placementId)}/documents/${DOCUMENT_FILES[document]}.pdf`;
}

/** A map search for the workplace's address: the web builds it, so no map provider is stored. */
export function mapLink(address: string, postalCode: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address}, ${postalCode}, Danmark`)}`;
}

/** A contact person or the mentor; employer contacts carry no phone number (user accounts hold none). */
function Contact({ person }: { person: { name: string; phone?: string | null; email: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={work['work-contact__name']}>{person.name}</span>
      {person.phone && (
        <a href={`tel:${person.phone.replace(/\s+/g, '')}`} className={work['work-link']}>
          {t('portal.work.call', { name: person.name, phone: person.phone })}
        </a>
      )}
      {person.email && (
        <a href={`mailto:${person.email}`} className={work['work-link']}>
          {t('portal.work.write', { name: person.name, email: person.email })}
        </a>
      )}
    </>
  );
}

/**
 * One job on a phone: where it is (with a map link), who to call, the usual hours, the pay and who
 * pays it, the step and the period. A row is left out when the agreement does not say it.
 */
export function JobCard({
  job,
  programmeId,
  perspective,
  name,
  level,
}: {
  job: PortalJob;
  programmeId: string;
  perspective: Perspective;
  name: string;
  level: 3 | 4;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const Heading = level === 3 ? 'h3' : 'h4';
  const child = perspective === 'child';
  const date = job.status === 'agreed' ? job.startsOn : (job.endedOn ?? job.endsOn);
  const status = t(`portal.work.${child ? 'statusChild' : 'status'}.${job.status}`, {
    name,
    date: date ? formatDate(date, locale) : '',
  });
  return (
    <li className={work['work-card']} data-testid="portal-job">
      <Heading className={work['work-card__title']}>{t('portal.work.jobAt', { title: job.title, employer: job.employer })}</Heading>
      <p className={work['work-card__status']}>{status}</p>
      <dl className={portal['portal-facts']}>
        <dt>{t('portal.work.where')}</dt>
        <dd className={work['work-stack']}>
          <span>{job.workplace.name}</span>
          <span>{`${job.workplace.address}, ${job.workplace.postalCode}`}</span>
          <a href={mapLink(job.workplace.address, job.workplace.postalCode)} className={work['work-link']}>
            {t('portal.work.map', { place: job.workplace.name })}
          </a>
        </dd>
        {job.contacts.length > 0 && (
          <>
            <dt>{t(child ? 'portal.work.contactChild' : 'portal.work.contact')}</dt>
            <dd className={work['work-stack']}>
              {job.contacts.map((c) => (
                <Contact key={`${c.name}-${c.email ?? ''}`} person={c} />
              ))}
            </dd>
          </>
        )}
        {job.mentor && (
          <>
            <dt>{t(child ? 'portal.work.mentorChild' : 'portal.work.mentor')}</dt>
            <dd className={work['work-stack']}>
              <Contact person={job.mentor} />
            </dd>
          </>
        )}
        {job.weeklySchedule.length > 0 && (
          <>
            <dt>{t(child ? 'portal.work.timesChild' : 'portal.work.times')}</dt>
            <dd className={work['work-stack']}>
              {[...job.weeklySchedule]
                .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
                .map((e) => (
                  <span key={`${e.weekday}-${e.start}`}>
                    {t('portal.work.timeLine', {
                      weekday: formatWeekday(e.weekday, locale),
                      start: formatClock(e.start, locale),
                      end: formatClock(e.end, locale),
                    })}
                    {e.breakMinutes > 0 && ` (${t('portal.work.breakLine', { minutes: formatNumber(e.breakMinutes, locale) })})`}
                  </span>
                ))}
              {job.hoursPerWeek !== null && (
                <span>{t('portal.work.hoursPerWeek', { count: job.hoursPerWeek, hours: formatNumber(job.hoursPerWeek, locale) })}</span>
              )}
            </dd>
          </>
        )}
        {job.wagePerHour !== null && (
          <>
            <dt>{t('portal.work.pay')}</dt>
            <dd className={work['work-stack']}>
              <span>{t('portal.work.payLine', { rate: formatMoney(job.wagePerHour, locale) })}</span>
              {job.wagePayer && <span>{t(`portal.work.payers.${job.wagePayer}`)}</span>}
            </dd>
          </>
        )}
        {job.step !== null && (
          <>
            <dt>{t('portal.work.step')}</dt>
            <dd>{t('portal.step.stepName', { step: job.step })}</dd>
          </>
        )}
        {job.startsOn && job.endsOn && (
          <>
            <dt>{t('portal.work.period')}</dt>
            <dd>
              {t('portal.work.periodLine', { from: formatDate(job.startsOn, locale), to: formatDate(job.endedOn ?? job.endsOn, locale) })}
            </dd>
          </>
        )}
        {job.documents.length > 0 && (
          <>
            <dt>{t('portal.work.documents')}</dt>
            <dd className={work['work-stack']}>
              {job.documents.map((d) => (
                <a key={d} href={documentUrl(programmeId, job.id, d)} className={work['work-link']}>
                  {t(`portal.work.document.${d}`)}
                </a>
              ))}
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
