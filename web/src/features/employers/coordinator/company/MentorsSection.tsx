import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WAGE_PAYERS } from '../../../../../../shared/domain/employers/openings.ts';
import { createMentorBody } from '../../../../../../shared/schemas/workplaces.ts';
import { api } from '../../../../api.ts';
import { FormFrame } from '../../../../ui/FormFrame.tsx';
import { SelectInput, TextInput, NumberInput } from '../../../../ui/fields.tsx';
import { Section } from '../../../../ui/Page.tsx';
import { Notice } from '../../../../ui/Status.tsx';
import { Table } from '../../../../ui/Table.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { text, useForm } from '../../../../lib/form.ts';
import { chosen, emptyToNull, NO_VALUE } from '../../../../lib/schemas.ts';
import { type CompanyProfile, keys, type Mentor, paths } from '../../api.ts';
import { Disclosure } from '../../../../ui/Disclosure.tsx';
import { formatMoney, formatNumber, readNumber } from '../../../../ui/format.ts';
import employers from '../../employers.module.css';
import forms from '../../../../ui/forms.module.css';
import layout from '../../../../ui/layout.module.css';

type Props = { programmeId: string; company: CompanyProfile; canManage: boolean };

export function MentorsSection({ programmeId, company, canManage }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="mentors" title={t('employers.company.sections.mentors')}>
      {company.mentors.length === 0 ? (
        <p>{t('employers.mentors.empty')}</p>
      ) : (
        <MentorsTable
          mentors={company.mentors}
          workplaces={company.workplaces}
          caption={t('employers.mentors.caption', { name: company.name })}
        />
      )}
      {canManage && (
        <Disclosure title={t('employers.mentors.addTitle')}>
          <AddMentorForm programmeId={programmeId} company={company} />
        </Disclosure>
      )}
    </Section>
  );
}

function MentorsTable({ mentors, workplaces, caption }: { mentors: Mentor[]; workplaces: CompanyProfile['workplaces']; caption: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const workplaceName = (id: string | null) => workplaces.find((w) => w.id === id)?.name;
  return (
    <Table caption={caption} minWidth="48rem">
      <thead>
        <tr>
          <th scope="col">{t('employers.fields.name')}</th>
          <th scope="col">{t('employers.mentors.contact')}</th>
          <th scope="col">{t('employers.mentors.hours')}</th>
          <th scope="col">{t('employers.mentors.rate')}</th>
          <th scope="col">{t('employers.mentors.weeklyCost')}</th>
          <th scope="col">{t('employers.fields.payer')}</th>
        </tr>
      </thead>
      <tbody>
        {mentors.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              {m.name}
              {workplaceName(m.workplaceId) && <span className={employers['emp-cell-meta']}>{workplaceName(m.workplaceId)}</span>}
            </th>
            <td>
              {m.email && (
                <a href={`mailto:${m.email}`} className={layout.break}>
                  {m.email}
                </a>
              )}
              {m.phone && <span className={employers['emp-cell-meta']}>{m.phone}</span>}
              {!m.email && !m.phone && <span className={layout.muted}>–</span>}
            </td>
            <td>{formatNumber(m.hoursPerWeek, locale)}</td>
            <td className={layout.nowrap}>{formatMoney(m.ratePerHour, locale)}</td>
            <td className={layout.nowrap}>{formatMoney(m.weeklyCost, locale)}</td>
            <td>{t(`employers.payers.${m.payer}`)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function AddMentorForm({ programmeId, company }: { programmeId: string; company: CompanyProfile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const labels = {
    name: t('employers.fields.name'),
    email: t('fields.email'),
    phone: t('employers.fields.phone'),
    workplaceId: t('employers.fields.workplace'),
    hoursPerWeek: t('employers.mentors.hours'),
    ratePerHour: t('employers.mentors.rate'),
    payer: t('employers.fields.payer'),
  };
  const form = useForm({
    id: 'mentor',
    schema: createMentorBody,
    labels,
    read: (data) => ({
      organisationId: company.organisationId,
      name: text(data, 'name'),
      email: emptyToNull(text(data, 'email')),
      phone: emptyToNull(text(data, 'phone')),
      workplaceId: chosen(text(data, 'workplaceId')) ?? null,
      hoursPerWeek: readNumber(text(data, 'hoursPerWeek')),
      ratePerHour: readNumber(text(data, 'ratePerHour')),
      payer: chosen(text(data, 'payer')),
    }),
    submit: async (body, element) => {
      setAdded(null);
      await api.post(paths.mentors(programmeId), body);
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      setAdded(body.name);
      element.reset();
    },
  });
  return (
    <>
      <Notice>{added ? t('employers.mentors.added', { name: added }) : null}</Notice>
      <FormFrame form={form} submit={t('employers.mentors.submit')}>
        <TextInput form={form} name="name" label={labels.name} autoComplete="off" isRequired />
        <div className={forms['field-row']}>
          <TextInput form={form} name="email" type="email" label={labels.email} autoComplete="off" />
          <TextInput form={form} name="phone" type="tel" inputMode="tel" label={labels.phone} autoComplete="off" width="medium" />
        </div>
        {company.workplaces.length > 0 && (
          <SelectInput
            form={form}
            name="workplaceId"
            label={labels.workplaceId}
            defaultValue={NO_VALUE}
            options={[
              { value: NO_VALUE, label: t('employers.mentors.anyWorkplace') },
              ...company.workplaces.map((w) => ({ value: w.id, label: w.name })),
            ]}
          />
        )}
        <div className={forms['field-row']}>
          <NumberInput
            form={form}
            name="hoursPerWeek"
            label={labels.hoursPerWeek}
            description={t('employers.mentors.hoursHint')}
            decimals
            isRequired
          />
          <NumberInput
            form={form}
            name="ratePerHour"
            label={labels.ratePerHour}
            description={t('employers.mentors.rateHint')}
            decimals
            isRequired
          />
        </div>
        <SelectInput
          form={form}
          name="payer"
          label={labels.payer}
          placeholder={t('employers.common.choose')}
          options={WAGE_PAYERS.map((p) => ({ value: p, label: t(`employers.payers.${p}`) }))}
          isRequired
        />
      </FormFrame>
    </>
  );
}
