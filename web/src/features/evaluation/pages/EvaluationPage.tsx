import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from 'react-aria-components';
import { CODEBOOK, EVALUATION_TABLES, type EvaluationTable } from '../../../../../shared/domain/evaluation/codebook.ts';
import { can } from '../../../access.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { PermissionGate } from '../../../ui/PermissionGate.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { QueryError, QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { SelectInput } from '../../../ui/fields.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { type EvaluationKey, keysQuery, paths } from '../api.ts';
import { downloadFile } from '../../../lib/download.ts';
import { AccessNote } from '../components/AccessNote.tsx';
import buttons from '../../../ui/buttons.module.css';
import cards from '../../../ui/cards.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * `/programmes/$programmeId/evaluering`: the evaluator chooses an export key and downloads the
 * pseudonymised dataset (Excel with a "Kodebog" sheet, or one CSV per table). The codebook is shown
 * here too, so the columns can be read before downloading.
 */
export function EvaluationPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'evaluation.export', programmeId);
  const keys = useQuery({ ...keysQuery(programmeId), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  const [chosen, setChosen] = useState<EvaluationKey | null>(null);
  const lang = currentLocale() === 'en' ? 'en' : 'da';
  return (
    <PermissionGate allowed={allowed} fallback={<AccessNote programmeId={programmeId} page="download" />}>
      <Page title={t('evaluation.title')} lead={programmeName} wide>
        <p>{t('evaluation.lead')}</p>
        <QueryStatus query={keys} />
        {keys.data && keys.data.items.length === 0 && <p>{t('evaluation.noKeys')}</p>}
        {keys.data && keys.data.items.length > 0 && <ChooseKey keys={keys.data.items} onChoose={setChosen} />}
        {chosen && <Downloads programmeId={programmeId} chosen={chosen} />}
        <h2>{t('evaluation.codebook')}</h2>
        {CODEBOOK.map((table) => (
          <Table
            key={table.name}
            caption={t('evaluation.tableCaption', {
              name: upperFirst(t(`evaluation.tables.${table.name}`)),
              sheet: table.sheet,
              description: table[lang],
            })}
            showCaption
          >
            <thead>
              <tr>
                <th scope="col">{t('evaluation.column')}</th>
                <th scope="col">{t('evaluation.type')}</th>
                <th scope="col">{t('evaluation.meaning')}</th>
                <th scope="col">{t('evaluation.allowed')}</th>
              </tr>
            </thead>
            <tbody>
              {table.columns.map((c) => (
                <tr key={c.name}>
                  <td>
                    <code>{c.name}</code>
                  </td>
                  <td>{t(`evaluation.types.${c.type}`)}</td>
                  <td lang={lang}>{c[lang]}</td>
                  <td>
                    <AllowedValues codes={c.allowed ?? []} nullable={!!c.nullable} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))}
      </Page>
    </PermissionGate>
  );
}

/**
 * The dataset's downloads for the chosen key. Fetched, not linked, so a refusal (a role or key that
 * no longer allows it) is one translated sentence on the page, never the server's JSON in a tab.
 */
function Downloads({ programmeId, chosen }: { programmeId: string; chosen: EvaluationKey }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const get = async (table?: EvaluationTable) => {
    setBusy(true);
    setError(null);
    try {
      await downloadFile(paths.dataset(programmeId, chosen.id, table), table ? `evaluering-${table}.csv` : 'evaluering.xlsx');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="ev-download-heading">
      <h2 id="ev-download-heading">{t('evaluation.download.heading', { name: chosen.name })}</h2>
      <ul className={cards['link-list']}>
        <li>
          <Button className={buttons.button} isDisabled={busy} onPress={() => void get()}>
            {t('evaluation.download.xlsx')}
          </Button>
        </li>
        {EVALUATION_TABLES.map((table) => (
          <li key={table}>
            <Button className={cx(buttons.button, buttons['button--secondary'])} isDisabled={busy} onPress={() => void get(table)}>
              {t('evaluation.download.csv', { table: t(`evaluation.tables.${table}`) })}
            </Button>
          </li>
        ))}
      </ul>
      {error !== null && <QueryError error={error} />}
      <p>{t('evaluation.download.audited')}</p>
    </section>
  );
}

function ChooseKey({ keys, onChoose }: { keys: EvaluationKey[]; onChoose: (k: EvaluationKey) => void }) {
  const { t } = useTranslation();
  const labels = { keyId: t('evaluation.key') };
  const form = useForm({
    id: 'ev-choose',
    schema: z.object({ keyId: z.string().min(1) }),
    labels,
    read: (data) => ({ keyId: text(data, 'keyId') }),
    submit: async (v) => {
      const k = keys.find((x) => x.id === v.keyId);
      if (k) onChoose(k);
    },
  });
  return (
    <FormFrame form={form} label={t('evaluation.choose')} submit={t('evaluation.choose')}>
      <SelectInput
        form={form}
        name="keyId"
        label={labels.keyId}
        placeholder={t('evaluation.choosePlaceholder')}
        options={keys.map((k) => ({ value: k.id, label: k.name }))}
      />
    </FormFrame>
  );
}

/** A column's codes as the files hold them (in `<code>`, they are not prose), then "empty" in words. */
function AllowedValues({ codes, nullable }: { codes: readonly string[]; nullable: boolean }) {
  const { t } = useTranslation();
  if (codes.length === 0 && !nullable) return <>—</>;
  return (
    <>
      {codes.map((code, i) => (
        <Fragment key={code}>
          {i > 0 && ', '}
          <code>{code}</code>
        </Fragment>
      ))}
      {nullable && `${codes.length > 0 ? ', ' : ''}${t('evaluation.empty')}`}
    </>
  );
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
