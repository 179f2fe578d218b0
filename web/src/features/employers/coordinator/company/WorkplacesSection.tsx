import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkplaceBody } from '../../../../../../shared/schemas/workplaces.ts';
import { api } from '../../../../api.ts';
import { FormFrame } from '../../../../ui/FormFrame.tsx';
import { TextInput, NumberInput } from '../../../../ui/fields.tsx';
import { Section } from '../../../../ui/Page.tsx';
import { Notice } from '../../../../ui/Status.tsx';
import { Table } from '../../../../ui/Table.tsx';
import { text, useForm } from '../../../../lib/form.ts';
import { emptyToNull } from '../../../../lib/schemas.ts';
import { type CompanyProfile, keys, paths, type Workplace } from '../../api.ts';
import { Disclosure } from '../../../../ui/Disclosure.tsx';
import { PostalTown } from '../../components/PostalTown.tsx';
import layout from '../../../../ui/layout.module.css';

type Props = { programmeId: string; company: CompanyProfile; canManage: boolean };

export function WorkplacesSection({ programmeId, company, canManage }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="workplaces" title={t('employers.company.sections.workplaces')}>
      {company.workplaces.length === 0 ? (
        <p>{t('employers.workplaces.empty')}</p>
      ) : (
        <WorkplacesTable workplaces={company.workplaces} caption={t('employers.workplaces.caption', { name: company.name })} />
      )}
      {canManage && (
        <Disclosure title={t('employers.workplaces.addTitle')}>
          <AddWorkplaceForm programmeId={programmeId} organisationId={company.organisationId} />
        </Disclosure>
      )}
    </Section>
  );
}

export function WorkplacesTable({ workplaces, caption }: { workplaces: Workplace[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('employers.fields.name')}</th>
          <th scope="col">{t('fields.address')}</th>
          <th scope="col">{t('employers.workplaces.postalTown')}</th>
          <th scope="col">{t('employers.fields.pNumber')}</th>
        </tr>
      </thead>
      <tbody>
        {workplaces.map((w) => (
          <tr key={w.id}>
            <th scope="row">{w.name}</th>
            <td>{w.address}</td>
            <td className={layout.nowrap}>
              {w.postalCode} {w.city ?? ''}
            </td>
            <td>{w.pNumber ?? <span className={layout.muted}>–</span>}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function AddWorkplaceForm({ programmeId, organisationId }: { programmeId: string; organisationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const [postalCode, setPostalCode] = useState('');
  const labels = {
    name: t('employers.workplaces.name'),
    address: t('fields.address'),
    postalCode: t('fields.postalCode'),
    pNumber: t('employers.fields.pNumber'),
  };
  const form = useForm({
    id: 'workplace',
    schema: createWorkplaceBody,
    labels,
    read: (data) => ({
      organisationId,
      name: text(data, 'name'),
      address: text(data, 'address'),
      postalCode: text(data, 'postalCode'),
      pNumber: emptyToNull(text(data, 'pNumber').replace(/\s+/g, '')),
    }),
    submit: async (body, element) => {
      setAdded(null);
      await api.post(paths.workplaces(programmeId), body);
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      await queryClient.invalidateQueries({ queryKey: keys.workplaces(programmeId) });
      setAdded(body.name);
      setPostalCode('');
      element.reset();
    },
  });
  return (
    <>
      <Notice>{added ? t('employers.workplaces.added', { name: added }) : null}</Notice>
      <FormFrame form={form} submit={t('employers.workplaces.submit')}>
        <TextInput form={form} name="name" label={labels.name} description={t('employers.workplaces.nameHint')} isRequired />
        <TextInput form={form} name="address" label={labels.address} autoComplete="street-address" isRequired />
        <div>
          <NumberInput
            form={form}
            name="postalCode"
            label={labels.postalCode}
            autoComplete="postal-code"
            maxLength={4}
            value={postalCode}
            onChange={setPostalCode}
            isRequired
          />
          <PostalTown code={postalCode} />
        </div>
        <TextInput
          form={form}
          name="pNumber"
          label={labels.pNumber}
          description={t('employers.workplaces.pNumberHint')}
          inputMode="numeric"
          width="medium"
          maxLength={14}
        />
      </FormFrame>
    </>
  );
}
