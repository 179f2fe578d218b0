import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { Slot } from '../../../ui/Slot.tsx';
import { isMentor } from '../access.ts';
import { mentoringQuery } from '../api.ts';
import { formatNumber } from '../../../ui/format.ts';
import employersLists from '../employers-lists.module.css';

/**
 * A mentor sees only their own mentoring arrangements. Their young people, and the text for having
 * none, come from one query in the placements feature's `mentor.home` slot below, never from the card.
 */
export function MentoringPage() {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = isMentor(me);
  const mentoring = useQuery({ ...mentoringQuery, enabled: allowed });
  const locale = currentLocale();
  if (!allowed) return <Forbidden />;
  const records = mentoring.data?.mentors ?? [];
  return (
    <Page title={t('employers.mentoring.title')} lead={t('employers.mentoring.lead')}>
      <QueryStatus query={mentoring} />
      {mentoring.isSuccess && records.length === 0 && <p>{t('employers.mentoring.none')}</p>}
      {records.length > 0 && (
        <ul className={employersLists['emp-plain-cards']}>
          {records.map((r) => (
            <li key={r.id} className={employersLists['emp-plain-card']}>
              <h2 className={employersLists['emp-plain-card__title']}>{r.organisationName}</h2>
              <p className={employersLists['emp-plain-card__meta']}>{r.programmeName}</p>
              <p className={employersLists['emp-plain-card__meta']}>
                {t('employers.mentoring.hours', { count: r.hoursPerWeek, hours: formatNumber(r.hoursPerWeek, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {/* The mentor's young people, from the placements feature. */}
      <Slot name="mentor.home" />
    </Page>
  );
}
