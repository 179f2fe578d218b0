import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError, QueryStatus } from '../../../ui/Status.tsx';
import { NotFoundPage } from '../../../ui/NotFoundPage.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { can } from '../../../access.ts';
import { firstName, myPlacementsQuery, personName, type Placement, placementQuery } from '../../../lib/api/placements.ts';
import { Timesheet } from '../components/Timesheet.tsx';
import hours from '../hours.module.css';
import layout from '../../../ui/layout.module.css';

/** `/programmes/$programmeId/placements/$placementId/timer`: the coordinator's week of one placement (desktop). */
export function CoordinatorTimesheetPage({ programmeId, placementId, week }: { programmeId: string; placementId: string; week: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const staff = can(me, 'placement.read', programmeId);
  const placement = useQuery({ ...placementQuery(programmeId, placementId), enabled: staff });
  if (!staff) return <Forbidden />;
  return (
    <QueryPage title={t('hours.sheet.loading')} query={placement}>
      {(p) => (
        <Page title={t('hours.sheet.title', { name: personName(p), title: p.opening.title })} wide>
          <p className={hours['hours-crumbs']}>
            <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId, placementId }}>
              {personName(p)} – {p.opening.title}
            </Link>
            {' · '}
            <Link to="/programmes/$programmeId/timer" params={{ programmeId }}>
              {t('hours.links.home')}
            </Link>
          </p>
          <Timesheet p={p} week={week} />
        </Page>
      )}
    </QueryPage>
  );
}

/**
 * `/virksomhed/forloeb/$placementId/timer`: the employer contact's or mentor's week, phone first.
 * The URL carries no programme, so the caller's own placements say which programme it is in.
 */
export function EmployerTimesheetPage({ placementId, week }: { placementId: string; week: string }) {
  const { t } = useTranslation();
  const me = useSession();
  // Employer contacts and mentors, by membership: the platform administrator holds no such role.
  const allowed = me.memberships.some((m) => m.role === 'employer_contact' || m.role === 'mentor');
  const mine = useQuery({ ...myPlacementsQuery, enabled: allowed });
  const p = mine.data?.placements.find((x) => x.id === placementId);
  if (!allowed) return <Forbidden />;
  if (mine.isPending) {
    return (
      <Page title={t('hours.sheet.loading')}>
        <Loading />
      </Page>
    );
  }
  if (mine.isError) {
    return (
      <Page title={t('hours.sheet.loading')}>
        <QueryError error={mine.error} />
      </Page>
    );
  }
  if (!p) return <NotFoundPage />;
  return (
    <Page title={t('hours.sheet.title', { name: firstName(p), title: p.opening.title })}>
      <p className={hours['hours-crumbs']}>
        <Link to="/virksomhed/forloeb/$placementId" params={{ placementId }}>
          {firstName(p)} – {p.opening.title}
        </Link>
      </p>
      <Timesheet p={p} week={week} />
    </Page>
  );
}

/** `/mig/timer`: the participant's own hours on a phone, one timesheet per running job. */
export function MyHoursPage({ week }: { week: string }) {
  const { t } = useTranslation();
  const mine = useQuery(myPlacementsQuery);
  const running = (mine.data?.placements ?? []).filter(
    (p: Placement) => p.actingAs === 'participant' && (p.status === 'active' || p.status === 'completed' || p.status === 'ended_early'),
  );
  return (
    <Page title={t('hours.sheet.myTitle')}>
      <p className={hours['hours-crumbs']}>
        <Link to="/mig">{t('hours.links.back')}</Link>
      </p>
      <QueryStatus query={mine} />
      {mine.data && running.length === 0 && <p className={layout.muted}>{t('hours.sheet.noJobs')}</p>}
      {running.map((p) => (
        <section key={p.id} className={hours['hours-job']} aria-labelledby={`job-${p.id}`}>
          <h2 id={`job-${p.id}`} className="section__title">
            {p.opening.title} · {p.opening.organisationName}
          </h2>
          <Timesheet p={p} week={week} />
        </section>
      ))}
    </Page>
  );
}
