import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { canManageMatching, canReadMatching } from '../access.ts';
import { roundsQuery, weightSetsQuery } from '../api.ts';
import { NewRoundForm } from '../components/NewRoundForm.tsx';
import { factorLabel, RoundStatus } from '../components/bits.tsx';

/** "Matchrunder": the rounds, newest first, a folded "Ny runde" form and the weight sets in use. */
export function RoundsPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canReadMatching(me, programmeId);
  const manage = canManageMatching(me, programmeId);
  const rounds = useQuery({ ...roundsQuery(programmeId), enabled: allowed });
  const sets = useQuery({ ...weightSetsQuery(programmeId), enabled: allowed });
  if (!allowed) return <Forbidden />;
  const locale = currentLocale();
  return (
    <Page title={t('matching.rounds.title')} lead={t('matching.rounds.lead')} wide>
      {manage && (
        <Disclosure title={t('matching.rounds.new')}>
          <NewRoundForm programmeId={programmeId} />
        </Disclosure>
      )}
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <QueryError error={rounds.error} />
      ) : rounds.data.rounds.length === 0 ? (
        <p>{t('matching.rounds.empty')}</p>
      ) : (
        <Table caption={t('matching.rounds.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('matching.rounds.created')}</th>
              <th scope="col">{t('matching.round.mode')}</th>
              <th scope="col">{t('matching.round.status')}</th>
              <th scope="col">{t('matching.round.weightSet')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.data.rounds.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to="/programmes/$programmeId/matchrunder/$roundId" params={{ programmeId, roundId: r.id }}>
                    {formatDateTime(r.createdAt, locale, false)}
                  </Link>
                </th>
                <td>{t(`matching.modes.${r.mode}`)}</td>
                <td>
                  <RoundStatus status={r.status} />
                </td>
                <td>
                  {r.weightSet.name} v{r.weightSet.version}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Section title={t('matching.rounds.weightSets')} id="mt-weights">
        {sets.data && (
          <Table caption={t('matching.rounds.weightSetsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('matching.common.name')}</th>
                <th scope="col">{t('matching.rounds.version')}</th>
                <th scope="col">{t('matching.rounds.weights')}</th>
              </tr>
            </thead>
            <tbody>
              {(sets.data.sets.length > 0 ? sets.data.sets : [sets.data.current]).map((s) => {
                const current = s.name === sets.data.current.name && s.version === sets.data.current.version;
                return (
                  <tr key={`${s.name}-${s.version}`}>
                    <th scope="row">
                      {s.name} {current && t('matching.rounds.current')} {s.builtIn && t('matching.rounds.builtIn')}
                    </th>
                    <td>{s.version}</td>
                    <td>
                      {Object.entries(s.weights)
                        .map(([f, w]) => `${factorLabel(t, f)} ${w}`)
                        .join(' · ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Section>
    </Page>
  );
}
