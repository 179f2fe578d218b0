import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../access.ts';
import { Forbidden } from '../ui/Forbidden.tsx';
import { Page, Section } from '../ui/Page.tsx';
import { InvitationsSection } from '../components/programme/InvitationsSection.tsx';
import { MembersSection } from '../components/programme/MembersSection.tsx';
import { SitesSection } from '../components/programme/SitesSection.tsx';
import { useSession } from '../components/SessionContext.tsx';
import { currentLocale } from '../i18n/index.ts';
import { formatDate } from '../ui/format.ts';
import { type Programme, programmeQuery } from '../queries.ts';
import { QueryPage } from '../ui/QueryPage.tsx';
import cards from '../ui/cards.module.css';

export function ProgrammePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'programme.read', id);
  const programme = useQuery({ ...programmeQuery(id), enabled: allowed });

  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('programme.loadingTitle')} query={programme}>
      {(p) => <ProgrammeView p={p} id={id} />}
    </QueryPage>
  );
}

function ProgrammeView({ p, id }: { p: Programme; id: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const period = p.endsOn
    ? t('programme.period', { from: formatDate(p.startsOn, locale), to: formatDate(p.endsOn, locale) })
    : t('programme.periodOpen', { from: formatDate(p.startsOn, locale) });

  return (
    <Page title={p.name} lead={period} wide>
      <Section title={t('programme.partnersTitle')}>
        {p.partners.length === 0 ? (
          <p>{t('programme.noPartners')}</p>
        ) : (
          <ul className={cards['tag-list']}>
            {p.partners.map((o) => (
              <li key={o.id} className={cards['tag-list__item']}>
                <span className={cards['tag-list__name']}>{o.name}</span>
                <span className={cards['tag-list__meta']}>{t(`organisationKinds.${o.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <SitesSection programme={p} canManage={can(me, 'site.manage', id)} />
      {can(me, 'member.list', id) && <MembersSection programmeId={id} />}
      {can(me, 'invitation.list', id) && <InvitationsSection programme={p} canInvite={can(me, 'invitation.create', id)} />}
    </Page>
  );
}
