import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/schemas/auth.ts';
import { can, canListOrganisations, canManageProgrammes, canSearchAudit } from '../access.ts';
import { meQuery } from '../queries.ts';
import { myNotificationsQuery } from '../lib/api/notifications.ts';
import { useLogout } from '../session.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { ProgrammeNav } from './ProgrammeNav.tsx';
import layout from '../ui/layout.module.css';
import buttons from '../ui/buttons.module.css';
import { cx } from '../ui/cx.ts';

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** Beskeder with the unread count, for the youth and the guardian (who otherwise never find them). */
function MessagesLink() {
  const { t } = useTranslation();
  const unread = useQuery(myNotificationsQuery).data?.unread ?? 0;
  return (
    <Link to="/notifikationer" className={layout['site-nav__link']}>
      {unread > 0 ? t('nav.messagesUnread', { count: unread }) : t('nav.messages')}
    </Link>
  );
}

function Nav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const portalUser = can(me, 'portal.use') && !me.user.isPlatformAdmin;
  return (
    <nav className={layout['site-nav']} aria-label={t('nav.label')}>
      <ul className={cx(layout.container, layout['site-nav__list'])}>
        <li>
          <Link to="/" className={layout['site-nav__link']} activeOptions={{ exact: true }}>
            {t('nav.home')}
          </Link>
        </li>
        {can(me, 'participant.list') && (
          <li>
            <Link to="/participants" className={layout['site-nav__link']}>
              {t('nav.participants')}
            </Link>
          </li>
        )}
        {can(me, 'employer.portal') && !me.user.isPlatformAdmin && (
          <li>
            <Link to="/virksomhed" className={layout['site-nav__link']}>
              {t('nav.employerPortal')}
            </Link>
          </li>
        )}
        {can(me, 'mentoring.read') && !me.user.isPlatformAdmin && (
          <li>
            <Link to="/mentor" className={layout['site-nav__link']}>
              {t('nav.mentoring')}
            </Link>
          </li>
        )}
        {portalUser && (
          <li>
            <Link to="/mig" className={layout['site-nav__link']}>
              {t('nav.portal')}
            </Link>
          </li>
        )}
        {portalUser && (
          <li>
            <MessagesLink />
          </li>
        )}
        {canManageProgrammes(me) && (
          <li>
            <Link to="/admin/programmes" className={layout['site-nav__link']}>
              {t('nav.programmes')}
            </Link>
          </li>
        )}
        {canListOrganisations(me) && (
          <li>
            <Link to="/admin/organisations" className={layout['site-nav__link']}>
              {t('nav.organisations')}
            </Link>
          </li>
        )}
        {canSearchAudit(me) && (
          <li>
            <Link to="/admin/audit" className={layout['site-nav__link']}>
              {t('nav.audit')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Skip link, header with product name, navigation and account tools, the programme menu, then the page's main. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const logout = useLogout();
  const loggedIn = me?.stage === 'full' ? me : null;

  return (
    <>
      <a className={layout['skip-link']} href="#main" onClick={focusMain}>
        {t('nav.skipToContent')}
      </a>
      <header className={layout['site-header']}>
        <div className={cx(layout.container, layout['site-header__inner'])}>
          <Link to="/" className={layout.brand}>
            <span className={layout.brand__mark} aria-hidden="true">
              J
            </span>
            {t('app.name')}
          </Link>
          <div className={layout['site-header__tools']}>
            {loggedIn && (
              <span className={layout['site-header__user']}>
                <span className={layout['visually-hidden']}>{t('nav.loggedInAs')} </span>
                {loggedIn.user.name}
              </span>
            )}
            {loggedIn && (
              <Link to="/indstillinger" className={layout['site-header__settings']}>
                {t('placements.preferences.link')}
              </Link>
            )}
            <LanguageToggle />
            {me && (
              <Button className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])} onPress={() => void logout()}>
                {t('nav.logout')}
              </Button>
            )}
          </div>
        </div>
        {loggedIn && <Nav me={loggedIn} />}
      </header>
      {loggedIn && <ProgrammeNav me={loggedIn} />}
      <main id="main" tabIndex={-1} className={layout['site-main']}>
        <div className={layout.container}>{children}</div>
      </main>
      <footer className={layout['site-footer']}>
        <div className={layout.container}>
          <p>{t('footer.text')}</p>
        </div>
      </footer>
    </>
  );
}
