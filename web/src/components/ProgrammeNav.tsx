import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/schemas/auth.ts';
import { myNotificationsQuery } from '../lib/api/notifications.ts';
import { cx } from '../ui/cx.ts';
import layout from '../ui/layout.module.css';
import nav from './ProgrammeNav.module.css';
import {
  isProgrammeScoped,
  locateSection,
  menuProgrammes,
  type ProgrammeSection,
  sectionsFor,
  type SectionKey,
} from './programmeSections.ts';

/** The programme last opened in this tab, so pages outside a programme (Beskeder) keep its menu. */
let lastProgrammeId: string | null = null;

function programmeName(me: Me, programmeId: string): string {
  return me.memberships.find((m) => m.programmeId === programmeId)?.programmeName ?? '';
}

function SectionLink({ section, programmeId, current }: { section: ProgrammeSection; programmeId: string; current: boolean }) {
  const { t } = useTranslation();
  const unread = useQuery({ ...myNotificationsQuery, enabled: section.key === 'messages', select: (d) => d.unread });
  const label = t(`programmeNav.sections.${section.key}`);
  const count = section.key === 'messages' && unread.data ? unread.data : 0;
  const content = (
    <>
      {label}
      {count > 0 && (
        <span className={nav['pnav__count']}>
          <span aria-hidden="true">{count}</span>
          <span className={layout['visually-hidden']}>{t('programmeNav.unread', { count })}</span>
        </span>
      )}
    </>
  );
  // The Link marks its exact page with aria-current="page"; inside a section (a detail page) the
  // section's link says so with aria-current="true".
  const props = {
    className: nav['pnav__link'],
    activeOptions: { exact: true, includeSearch: false },
    'aria-current': current ? ('true' as const) : undefined,
  };
  return isProgrammeScoped(section) ? (
    <Link to={section.to} params={{ programmeId }} {...props}>
      {content}
    </Link>
  ) : (
    <Link to={section.to} {...props}>
      {content}
    </Link>
  );
}

/** Where switching to another programme lands: the same section when it has it, else its first. */
function switchTarget(me: Me, programmeId: string, current: SectionKey | undefined): ProgrammeSection | undefined {
  const there = sectionsFor(me, programmeId).filter(isProgrammeScoped);
  return there.find((s) => s.key === current) ?? there[0] ?? sectionsFor(me, programmeId)[0];
}

function Switcher({ me, programmeId, current }: { me: Me; programmeId: string; current: SectionKey | undefined }) {
  const { t } = useTranslation();
  const others = menuProgrammes(me).filter((id) => id !== programmeId);
  if (others.length === 0) return null;
  return (
    <details className={nav.pnav__switch}>
      <summary className={nav['pnav__switch-summary']}>{t('programmeNav.switch')}</summary>
      <ul className={nav['pnav__switch-list']}>
        {others.map((id) => {
          const target = switchTarget(me, id, current);
          if (!target) return null;
          return (
            <li key={id}>
              {isProgrammeScoped(target) ? (
                <Link to={target.to} params={{ programmeId: id }}>
                  {programmeName(me, id)}
                </Link>
              ) : (
                <Link to={target.to}>{programmeName(me, id)}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * The programme menu under the header: the current programme's name, a switch to the user's other
 * programmes, and every section the user's roles there may open. On a phone the sections fold
 * behind a button; from 48rem they are always shown.
 */
export function ProgrammeNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const params: { programmeId?: string } = useParams({ strict: false });
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [open, setOpen] = useState(false);
  const listId = useId();
  const available = menuProgrammes(me);
  const fromUrl = params.programmeId && available.includes(params.programmeId) ? params.programmeId : null;
  if (fromUrl) lastProgrammeId = fromUrl;
  const programmeId = fromUrl ?? (lastProgrammeId && available.includes(lastProgrammeId) ? lastProgrammeId : available[0]);

  // A chosen link closes the folded menu, so the phone shows the page it opened.
  useEffect(() => setOpen(false), [pathname]);

  // The start page lists every programme with its sections; a menu for one of them would be noise there.
  if (!programmeId || pathname === '/') return null;
  // A page of another programme (one without a menu for this user) shows no menu rather than a wrong one.
  if (params.programmeId && !fromUrl) return null;
  const sections = sectionsFor(me, programmeId);
  const located = locateSection(pathname);
  const name = programmeName(me, programmeId);

  return (
    <nav className={nav.pnav} aria-label={t('programmeNav.label')}>
      <div className={cx(layout.container, nav.pnav__inner)}>
        <div className={nav.pnav__head}>
          <p className={nav.pnav__programme}>
            <span className={nav['pnav__programme-label']}>{t('programmeNav.programme')}</span> <strong>{name}</strong>
          </p>
          {/* Keyed by the path, so the list of programmes closes once one is chosen. */}
          <Switcher key={pathname} me={me} programmeId={programmeId} current={located?.key} />
          <button type="button" className={nav.pnav__toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
            {t('programmeNav.toggle')}
          </button>
        </div>
        <ul id={listId} className={cx(nav.pnav__list, open && nav['pnav__list--open'])}>
          {sections.map((s) => (
            <li key={s.key}>
              <SectionLink section={s} programmeId={programmeId} current={located?.key === s.key && !located.exact} />
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
