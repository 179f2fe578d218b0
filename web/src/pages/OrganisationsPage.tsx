import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../shared/domain/access/roles.ts';
import { createOrganisationBody } from '../../../shared/schemas/organisations.ts';
import { canCreateOrganisations, canListOrganisations } from '../access.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../ui/fields.tsx';
import { Forbidden } from '../ui/Forbidden.tsx';
import { Page, Section } from '../ui/Page.tsx';
import { useSession } from '../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../ui/Status.tsx';
import { text, useForm } from '../lib/form.ts';
import { chosen } from '../lib/schemas.ts';
import { type Organisation, organisationsQuery } from '../queries.ts';
import { Table } from '../ui/Table.tsx';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canListOrganisations(me);
  const organisations = useQuery({ ...organisationsQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;

  return (
    <Page title={t('organisations.title')} lead={t('organisations.lead')}>
      <Section title={t('organisations.listTitle')}>
        <QueryStatus query={organisations} />
        {organisations.data && organisations.data.organisations.length === 0 && <p>{t('organisations.empty')}</p>}
        {organisations.data && organisations.data.organisations.length > 0 && (
          <Table caption={t('organisations.listTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.data.organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{t(`organisationKinds.${o.kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      {canCreateOrganisations(me) && (
        <Section title={t('organisations.createTitle')}>
          <CreateOrganisationForm />
        </Section>
      )}
    </Page>
  );
}

function CreateOrganisationForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    id: 'organisation',
    schema: createOrganisationBody,
    labels: { name: t('fields.name'), kind: t('fields.kind') },
    read: (data) => ({ name: text(data, 'name'), kind: chosen(text(data, 'kind')) }),
    submit: async (body, element) => {
      setCreated(null);
      const organisation = await api.post<Organisation>('/api/organisations', body);
      await queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
      setCreated(organisation.name);
      element.reset();
    },
  });

  return (
    <>
      <Notice>{created ? t('organisations.created', { name: created }) : null}</Notice>
      <FormFrame form={form} submit={t('organisations.createSubmit')}>
        <TextInput form={form} name="name" label={t('fields.name')} autoComplete="organization" isRequired />
        <SelectInput
          form={form}
          name="kind"
          label={t('fields.kind')}
          placeholder={t('organisations.chooseKind')}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
          isRequired
        />
      </FormFrame>
    </>
  );
}
