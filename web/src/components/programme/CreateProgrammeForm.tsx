import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createProgrammeBody } from '../../../../shared/schemas/programmes.ts';
import { api } from '../../api.ts';
import { text, useForm } from '../../lib/form.ts';
import { emptyToNull } from '../../lib/schemas.ts';
import { organisationsQuery, type Programme, programmesQuery } from '../../queries.ts';
import { FormFrame } from '../../ui/FormFrame.tsx';
import { Checkboxes, TextInput } from '../../ui/fields.tsx';
import { DateInput } from '../../ui/DateInputs.tsx';
import { Notice } from '../../ui/Status.tsx';
import forms from '../../ui/forms.module.css';

export function CreateProgrammeForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useQuery(organisationsQuery);
  const [created, setCreated] = useState<Programme | null>(null);
  const form = useForm({
    id: 'programme',
    schema: createProgrammeBody,
    labels: {
      name: t('fields.name'),
      startsOn: t('fields.startsOn'),
      endsOn: t('fields.endsOn'),
      partnerOrganisationIds: t('fields.partners'),
    },
    read: (data) => ({
      name: text(data, 'name'),
      startsOn: text(data, 'startsOn'),
      endsOn: emptyToNull(text(data, 'endsOn')),
      partnerOrganisationIds: data.getAll('partnerOrganisationIds').filter((v) => typeof v === 'string'),
    }),
    submit: async (body, element) => {
      setCreated(null);
      const programme = await api.post<Programme>('/api/programmes', body);
      await queryClient.invalidateQueries({ queryKey: programmesQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setCreated(programme);
      element.reset();
    },
  });
  const options = (organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));

  return (
    <>
      <Notice>
        {created && (
          <>
            {t('programmes.created', { name: created.name })}{' '}
            <Link to="/admin/programmes/$id" params={{ id: created.id }}>
              {t('programmes.openCreated')}
            </Link>
          </>
        )}
      </Notice>
      <FormFrame form={form} submit={t('programmes.createSubmit')}>
        <TextInput form={form} name="name" label={t('fields.name')} isRequired />
        <div className={forms['field-row']}>
          <DateInput form={form} name="startsOn" label={t('fields.startsOn')} isRequired />
          <DateInput form={form} name="endsOn" label={t('fields.endsOn')} description={t('fields.endsOnHint')} />
        </div>
        {options.length > 0 && (
          <Checkboxes
            form={form}
            name="partnerOrganisationIds"
            label={t('fields.partners')}
            description={t('fields.partnersHint')}
            options={options}
          />
        )}
      </FormFrame>
    </>
  );
}
