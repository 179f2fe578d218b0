import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSiteBody } from '../../../../shared/schemas/programmes.ts';
import { api } from '../../api.ts';
import { text, useForm } from '../../lib/form.ts';
import { type Programme, programmeQuery } from '../../queries.ts';
import { FormFrame } from '../../ui/FormFrame.tsx';
import { TextInput, NumberInput } from '../../ui/fields.tsx';
import { Section } from '../../ui/Page.tsx';
import { Notice } from '../../ui/Status.tsx';
import { Table } from '../../ui/Table.tsx';
import forms from '../../ui/forms.module.css';

export function SitesSection({ programme, canManage }: { programme: Programme; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Section title={t('sites.title')} id="sites">
      {programme.sites.length === 0 ? (
        <p>{t('sites.empty')}</p>
      ) : (
        <Table caption={t('sites.caption', { programme: programme.name })}>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.address')}</th>
              <th scope="col">{t('fields.postalCode')}</th>
            </tr>
          </thead>
          <tbody>
            {programme.sites.map((site) => (
              <tr key={site.id}>
                <th scope="row">{site.name}</th>
                <td>{site.address}</td>
                <td>{site.postalCode}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canManage && <AddSiteForm programmeId={programme.id} />}
    </Section>
  );
}

function AddSiteForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm({
    id: 'site',
    schema: createSiteBody,
    labels: { name: t('fields.name'), address: t('fields.address'), postalCode: t('fields.postalCode') },
    read: (data) => ({ name: text(data, 'name'), address: text(data, 'address'), postalCode: text(data, 'postalCode') }),
    submit: async (body, element) => {
      setAdded(null);
      await api.post(`/api/programmes/${encodeURIComponent(programmeId)}/sites`, body);
      await queryClient.invalidateQueries({ queryKey: programmeQuery(programmeId).queryKey, exact: true });
      setAdded(body.name);
      element.reset();
    },
  });

  return (
    <div className={forms.subform}>
      <h3 className="subform__title">{t('sites.addTitle')}</h3>
      <Notice>{added ? t('sites.added', { name: added }) : null}</Notice>
      <FormFrame form={form} submit={t('sites.addSubmit')}>
        <TextInput form={form} name="name" label={t('fields.name')} isRequired />
        <TextInput form={form} name="address" label={t('fields.address')} autoComplete="street-address" isRequired />
        <NumberInput form={form} name="postalCode" label={t('fields.postalCode')} autoComplete="postal-code" maxLength={4} isRequired />
      </FormFrame>
    </div>
  );
}
