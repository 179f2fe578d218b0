import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PLACEMENT_STATUSES, type PlacementStatus } from '../../../../../shared/domain/placements/states.ts';
import { can } from '../../../access.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { canHandleSupport, canManagePlacements, canReadPlacements } from '../access.ts';
import { placementsQuery } from '../api.ts';
import { StatusBadge } from '../components/bits.tsx';
import { personName } from '../vocab.ts';
import placementsCss from '../placements.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';

/** The programme's placements, newest change first, filtered by status through the URL. */
export function PlacementListPage({ programmeId, status }: { programmeId: string; status?: PlacementStatus }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadPlacements(me, programmeId);
  const list = useQuery({ ...placementsQuery(programmeId, { status }), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  const locale = currentLocale();
  if (!allowed) return <Forbidden />;
  const rows = [...(list.data?.placements ?? [])].sort((a, b) => b.statusChangedAt.localeCompare(a.statusChangedAt));
  return (
    <Page title={t('placements.list.title')} lead={programmeName} wide>
      <p className={placementsCss['pl-toolbar']}>
        {canManagePlacements(me, programmeId) && (
          <Link to="/programmes/$programmeId/placements/new" params={{ programmeId }} className={buttons.button}>
            {t('placements.new.link')}
          </Link>
        )}
        {canHandleSupport(me, programmeId) && (
          <Link to="/programmes/$programmeId/support-requests" params={{ programmeId }}>
            {t('placements.support.listTitle')}
          </Link>
        )}
        {can(me, 'mentor_costs.read', programmeId) && (
          <Link to="/programmes/$programmeId/mentorudgifter" params={{ programmeId }}>
            {t('placements.costs.link')}
          </Link>
        )}
      </p>
      <nav aria-label={t('placements.list.filter')} className="pl-filter">
        <ul className={layout['pill-list']}>
          {[undefined, ...PLACEMENT_STATUSES].map((s) => (
            <li key={s ?? 'all'}>
              <Link
                to="/programmes/$programmeId/placements"
                params={{ programmeId }}
                search={s ? { status: s } : {}}
                className={layout['filter-link']}
                aria-current={s === status ? 'page' : undefined}
              >
                {s ? t(`placements.statuses.${s}`) : t('placements.list.all')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryStatus query={list} />
      {list.isSuccess && rows.length === 0 && <p>{t('placements.list.none')}</p>}
      {rows.length > 0 && (
        <Table caption={t('placements.list.caption', { count: rows.length })} showCaption>
          <thead>
            <tr>
              <th scope="col">{t('placements.fields.participant')}</th>
              <th scope="col">{t('placements.fields.opening')}</th>
              <th scope="col">{t('placements.fields.status')}</th>
              <th scope="col">{t('placements.list.changed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId, placementId: p.id }}>
                    {personName(p)}
                  </Link>
                </td>
                <td>
                  {p.opening.title} · {p.opening.organisationName}
                </td>
                <td>
                  <StatusBadge status={p.status} />
                </td>
                <td>{formatDateTime(p.statusChangedAt, locale, false)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Page>
  );
}
