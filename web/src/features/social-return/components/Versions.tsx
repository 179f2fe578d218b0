import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { type ParameterSet, versionsQuery } from '../api.ts';

/** Every saved version: who, when and why, newest first. */
export function Versions({ programmeId, set }: { programmeId: string; set: ParameterSet }) {
  const { t } = useTranslation();
  const versions = useQuery(versionsQuery(programmeId, set.id));
  if (versions.isPending) return <Loading />;
  if (versions.isError) return <QueryError error={versions.error} />;
  return (
    <Table caption={t('socialReturn.versions.caption', { name: set.name })} showCaption>
      <thead>
        <tr>
          <th scope="col">{t('socialReturn.versions.version')}</th>
          <th scope="col">{t('socialReturn.versions.when')}</th>
          <th scope="col">{t('socialReturn.versions.who')}</th>
          <th scope="col">{t('socialReturn.versions.why')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.data.items.map((v) => (
          <tr key={v.id}>
            <td>{v.version}</td>
            <td>{formatDateTime(v.createdAt, currentLocale(), false)}</td>
            <td>{v.createdBy ?? '—'}</td>
            <td>{v.reason}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
