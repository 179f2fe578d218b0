import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { formatNumber } from '../../../ui/format.ts';
import { canManageHours } from '../access.ts';
import { pendingQuery } from '../api.ts';
import { weekOf } from '../week.ts';
import hoursCss from '../hours.module.css';
import layout from '../../../ui/layout.module.css';
import tables from '../../../ui/tables.module.css';
import { cx } from '../../../ui/cx.ts';

/** `/programmes/$programmeId/timer`: the coordinator's hours desk: shifts awaiting approval, payroll, school calendars. */
export function HoursHomePage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canManageHours(me, programmeId);
  const pending = useQuery({ ...pendingQuery(programmeId), enabled: allowed });
  const locale = currentLocale();
  if (!allowed) return <Forbidden />;
  return (
    <Page title={t('hours.home.title')} lead={t('hours.home.lead')} wide>
      <ul className={cx(layout['pill-list'], hoursCss['hours-links'])}>
        <li>
          <Link to="/programmes/$programmeId/loen" params={{ programmeId }} search={{}} className={layout['filter-link']}>
            {t('hours.links.payroll')}
          </Link>
        </li>
        <li>
          <Link to="/programmes/$programmeId/skolekalender" params={{ programmeId }} search={{}} className={layout['filter-link']}>
            {t('hours.links.schoolCalendar')}
          </Link>
        </li>
      </ul>
      <Section id="pending" title={t('hours.home.pending')}>
        <QueryStatus query={pending} />
        {pending.data && pending.data.shifts.length === 0 && <p className={layout.muted}>{t('hours.home.noPending')}</p>}
        {pending.data && pending.data.shifts.length > 0 && (
          <Table caption={t('hours.home.pendingCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('hours.home.person')}</th>
                <th scope="col">{t('hours.home.job')}</th>
                <th scope="col">{t('hours.home.date')}</th>
                <th scope="col">{t('hours.home.time')}</th>
                <th scope="col" className={tables.num}>
                  {t('hours.home.hours')}
                </th>
                <th scope="col">
                  <span className={layout['visually-hidden']}>{t('hours.home.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.data.shifts.map((s) => (
                <tr key={s.id}>
                  <td>{s.personName}</td>
                  <td>
                    {s.openingTitle} · {s.organisationName}
                  </td>
                  <td>{formatDate(s.workDate, locale)}</td>
                  <td>
                    {s.startTime}–{s.endTime}
                  </td>
                  <td className={tables.num}>{formatNumber(s.hours, locale)}</td>
                  <td>
                    <Link
                      to="/programmes/$programmeId/placements/$placementId/timer"
                      params={{ programmeId, placementId: s.placementId }}
                      search={{ week: weekOf(s.workDate) }}
                      aria-label={t('hours.home.openFor', { name: s.personName, date: formatDate(s.workDate, locale) })}
                    >
                      {t('hours.home.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </Page>
  );
}
