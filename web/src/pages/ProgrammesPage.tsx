import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canManageProgrammes } from '../access.ts';
import { Forbidden } from '../ui/Forbidden.tsx';
import { Page, Section } from '../ui/Page.tsx';
import { CreateProgrammeForm } from '../components/programme/CreateProgrammeForm.tsx';
import { useSession } from '../components/SessionContext.tsx';
import { QueryStatus } from '../ui/Status.tsx';
import { currentLocale } from '../i18n/index.ts';
import { formatDate } from '../ui/format.ts';
import { programmesQuery } from '../queries.ts';
import { Table } from '../ui/Table.tsx';

export function ProgrammesPage() {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canManageProgrammes(me);
  const programmes = useQuery({ ...programmesQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;
  const locale = currentLocale();

  return (
    <Page title={t('programmes.title')} lead={t('programmes.lead')}>
      <Section title={t('programmes.listTitle')}>
        <QueryStatus query={programmes} />
        {programmes.data && programmes.data.programmes.length === 0 && <p>{t('programmes.empty')}</p>}
        {programmes.data && programmes.data.programmes.length > 0 && (
          <Table caption={t('programmes.listTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.startsOn')}</th>
                <th scope="col">{t('fields.endsOn')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.data.programmes.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to="/admin/programmes/$id" params={{ id: p.id }}>
                      {p.name}
                    </Link>
                  </th>
                  <td>{formatDate(p.startsOn, locale)}</td>
                  <td>{p.endsOn ? formatDate(p.endsOn, locale) : t('programmes.noEnd')}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      {me.user.isPlatformAdmin && (
        <Section title={t('programmes.createTitle')}>
          <CreateProgrammeForm />
        </Section>
      )}
    </Page>
  );
}
