import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/schemas/auth.ts';
import { can, canListOrganisations, canManageProgrammes, canSearchAudit, programmeIds, rolesIn } from '../access.ts';
import { Page, Section } from '../components/Page.tsx';
import { useSession } from '../components/SessionContext.tsx';

function ProgrammeCard({ me, programmeId }: { me: Me; programmeId: string }) {
  const { t } = useTranslation();
  const name = me.memberships.find((m) => m.programmeId === programmeId)?.programmeName ?? '';
  const roles = [...new Set(rolesIn(me, programmeId))];
  const manage = can(me, 'member.list', programmeId);
  const audit = can(me, 'audit.search', programmeId);
  return (
    <li className="card">
      <h3 className="card__title">{name}</h3>
      <p className="card__meta">
        {t('home.yourRole', { count: roles.length })}: {roles.map((role) => t(`roles.${role}`)).join(', ')}
      </p>
      {(manage || audit) && (
        <ul className="link-list">
          {manage && (
            <li>
              <Link to="/admin/programmes/$id" params={{ id: programmeId }}>
                {t('home.manageProgramme')}
                <span className="visually-hidden">: {name}</span>
              </Link>
            </li>
          )}
          {audit && (
            <li>
              <Link to="/admin/audit" search={{ programmeId }}>
                {t('home.auditProgramme')}
                <span className="visually-hidden">: {name}</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const ids = programmeIds(me);

  return (
    <Page title={t('home.title', { name: me.user.name })} lead={ids.length > 0 ? t('home.lead') : undefined}>
      <Section title={t('home.programmesTitle')}>
        {ids.length === 0 ? (
          <p>{me.user.isPlatformAdmin ? t('home.noProgrammesAdmin') : t('home.noProgrammes')}</p>
        ) : (
          <ul className="cards">
            {ids.map((id) => (
              <ProgrammeCard key={id} me={me} programmeId={id} />
            ))}
          </ul>
        )}
      </Section>
      {me.user.isPlatformAdmin && (
        <Section title={t('home.platformTitle')}>
          <p>{t('home.platformLead')}</p>
          <ul className="link-list link-list--spaced">
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
