import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { membersQuery } from '../../queries.ts';
import { Section } from '../../ui/Page.tsx';
import { QueryStatus } from '../../ui/Status.tsx';
import { Table } from '../../ui/Table.tsx';
import layout from '../../ui/layout.module.css';

export function MembersSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const members = useQuery(membersQuery(programmeId));
  return (
    <Section title={t('members.title')} id="members">
      <QueryStatus query={members} />
      {members.data && members.data.members.length === 0 && <p>{t('members.empty')}</p>}
      {members.data && members.data.members.length > 0 && (
        <Table caption={t('members.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.role')}</th>
            </tr>
          </thead>
          <tbody>
            {members.data.members.map((m) => (
              <tr key={`${m.userId}-${m.role}`}>
                <th scope="row">{m.name}</th>
                <td className={layout.break}>{m.email}</td>
                <td>{t(`roles.${m.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Section>
  );
}
