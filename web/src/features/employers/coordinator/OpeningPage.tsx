import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Section } from '../../../ui/Page.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { ProgrammeCrumb } from '../../../ui/ProgrammeCrumb.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { can } from '../../../access.ts';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { canManageOpenings, canReadOpenings } from '../access.ts';
import { type Opening, openingQuery } from '../api.ts';
import { BoardCrumb } from '../components/Breadcrumbs.tsx';
import { OpeningActions } from '../components/OpeningActions.tsx';
import { StatusBadge } from '../components/OpeningBits.tsx';
import { OpeningFacts } from '../components/OpeningFacts.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import alerts from '../../../ui/alerts.module.css';
import { cx } from '../../../ui/cx.ts';
import employersLists from '../employers-lists.module.css';

type Saved = 'draft' | 'open' | 'updated';

export function OpeningPage({ programmeId, openingId, saved }: { programmeId: string; openingId: string; saved?: Saved }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadOpenings(me, programmeId);
  const opening = useQuery({ ...openingQuery(programmeId, openingId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('employers.opening.loadingTitle')} query={opening}>
      {(o) => <OpeningView programmeId={programmeId} opening={o} saved={saved} />}
    </QueryPage>
  );
}

function OpeningView({ programmeId, opening: o, saved }: { programmeId: string; opening: Opening; saved?: Saved }) {
  const { t } = useTranslation();
  const me = useSession();
  const manage = canManageOpenings(me, programmeId);
  const [notice, setNotice] = useState<string | null>(saved ? t(`employers.opening.saved.${saved}`) : null);
  const editable = manage && (o.status === 'draft' || o.status === 'proposed' || o.status === 'open');
  const locale = currentLocale();
  return (
    <PageHeader
      title={o.title}
      wide
      crumbs={
        <>
          <ProgrammeCrumb programmeId={programmeId} />
          <BoardCrumb programmeId={programmeId} />
          {o.companyId && (
            <Link to="/programmes/$programmeId/companies/$companyId" params={{ programmeId, companyId: o.companyId }}>
              {o.organisationName}
            </Link>
          )}
        </>
      }
    >
      <Notice>{notice}</Notice>
      <p className={employersLists['emp-opening-status']}>
        {t('employers.fields.status')}: <StatusBadge status={o.status} />
      </p>
      {o.status === 'proposed' && <p>{t('employers.opening.proposedLead')}</p>}
      {o.rejectionReason && (
        <p>
          <strong>{t('employers.opening.rejectionReason')}</strong> {o.rejectionReason}
        </p>
      )}
      {o.refusals.length > 0 && o.status !== 'closed' && (
        <div className={cx(alerts.alert, alerts['alert--warning'])}>
          <p className={alerts.alert__title}>{t('employers.opening.refusalsTitle')}</p>
          <ul>
            {o.refusals.map((r) => (
              <li key={r.code}>{locale === 'en' ? r.messageEn : r.message}</li>
            ))}
          </ul>
        </div>
      )}
      {manage && <OpeningActions programmeId={programmeId} opening={o} onDone={setNotice} />}
      {o.status === 'open' && can(me, 'placement.manage', programmeId) && (
        <p>
          <Link to="/programmes/$programmeId/placements/new" params={{ programmeId }} search={{ openingId: o.id }}>
            {t('placements.links.proposeFromOpening')}
          </Link>{' '}
          {can(me, 'matching.read', programmeId) && (
            <Link to="/programmes/$programmeId/openings/$openingId/kandidater" params={{ programmeId, openingId: o.id }}>
              {t('matching.links.candidates')}
            </Link>
          )}
        </p>
      )}
      {editable && (
        <p>
          <Link to="/programmes/$programmeId/openings/$openingId/edit" params={{ programmeId, openingId: o.id }}>
            {t('employers.opening.edit')}
          </Link>
        </p>
      )}
      <Section title={t('employers.opening.detailsTitle')}>
        <OpeningFacts opening={o} />
      </Section>
    </PageHeader>
  );
}
