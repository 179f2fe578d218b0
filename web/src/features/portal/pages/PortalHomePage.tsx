import { useQuery } from '@tanstack/react-query';
import { type MouseEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { Slot } from '../../../ui/Slot.tsx';
import { canUsePortal } from '../access.ts';
import { type PortalMe, portalMeQuery } from '../api.ts';
import { ChildOverview } from '../components/ChildOverview.tsx';
import { SelfOverview, selfSectionIds } from '../components/SelfOverview.tsx';
import portalCss from '../portal.module.css';
import layout from '../../../ui/layout.module.css';

export type PortalNotice = 'welcome' | 'saved' | 'linked';

/** In-page links that move focus with the scroll, so keyboard and screen-reader users follow. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(`${id}-title`);
  if (!heading) return;
  event.preventDefault();
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

function JumpList({ data }: { data: PortalMe }) {
  const { t } = useTranslation();
  const links: { id: string; label: string }[] = [];
  const person = data.self[0];
  if (person) {
    const ids = selfSectionIds(person);
    links.push(
      { id: ids.step, label: person.kind === 'youth' ? t('portal.step.title') : t('portal.step.titleAdult') },
      { id: ids.jobs, label: t('portal.lists.jobs') },
      { id: ids.consents, label: t('portal.consents.title') },
      { id: ids.profile, label: t('portal.profile.title') },
    );
  }
  for (const child of data.children) links.push({ id: `child-${child.id}`, label: `${child.firstName} ${child.lastName}` });
  if (links.length < 2) return null;
  return (
    <nav className="portal-jump" aria-label={t('portal.home.onThisPage')}>
      <ul className={layout['pill-list']}>
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}-title`} className={portalCss['portal-jump__link']} onClick={(event) => jumpTo(event, link.id)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function noticeText(
  t: ReturnType<typeof useTranslation>['t'],
  notice: PortalNotice | undefined,
  data: PortalMe | undefined,
): string | null {
  if (!notice) return null;
  if (notice === 'welcome') return data?.user.username ? t('portal.home.notice.welcome', { username: data.user.username }) : null;
  return t(`portal.home.notice.${notice}`);
}

/**
 * `/mig`: the participant's and guardian's home. A participant sees their step, jobs, shifts, hours,
 * activities, consents and details; a guardian sees each child. Both can be true for one account.
 */
export function PortalHomePage({ notice }: { notice?: PortalNotice }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canUsePortal(me);
  const portal = useQuery({ ...portalMeQuery, enabled: allowed });
  const message = noticeText(t, notice, portal.data);
  // Filled in after the first render: a status region that appears together with its text is
  // often not announced, and after saving the page renders at once from the cache.
  const [announced, setAnnounced] = useState<string | null>(null);
  useEffect(() => setAnnounced(message), [message]);
  if (!allowed) return <Forbidden />;

  const data = portal.data;
  const self = data?.self[0];
  const name = self?.firstName ?? data?.user.name.split(' ')[0];
  const lead = !data ? undefined : self ? t('portal.home.leadSelf') : data.children.length > 0 ? t('portal.home.leadGuardian') : undefined;
  return (
    <div className="portal">
      <Page title={name ? t('portal.home.title', { name }) : t('portal.home.titlePlain')} lead={lead}>
        <Notice>{announced}</Notice>
        <QueryStatus query={portal} />
        {data && (
          <>
            <JumpList data={data} />
            {/* The person's job proposals and the way to their hours (placements and hours features). */}
            <Slot name="portal.home" />
            {data.self.map((person) => (
              <SelfOverview key={person.id} person={person} user={data.user} />
            ))}
            {data.children.map((child) => (
              <ChildOverview key={child.id} child={child} />
            ))}
            {data.self.length === 0 && data.children.length === 0 && <p>{t('portal.home.nothing')}</p>}
          </>
        )}
      </Page>
    </div>
  );
}
