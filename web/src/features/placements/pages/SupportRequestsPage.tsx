import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SUPPORT_STATUSES, type SupportStatus } from '../../../../../shared/domain/placements/sla.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { canHandleSupport } from '../access.ts';
import { supportRequestsQuery } from '../api.ts';
import { SupportList } from '../components/Support.tsx';
import layout from '../../../ui/layout.module.css';

/** The hotline's inbox: open requests first by deadline, then the rest; filtered by status in the URL. */
export function SupportRequestsPage({ programmeId, status }: { programmeId: string; status?: SupportStatus }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canHandleSupport(me, programmeId);
  const list = useQuery({ ...supportRequestsQuery(programmeId, { status }), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  if (!allowed) return <Forbidden />;
  const order = (s: SupportStatus) => SUPPORT_STATUSES.indexOf(s);
  const rows = [...(list.data?.requests ?? [])].sort((a, b) => order(a.status) - order(b.status) || a.dueAt.localeCompare(b.dueAt));
  return (
    <Page title={t('placements.support.listTitle')} lead={programmeName}>
      <nav aria-label={t('placements.support.filter')} className="pl-filter">
        <ul className={layout['pill-list']}>
          {[undefined, ...SUPPORT_STATUSES].map((s) => (
            <li key={s ?? 'all'}>
              <Link
                to="/programmes/$programmeId/support-requests"
                params={{ programmeId }}
                search={s ? { status: s } : {}}
                className={layout['filter-link']}
                aria-current={s === status ? 'page' : undefined}
              >
                {s ? t(`placements.support.statuses.${s}`) : t('placements.list.all')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryStatus query={list} />
      {list.isSuccess && rows.length === 0 && <p>{t('placements.support.none')}</p>}
      {rows.length > 0 && <SupportList requests={rows} linked />}
    </Page>
  );
}
