import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../access.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { setsQuery, type SroiResultView, useCalculate } from '../api.ts';
import { CalculateForm } from '../components/CalculateForm.tsx';
import { CreateSetForm } from '../components/CreateSetForm.tsx';
import { ParametersForm } from '../components/ParametersForm.tsx';
import { ParametersView } from '../components/ParametersView.tsx';
import { ResultPanel } from '../components/ResultPanel.tsx';
import { Versions } from '../components/Versions.tsx';

/**
 * `/programmes/$programmeId/samfundsafkast`: the social-return calculator. Choose a parameter set
 * and period, see NPV, return per krone and the sensitivity range with every assumption beside
 * them. Coordinators and administrators edit values (saving adds a version with a reason);
 * funders and evaluators read.
 */
export function SocialReturnPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'sroi.read', programmeId);
  const manage = can(me, 'sroi.manage', programmeId);
  const sets = useQuery({ ...setsQuery(programmeId), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [result, setResult] = useState<SroiResultView | null>(null);
  const calculate = useCalculate(programmeId);
  if (!allowed) return <Forbidden />;

  const items = sets.data?.items ?? [];
  const selected = items.find((s) => s.id === chosen) ?? items[0];
  return (
    <Page title={t('socialReturn.title')} lead={programmeName} wide>
      <p>{t('socialReturn.lead')}</p>
      <QueryStatus query={sets} />
      {sets.data && items.length === 0 && !manage && <p>{t('socialReturn.noSets')}</p>}
      {sets.data && manage && items.length === 0 && <CreateSetForm programmeId={programmeId} onCreated={setChosen} />}
      {selected && (
        <>
          <CalculateForm
            sets={items}
            selectedId={selected.id}
            onSelect={(id) => {
              setChosen(id);
              setSavedVersion(null);
              setResult(null);
            }}
            onCalculate={async (v) => setResult(await calculate.mutateAsync(v))}
          />
          {result && <ResultPanel result={result} />}
          <Notice>{savedVersion ? t('socialReturn.params.savedNotice', { version: savedVersion }) : null}</Notice>
          {manage ? (
            <ParametersForm key={selected.latest.id} programmeId={programmeId} set={selected} onSaved={setSavedVersion} />
          ) : (
            <ParametersView set={selected} />
          )}
          <h2>{t('socialReturn.versions.heading')}</h2>
          <Versions programmeId={programmeId} set={selected} />
        </>
      )}
    </Page>
  );
}
