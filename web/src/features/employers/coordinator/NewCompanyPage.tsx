import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { createCompanyBody } from '../../../../../shared/schemas/companies.ts';
import { ApiError, api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading } from '../../../ui/Status.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen, NO_VALUE } from '../../../lib/schemas.ts';
import { programmeQuery } from '../../../queries.ts';
import { canManageCompanies } from '../access.ts';
import { type Company, keys, paths } from '../api.ts';
import { Breadcrumbs, CompaniesCrumb } from '../components/Breadcrumbs.tsx';

export function NewCompanyPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  if (!canManageCompanies(me, programmeId)) return <Forbidden />;
  return (
    <Page title={t('employers.newCompany.title')} lead={t('employers.newCompany.lead')}>
      <Breadcrumbs>
        <CompaniesCrumb programmeId={programmeId} />
      </Breadcrumbs>
      <NewCompanyForm programmeId={programmeId} />
    </Page>
  );
}

function NewCompanyForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programme = useQuery(programmeQuery(programmeId));
  const associations = (programme.data?.partners ?? []).filter((o) => o.kind === 'housing_association');
  const labels = {
    cvr: t('employers.fields.cvr'),
    name: t('employers.fields.companyName'),
    industry: t('employers.fields.industry'),
    supplierToOrganisationId: t('employers.fields.supplierTo'),
  };
  const form = useForm({
    id: 'company',
    schema: createCompanyBody,
    labels,
    read: (data) => ({
      cvr: text(data, 'cvr'),
      name: text(data, 'name'),
      industry: text(data, 'industry'),
      supplierToOrganisationId: chosen(text(data, 'supplierToOrganisationId')) ?? null,
    }),
    mapError: (error) =>
      error instanceof ApiError && error.code === 'conflict' ? { fields: { cvr: t('employers.newCompany.cvrTaken') } } : undefined,
    submit: async (body) => {
      const created = await api.post<Company>(paths.companies(programmeId), body);
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      await navigate({ to: '/programmes/$programmeId/companies/$companyId', params: { programmeId, companyId: created.id } });
    },
  });

  return (
    <FormFrame form={form} submit={t('employers.newCompany.submit')}>
      <TextInput
        form={form}
        name="cvr"
        label={labels.cvr}
        description={t('employers.newCompany.cvrHint')}
        inputMode="numeric"
        autoComplete="off"
        width="medium"
        maxLength={20}
        isRequired
      />
      <TextInput form={form} name="name" label={labels.name} autoComplete="organization" isRequired />
      <TextInput form={form} name="industry" label={labels.industry} description={t('employers.newCompany.industryHint')} isRequired />
      {programme.isPending ? (
        <Loading />
      ) : (
        <SelectInput
          form={form}
          name="supplierToOrganisationId"
          label={labels.supplierToOrganisationId}
          description={t('employers.newCompany.supplierHint')}
          defaultValue={NO_VALUE}
          options={[
            { value: NO_VALUE, label: t('employers.newCompany.notSupplier') },
            ...associations.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      )}
    </FormFrame>
  );
}
