import { Link, Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/schemas/auth.ts';
import { can, canListOrganisations, canManageProgrammes, canSearchAudit, programmeIds, rolesIn } from '../access.ts';
import { Page, Section } from '../ui/Page.tsx';
import { useSession } from '../components/SessionContext.tsx';
import layout from '../ui/layout.module.css';
import cards from '../ui/cards.module.css';
import { cx } from '../ui/cx.ts';

function ProgrammeCard({ me, programmeId }: { me: Me; programmeId: string }) {
  const { t } = useTranslation();
  const name = me.memberships.find((m) => m.programmeId === programmeId)?.programmeName ?? '';
  const roles = [...new Set(rolesIn(me, programmeId))];
  const manage = can(me, 'member.list', programmeId);
  const audit = can(me, 'audit.search', programmeId);
  const work = can(me, 'participant.list', programmeId);
  const companies = can(me, 'company.read', programmeId);
  const openings = can(me, 'opening.read', programmeId);
  const placements = can(me, 'placement.read', programmeId);
  // Administrators change the settings; coordinators (who read placements) may see them.
  const settings = can(me, 'programme.update', programmeId) || placements;
  const costs = can(me, 'mentor_costs.read', programmeId) && !placements;
  const outcomes = can(me, 'outcomes.read', programmeId);
  const hours = can(me, 'payroll.export', programmeId);
  const sroi = can(me, 'sroi.read', programmeId);
  const evaluation = can(me, 'evaluation.export', programmeId);
  const evaluationKeys = can(me, 'evaluation.key.manage', programmeId);
  const hidden = <span className={layout['visually-hidden']}>: {name}</span>;
  return (
    <li className={cards.card}>
      <h3 className={cards.card__title}>{name}</h3>
      <p className={cards.card__meta}>
        {t('home.yourRole', { count: roles.length })}: {roles.map((role) => t(`roles.${role}`)).join(', ')}
      </p>
      {(manage ||
        audit ||
        work ||
        companies ||
        openings ||
        placements ||
        settings ||
        costs ||
        outcomes ||
        hours ||
        sroi ||
        evaluation ||
        evaluationKeys) && (
        <ul className={cards['link-list']}>
          {work && (
            <li>
              <Link to="/programmes/$programmeId" params={{ programmeId }}>
                {t('home.overview')}
                {hidden}
              </Link>
            </li>
          )}
          {work && (
            <li>
              <Link to="/programmes/$programmeId/participants" params={{ programmeId }}>
                {t('home.participants')}
                {hidden}
              </Link>
            </li>
          )}
          {companies && (
            <li>
              <Link to="/programmes/$programmeId/companies" params={{ programmeId }}>
                {t('home.companies')}
                {hidden}
              </Link>
            </li>
          )}
          {openings && (
            <li>
              <Link to="/programmes/$programmeId/openings" params={{ programmeId }}>
                {t('home.openings')}
                {hidden}
              </Link>
            </li>
          )}
          {placements && (
            <li>
              <Link to="/programmes/$programmeId/placements" params={{ programmeId }}>
                {t('placements.home.link')}
                {hidden}
              </Link>
            </li>
          )}
          {can(me, 'matching.read', programmeId) && (
            <li>
              <Link to="/programmes/$programmeId/matchrunder" params={{ programmeId }}>
                {t('matching.home.link')}
                {hidden}
              </Link>
            </li>
          )}
          {can(me, 'activity.read', programmeId) && (
            <li>
              <Link to="/programmes/$programmeId/aktiviteter" params={{ programmeId }}>
                {t('activities.home.link')}
                {hidden}
              </Link>
            </li>
          )}
          {can(me, 'outcomes.read', programmeId) && !can(me, 'activity.read', programmeId) && (
            <li>
              <Link to="/programmes/$programmeId/aktiviteter/tragt" params={{ programmeId }}>
                {t('activities.home.funnel')}
                {hidden}
              </Link>
            </li>
          )}
          {outcomes && (
            <li>
              <Link to="/programmes/$programmeId/resultater" params={{ programmeId }}>
                {t('outcomes.home.link')}
                {hidden}
              </Link>
            </li>
          )}
          {hours && (
            <li>
              <Link to="/programmes/$programmeId/timer" params={{ programmeId }}>
                {t('hours.links.home')}
                {hidden}
              </Link>
            </li>
          )}
          {sroi && (
            <li>
              <Link to="/programmes/$programmeId/samfundsafkast" params={{ programmeId }}>
                {t('socialReturn.title')}
                {hidden}
              </Link>
            </li>
          )}
          {evaluation && (
            <li>
              <Link to="/programmes/$programmeId/evaluering" params={{ programmeId }}>
                {t('evaluation.title')}
                {hidden}
              </Link>
            </li>
          )}
          {evaluationKeys && (
            <li>
              <Link to="/programmes/$programmeId/evaluering/noegler" params={{ programmeId }}>
                {t('evaluation.keys.title')}
                {hidden}
              </Link>
            </li>
          )}
          {costs && (
            <li>
              <Link to="/programmes/$programmeId/mentorudgifter" params={{ programmeId }}>
                {t('placements.home.mentorCosts')}
                {hidden}
              </Link>
            </li>
          )}
          {settings && (
            <li>
              <Link to="/programmes/$programmeId/indstillinger" params={{ programmeId }}>
                {t('placements.home.settings')}
                {hidden}
              </Link>
            </li>
          )}
          {manage && (
            <li>
              <Link to="/admin/programmes/$id" params={{ id: programmeId }}>
                {t('home.manageProgramme')}
                {hidden}
              </Link>
            </li>
          )}
          {audit && (
            <li>
              <Link to="/admin/audit" search={{ programmeId }}>
                {t('home.auditProgramme')}
                {hidden}
              </Link>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/**
 * Where a user with only outside roles starts: participants and guardians in their portal,
 * employer contacts and mentors in theirs. Staff (and anyone mixing roles) get the programme list.
 */
function portalHome(me: Me): '/mig' | '/virksomhed' | '/mentor' | null {
  if (me.user.isPlatformAdmin || me.memberships.length === 0) return null;
  const roles = new Set(me.memberships.map((m) => m.role));
  const only = (...allowed: string[]) => [...roles].every((r) => allowed.includes(r));
  if (only('participant', 'guardian')) return '/mig';
  if (only('employer_contact')) return '/virksomhed';
  if (only('mentor')) return '/mentor';
  return null;
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const ids = programmeIds(me);
  const portal = portalHome(me);
  if (portal) return <Navigate to={portal} replace />;

  return (
    <Page title={t('home.title', { name: me.user.name })} lead={ids.length > 0 ? t('home.lead') : undefined}>
      <Section title={t('home.programmesTitle')}>
        {ids.length === 0 ? (
          <p>{me.user.isPlatformAdmin ? t('home.noProgrammesAdmin') : t('home.noProgrammes')}</p>
        ) : (
          <ul className={cards.cards}>
            {ids.map((id) => (
              <ProgrammeCard key={id} me={me} programmeId={id} />
            ))}
          </ul>
        )}
      </Section>
      {me.user.isPlatformAdmin && (
        <Section title={t('home.platformTitle')}>
          <p>{t('home.platformLead')}</p>
          <ul className={cx(cards['link-list'], cards['link-list--spaced'])}>
            {canManageProgrammes(me) && (
              <li>
                <Link to="/admin/programmes">{t('nav.programmes')}</Link>
              </li>
            )}
            {canListOrganisations(me) && (
              <li>
                <Link to="/admin/organisations">{t('nav.organisations')}</Link>
              </li>
            )}
            {canSearchAudit(me) && (
              <li>
                <Link to="/admin/audit">{t('nav.audit')}</Link>
              </li>
            )}
          </ul>
        </Section>
      )}
    </Page>
  );
}
