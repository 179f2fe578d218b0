import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { companiesQuery as companiesQuerySchema } from '../../../../../shared/schemas/companies.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryStatus, ResultCount } from '../../../ui/Status.tsx';
import { DataTable } from '../../../ui/DataTable.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen, NO_VALUE } from '../../../lib/schemas.ts';
import { programmeQuery } from '../../../queries.ts';
import { canManageCompanies, canReadCompanies } from '../access.ts';
import { type CompanyFilters, companiesQuery } from '../api.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import employers from '../employers.module.css';
import forms from '../../../ui/forms.module.css';
import layout from '../../../ui/layout.module.css';

const blank = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function CompaniesPage({ programmeId, filters }: { programmeId: string; filters: CompanyFilters }) {
  const { t } = useTranslation();
  const me = useSession();
  const programmeName = useProgrammeName(programmeId);
  if (!canReadCompanies(me, programmeId)) return <Forbidden />;

  return (
    <Page title={t('employers.companies.title')} lead={programmeName} wide>
      {canManageCompanies(me, programmeId) && (
        <p className={employers['emp-page-actions']}>
          <Link to="/programmes/$programmeId/companies/new" params={{ programmeId }} className={buttons.button}>
            {t('employers.companies.new')}
          </Link>
          <Link
            to="/programmes/$programmeId/openings"
            params={{ programmeId }}
            className={cx(buttons.button, buttons['button--secondary'])}
          >
            {t('employers.board.title')}
          </Link>
        </p>
      )}
      <Section title={t('employers.companies.searchTitle')}>
        <FilterForm key={JSON.stringify(filters)} programmeId={programmeId} filters={filters} />
      </Section>
      <Results programmeId={programmeId} filters={filters} />
    </Page>
  );
}

function FilterForm({ programmeId, filters }: { programmeId: string; filters: CompanyFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programme = useQuery(programmeQuery(programmeId));
  const associations = (programme.data?.partners ?? []).filter((o) => o.kind === 'housing_association');
  const labels = {
    q: t('employers.companies.q'),
    supplier: t('employers.companies.supplierFilter'),
    industry: t('employers.fields.industry'),
  };
  const form = useForm({
    id: 'company-search',
    schema: companiesQuerySchema,
    labels,
    read: (data) => ({ q: blank(text(data, 'q')), supplier: chosen(text(data, 'supplier')), industry: blank(text(data, 'industry')) }),
    submit: async (value) => {
      await navigate({ to: '/programmes/$programmeId/companies', params: { programmeId }, search: value });
    },
  });

  return (
    <FormFrame form={form} variant="search" label={t('employers.companies.searchTitle')} submit={t('employers.companies.searchSubmit')}>
      <div className={forms['filter-grid']}>
        <TextInput
          form={form}
          name="q"
          type="search"
          label={labels.q}
          description={t('employers.companies.qHint')}
          defaultValue={filters.q ?? ''}
        />
        {programme.isPending ? (
          <Loading />
        ) : (
          <SelectInput
            form={form}
            name="supplier"
            label={labels.supplier}
            defaultValue={filters.supplier ?? NO_VALUE}
            options={[
              { value: NO_VALUE, label: t('employers.companies.supplierAll') },
              { value: 'true', label: t('employers.companies.supplierYes') },
              { value: 'false', label: t('employers.companies.supplierNo') },
              ...associations.map((o) => ({ value: o.id, label: t('employers.companies.supplierTo', { name: o.name }) })),
            ]}
          />
        )}
        <TextInput form={form} name="industry" label={labels.industry} defaultValue={filters.industry ?? ''} />
      </div>
    </FormFrame>
  );
}

function Results({ programmeId, filters }: { programmeId: string; filters: CompanyFilters }) {
  const { t } = useTranslation();
  const companies = useQuery(companiesQuery(programmeId, filters));
  const rows = companies.data?.companies ?? [];
  return (
    <Section title={t('employers.companies.resultsTitle')}>
      <QueryStatus query={companies} />
      <ResultCount
        ready={companies.isSuccess}
        count={rows.length}
        none={t('employers.companies.none')}
        some={t('employers.companies.count', { count: rows.length })}
      />
      {rows.length > 0 && (
        <DataTable
          caption={t('employers.companies.resultsTitle')}
          minWidth="40rem"
          rows={rows}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'name',
              header: t('employers.fields.name'),
              rowHeader: true,
              cell: (c) => (
                <Link to="/programmes/$programmeId/companies/$companyId" params={{ programmeId, companyId: c.id }}>
                  {c.name}
                </Link>
              ),
            },
            { key: 'cvr', header: t('employers.fields.cvr'), numeric: true, cell: (c) => c.cvr },
            { key: 'industry', header: t('employers.fields.industry'), cell: (c) => c.industry },
            {
              key: 'supplierTo',
              header: t('employers.fields.supplierTo'),
              cell: (c) => c.supplierTo?.name ?? <span className={layout.muted}>{t('employers.companies.notSupplier')}</span>,
            },
            { key: 'openOpenings', header: t('employers.companies.openOpenings'), cell: (c) => c.openOpenings },
          ]}
        />
      )}
    </Section>
  );
}
