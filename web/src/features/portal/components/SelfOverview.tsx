import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { type PortalMe, type PortalPerson, workAreasQuery } from '../api.ts';
import { availabilitySummary, workAreaName } from '../vocab.ts';
import { ConsentSection } from './ConsentSection.tsx';
import { Ladder } from './Ladder.tsx';
import { PortalSection } from './PortalSection.tsx';
import { WorkSections } from './WorkSections.tsx';
import layout from '../../../ui/layout.module.css';
import portal from '../portal.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/** The section ids the page's jump list points at, in page order. */
export function selfSectionIds(person: PortalPerson) {
  return { step: `step-${person.id}`, jobs: `jobs-${person.id}`, consents: `consents-${person.id}`, profile: `profile-${person.id}` };
}

function Profile({ person, user }: { person: PortalPerson; user: PortalMe['user'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const areas = useQuery({ ...workAreasQuery, enabled: person.interests.length > 0 });
  const none = <span className={layout.muted}>{t('portal.profile.none')}</span>;
  return (
    <PortalSection id={selfSectionIds(person).profile} title={t('portal.profile.title')}>
      <dl className={portal['portal-facts']}>
        <dt>{t('portal.profile.name')}</dt>
        <dd>{`${person.firstName} ${person.lastName}`}</dd>
        {user.username && (
          <>
            <dt>{t('portal.profile.username')}</dt>
            <dd>{user.username}</dd>
          </>
        )}
        <dt>{t('portal.profile.birthDate')}</dt>
        <dd>{formatDate(person.birthDate, locale)}</dd>
        <dt>{t('portal.profile.phone')}</dt>
        <dd>{person.phone ?? none}</dd>
        <dt>{t('portal.profile.email')}</dt>
        <dd className={layout.break}>{person.email ?? none}</dd>
        <dt>{t('portal.profile.address')}</dt>
        <dd>{person.address ?? none}</dd>
        <dt>{t('portal.profile.availability')}</dt>
        <dd>{person.availability.length > 0 ? availabilitySummary(t, person.availability) : none}</dd>
        <dt>{t('portal.profile.interests')}</dt>
        <dd>
          {person.interests.length > 0
            ? person.interests.map((code) => workAreaName(areas.data?.workAreas, code, locale)).join(', ')
            : none}
        </dd>
        <dt>{t('portal.profile.programme')}</dt>
        <dd>{person.programmeName}</dd>
      </dl>
      <p className={portal['portal-actions']}>
        <Link to="/mig/ret" className={cx(buttons.button, buttons['button--secondary'])}>
          {t('portal.profile.edit')}
        </Link>
      </p>
    </PortalSection>
  );
}

/** Everything about the person themself: step, jobs, shifts, hours, earnings, activities, consents, details. */
export function SelfOverview({ person, user }: { person: PortalPerson; user: PortalMe['user'] }) {
  const { t } = useTranslation();
  const ids = selfSectionIds(person);
  return (
    <>
      <PortalSection id={ids.step} title={person.kind === 'youth' ? t('portal.step.title') : t('portal.step.titleAdult')}>
        <Ladder person={person} />
      </PortalSection>
      <WorkSections person={person} perspective="self" />
      <ConsentSection person={person} perspective="self" level={2} />
      <Profile person={person} user={user} />
    </>
  );
}
