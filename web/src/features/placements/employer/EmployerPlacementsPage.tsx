import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryStatus } from '../../../ui/Status.tsx';
import { Slot } from '../../../ui/Slot.tsx';
import { takesPartAsEmployer } from '../access.ts';
import { type Placement, myPlacementsQuery } from '../api.ts';
import { StatusBadge } from '../components/bits.tsx';
import { firstName } from '../vocab.ts';
import placementsCss from '../placements.module.css';
import layout from '../../../ui/layout.module.css';

/** One card per candidate or placement, with what to do next in its title line. */
export function PlacementCards({ placements, level = 2 }: { placements: Placement[]; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ul className={placementsCss['pl-cards']}>
      {placements.map((p) => (
        <li key={p.id} className={placementsCss['pl-card']}>
          <Heading className={placementsCss['pl-card__title']}>
            <Link to="/virksomhed/forloeb/$placementId" params={{ placementId: p.id }}>
              {t('placements.employer.cardTitle', { name: firstName(p), age: p.candidate?.age ?? '' })}
            </Link>
          </Heading>
          <p className={placementsCss['pl-card__meta']}>
            {p.opening.title} · {p.opening.organisationName}
          </p>
          <p>
            <StatusBadge status={p.status} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * `/virksomhed/forloeb`: the employer contact's (or mentor's) overview on a phone: every candidate and
 * placement, then the hours waiting for them across all the company's young people (the hours
 * feature fills the slot).
 */
export function EmployerPlacementsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = takesPartAsEmployer(me);
  const mine = useQuery({ ...myPlacementsQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;
  const list = mine.data?.placements ?? [];
  return (
    <Page title={t('placements.employer.title')} lead={t('placements.employer.lead')}>
      <QueryStatus query={mine} />
      {mine.isSuccess && list.length === 0 && <p>{t('placements.employer.none')}</p>}
      {list.length > 0 && <PlacementCards placements={list} />}
      <Slot name="employer.overview" />
      <p className={layout['after-form']}>
        <Link to="/notifikationer">{t('placements.notifications.title')}</Link>
      </p>
    </Page>
  );
}
