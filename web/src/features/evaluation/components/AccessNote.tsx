import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../../../access.ts';
import { useSession } from '../../../components/SessionContext.tsx';
import { Page } from '../../../ui/Page.tsx';
import alerts from '../../../ui/alerts.module.css';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';

/**
 * What a role that may not use an evaluation page is told instead: which role may, and where the
 * export key is made, linked for those who may go there. Replaces the generic "no access" page,
 * which sent a coordinator to "your coordinator" and told an administrator nothing about keys.
 */
export function AccessNote({ programmeId, page }: { programmeId: string; page: 'download' | 'keys' }) {
  const { t } = useTranslation();
  const me = useSession();
  const programmeName = useProgrammeName(programmeId);
  const managesKeys = can(me, 'evaluation.key.manage', programmeId);
  const downloads = can(me, 'evaluation.export', programmeId);
  const title = page === 'download' ? t('evaluation.title') : t('evaluation.keys.title');
  const note =
    page === 'download'
      ? t(managesKeys ? 'evaluation.denied.downloadKeyManager' : 'evaluation.denied.download')
      : t(downloads ? 'evaluation.denied.keysEvaluator' : 'evaluation.denied.keys');
  return (
    <Page title={title} lead={programmeName}>
      <div className={alerts.alert} data-testid="evaluation-access-note">
        <p>{note}</p>
        {page === 'download' && managesKeys && (
          <p>
            <Link to="/programmes/$programmeId/evaluering/noegler" params={{ programmeId }}>
              {t('evaluation.denied.toKeys')}
            </Link>
          </p>
        )}
        {page === 'keys' && downloads && (
          <p>
            <Link to="/programmes/$programmeId/evaluering" params={{ programmeId }}>
              {t('evaluation.denied.toDownload')}
            </Link>
          </p>
        )}
      </div>
    </Page>
  );
}
