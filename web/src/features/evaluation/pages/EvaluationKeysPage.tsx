import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { can } from '../../../access.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { PermissionGate } from '../../../ui/PermissionGate.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { TextInput } from '../../../ui/fields.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { keysQuery, useCreateKey } from '../api.ts';
import { AccessNote } from '../components/AccessNote.tsx';

/**
 * `/programmes/$programmeId/evaluering/noegler`: administrators create named export keys. The
 * secret behind a key is made and kept by the server; it is never shown.
 */
export function EvaluationKeysPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'evaluation.key.manage', programmeId);
  const keys = useQuery({ ...keysQuery(programmeId), enabled: allowed });
  const create = useCreateKey(programmeId);
  const programmeName = useProgrammeName(programmeId);
  const labels = { name: t('evaluation.keys.name') };
  const form = useForm({
    id: 'ev-key',
    schema: z.object({ name: z.string().trim().min(1).max(120) }),
    labels,
    read: (data) => ({ name: text(data, 'name') }),
    submit: (v) => create.mutateAsync(v),
  });
  return (
    <PermissionGate allowed={allowed} fallback={<AccessNote programmeId={programmeId} page="keys" />}>
      <Page title={t('evaluation.keys.title')} lead={programmeName}>
        <p>{t('evaluation.keys.lead')}</p>
        <FormFrame form={form} label={t('evaluation.keys.create')} submit={t('evaluation.keys.create')}>
          <Notice>{create.isSuccess ? t('evaluation.keys.created', { name: create.data.name }) : null}</Notice>
          <TextInput form={form} name="name" label={labels.name} description={t('evaluation.keys.nameHint')} isRequired />
        </FormFrame>
        <QueryStatus query={keys} />
        {keys.data && (
          <Table caption={t('evaluation.keys.caption')} showCaption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.keys.name')}</th>
                <th scope="col">{t('evaluation.keys.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.items.length === 0 && (
                <tr>
                  <td colSpan={2}>{t('evaluation.keys.none')}</td>
                </tr>
              )}
              {keys.data.items.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>{formatDateTime(k.createdAt, currentLocale(), false)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Page>
    </PermissionGate>
  );
}
