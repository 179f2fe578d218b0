import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatLocalDateTime } from '../../../ui/format.ts';
import { ACTIVITY_KINDS } from '../../../../../shared/schemas/activities.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { programmeQuery } from '../../../queries.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { canManageActivities, canReadActivities, canReadOutcomes } from '../access.ts';
import { activitiesQuery, type ListFilters } from '../api.ts';
import activities from '../activities.module.css';
import buttons from '../../../ui/buttons.module.css';
import alerts from '../../../ui/alerts.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/** The programme's activities (coordinators, desktop), filtered by kind, site and upcoming/past through the URL. */
export function ActivityListPage({ programmeId, filters }: { programmeId: string; filters: ListFilters }) {
  const { kind, when, siteId } = filters;
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadActivities(me, programmeId);
  const list = useQuery({ ...activitiesQuery(programmeId, filters), enabled: allowed });
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  const locale = currentLocale();
  if (!allowed) return <Forbidden />;
  const rows = list.data?.items ?? [];
  const filterLink = (change: ListFilters, label: string, current: boolean) => (
    <Link
      to="/programmes/$programmeId/aktiviteter"
      params={{ programmeId }}
      search={{ ...filters, ...change }}
      className={activities['act-filter__link']}
      aria-current={current ? 'page' : undefined}
    >
      {label}
    </Link>
  );
  return (
    <Page title={t('activities.list.title')} lead={programmeName} wide>
      <p className={activities['act-toolbar']}>
        {canManageActivities(me, programmeId) && (
          <Link to="/programmes/$programmeId/aktiviteter/ny" params={{ programmeId }} className={buttons.button}>
            {t('activities.list.new')}
          </Link>
        )}
        {canReadOutcomes(me, programmeId) && (
          <Link to="/programmes/$programmeId/aktiviteter/tragt" params={{ programmeId }}>
            {t('activities.list.funnel')}
          </Link>
        )}
      </p>
      <nav aria-label={t('activities.list.filter')} className={activities['act-filter']}>
        <ul className={activities['act-filter__list']}>
          <li>{filterLink({ kind: undefined }, t('activities.list.all'), !kind)}</li>
          {ACTIVITY_KINDS.map((k) => (
            <li key={k}>{filterLink({ kind: k }, t(`activities.kinds.${k}`), k === kind)}</li>
          ))}
        </ul>
        <ul className={activities['act-filter__list']}>
          <li>{filterLink({ when: undefined }, t('activities.list.allTimes'), !when)}</li>
          <li>{filterLink({ when: 'upcoming' }, t('activities.list.upcoming'), when === 'upcoming')}</li>
          <li>{filterLink({ when: 'past' }, t('activities.list.past'), when === 'past')}</li>
        </ul>
        {(programme.data?.sites.length ?? 0) > 1 && (
          <ul className={activities['act-filter__list']}>
            <li>{filterLink({ siteId: undefined }, t('activities.list.allSites'), !siteId)}</li>
            {programme.data?.sites.map((s) => (
              <li key={s.id}>{filterLink({ siteId: s.id }, s.name, s.id === siteId)}</li>
            ))}
          </ul>
        )}
      </nav>
      <QueryStatus query={list} />
      {list.isSuccess && rows.length === 0 && <p>{t('activities.list.none')}</p>}
      {rows.length > 0 && (
        <Table caption={t('activities.list.caption', { count: rows.length })} showCaption>
          <thead>
            <tr>
              <th scope="col">{t('activities.fields.title')}</th>
              <th scope="col">{t('activities.fields.kind')}</th>
              <th scope="col">{t('activities.list.when')}</th>
              <th scope="col">{t('activities.fields.place')}</th>
              <th scope="col">{t('activities.list.registered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to="/programmes/$programmeId/aktiviteter/$activityId" params={{ programmeId, activityId: a.id }}>
                    {a.title}
                  </Link>
                  {a.cancelled && <span className={cx(alerts.badge, alerts['badge--expired'])}> {t('activities.list.cancelled')}</span>}
                </td>
                <td>{t(`activities.kinds.${a.kind}`)}</td>
                <td>
                  {a.firstStartsAt ? formatLocalDateTime(a.firstStartsAt, locale) : t('activities.detail.noValue')}
                  <br />
                  <span className={layout.muted}>{t('activities.list.sessions', { count: a.sessionCount })}</span>
                </td>
                <td>{[a.place, a.siteName].filter(Boolean).join(', ') || t('activities.detail.noValue')}</td>
                <td>{a.capacity === null ? a.registeredCount : `${a.registeredCount} / ${a.capacity}`}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Page>
  );
}
