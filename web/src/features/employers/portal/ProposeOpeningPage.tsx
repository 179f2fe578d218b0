import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { OPENING_KINDS } from '../../../../../shared/domain/employers/openings.ts';
import { WORK_AREAS } from '../../../../../shared/domain/employers/work-areas.ts';
import { proposeOpeningBody } from '../../../../../shared/schemas/openings.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Checkboxes, SelectInput, TextAreaInput, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen } from '../../../lib/schemas.ts';
import { type EmployerCompany, keys, paths } from '../api.ts';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { readFlags, SafetyFields } from '../components/SafetyFields.tsx';
import { readNumber } from '../../../ui/format.ts';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import employers from '../employers.module.css';
import forms from '../../../ui/forms.module.css';
import { useOwnCompany } from './own-company.ts';

export function ProposeOpeningPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { allowed, company } = useOwnCompany(companyId);
  if (!allowed) return <Forbidden />;
  return (
    <QueryPage title={t('employers.propose.title')} query={company}>
      {(c) => (
        <Page title={t('employers.propose.title')} lead={t('employers.propose.lead', { name: c.name })}>
          <Breadcrumbs>
            <Link to="/virksomhed">{t('employers.portal.home')}</Link>
            <Link to="/virksomhed/$companyId" params={{ companyId: c.id }}>
              {c.name}
            </Link>
          </Breadcrumbs>
          {c.workplaces.length === 0 ? <p className={alerts.alert}>{t('employers.propose.noWorkplaces')}</p> : <ProposeForm company={c} />}
        </Page>
      )}
    </QueryPage>
  );
}

/** A shorter opening form in plain words; the coordinator adds schedule and pay when approving. */
function ProposeForm({ company }: { company: EmployerCompany }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const labels = {
    workplaceId: t('employers.propose.workplace'),
    kind: t('employers.propose.kind'),
    title: t('employers.fields.title'),
    tasks: t('employers.propose.tasks'),
    taskTags: t('employers.fields.taskTags'),
    minAge: t('employers.fields.minAge'),
    maxAge: t('employers.fields.maxAge'),
    hoursPerWeek: t('employers.fields.hoursPerWeek'),
    places: t('employers.propose.places'),
    startsOn: t('employers.propose.startsOn'),
    flags: t('employers.flags.riskDate'),
  };
  const form = useForm({
    id: 'propose',
    schema: proposeOpeningBody,
    labels,
    read: (data) => ({
      workplaceId: chosen(text(data, 'workplaceId')),
      kind: chosen(text(data, 'kind')),
      title: text(data, 'title'),
      tasks: text(data, 'tasks'),
      taskTags: data.getAll('taskTags'),
      minAge: readNumber(text(data, 'minAge')),
      maxAge: readNumber(text(data, 'maxAge'), true),
      hoursPerWeek: readNumber(text(data, 'hoursPerWeek')),
      places: readNumber(text(data, 'places')),
      startsOn: text(data, 'startsOn'),
      adultStaffPresent: data.has('adultStaffPresent'),
      flags: readFlags(data),
    }),
    submit: async (body) => {
      await api.post(paths.employerProposal(company.id), body);
      await queryClient.invalidateQueries({ queryKey: keys.employer });
      await navigate({ to: '/virksomhed/$companyId', params: { companyId: company.id }, search: { proposed: true } });
    },
  });

  return (
    <Form className={cx(forms.form, employers['emp-opening-form'])} onSubmit={form.handleSubmit} validationBehavior="aria">
      <ErrorSummary form={form} />
      <SelectInput
        form={form}
        name="workplaceId"
        label={labels.workplaceId}
        placeholder={t('employers.common.choose')}
        defaultValue={company.workplaces.length === 1 ? company.workplaces[0]?.id : undefined}
        options={company.workplaces.map((w) => ({ value: w.id, label: `${w.name}, ${w.postalCode} ${w.city ?? ''}`.trim() }))}
        isRequired
      />
      <SelectInput
        form={form}
        name="kind"
        label={labels.kind}
        placeholder={t('employers.common.choose')}
        options={OPENING_KINDS.map((k) => ({ value: k, label: t(`employers.kinds.${k}`) }))}
        isRequired
      />
      <TextInput form={form} name="title" label={labels.title} description={t('employers.propose.titleHint')} isRequired />
      <TextAreaInput form={form} name="tasks" label={labels.tasks} description={t('employers.propose.tasksHint')} />
      <Checkboxes
        form={form}
        name="taskTags"
        label={labels.taskTags}
        options={WORK_AREAS.map((a) => ({ value: a, label: t(`employers.workAreas.${a}`) }))}
      />
      <div className={forms['field-row']}>
        <NumberInput form={form} name="minAge" label={labels.minAge} isRequired />
        <NumberInput form={form} name="maxAge" label={labels.maxAge} />
      </div>
      <div className={forms['field-row']}>
        <NumberInput form={form} name="hoursPerWeek" label={labels.hoursPerWeek} decimals isRequired />
        <NumberInput form={form} name="places" label={labels.places} defaultValue="1" isRequired />
      </div>
      <TextInput
        form={form}
        name="startsOn"
        type="date"
        label={labels.startsOn}
        description={t('employers.propose.startsOnHint')}
        isRequired
      />
      <SafetyFields form={form} />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('employers.propose.submit')}</SubmitButton>
      </div>
      <p className={forms.field__hint}>{t('employers.propose.afterSubmit')}</p>
    </Form>
  );
}
