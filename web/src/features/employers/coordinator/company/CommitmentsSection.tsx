import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPENING_KINDS } from '../../../../../../shared/domain/employers/openings.ts';
import { createCommitmentBody } from '../../../../../../shared/schemas/companies.ts';
import { api } from '../../../../api.ts';
import { FormFrame } from '../../../../ui/FormFrame.tsx';
import { SelectInput, TextInput, NumberInput } from '../../../../ui/fields.tsx';
import { Section } from '../../../../ui/Page.tsx';
import { Notice } from '../../../../ui/Status.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../ui/format.ts';
import { text, useForm } from '../../../../lib/form.ts';
import { chosen } from '../../../../lib/schemas.ts';
import { type Commitment, type CompanyProfile, keys, paths } from '../../api.ts';
import { Disclosure } from '../../../../ui/Disclosure.tsx';
import { readNumber } from '../../../../ui/format.ts';
import alerts from '../../../../ui/alerts.module.css';
import { cx } from '../../../../ui/cx.ts';
import employersLists from '../../employers-lists.module.css';
import forms from '../../../../ui/forms.module.css';

type Props = { programmeId: string; company: CompanyProfile; canManage: boolean };

export function CommitmentsSection({ programmeId, company, canManage }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="commitments" title={t('employers.company.sections.commitments')}>
      {company.commitments.length === 0 ? (
        <p>{t('employers.commitments.empty')}</p>
      ) : (
        <ul className={employersLists['emp-commitments']}>
          {company.commitments.map((c) => (
            <CommitmentItem key={c.id} commitment={c} />
          ))}
        </ul>
      )}
      {canManage && (
        <Disclosure title={t('employers.commitments.addTitle')}>
          <AddCommitmentForm programmeId={programmeId} companyId={company.id} />
        </Disclosure>
      )}
    </Section>
  );
}

/** Target against delivery, said in words first; the bar repeats it for sighted readers. */
export function CommitmentItem({ commitment: c }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const labelId = useId();
  return (
    <li className={employersLists['emp-commitment']}>
      <h3 className={employersLists['emp-commitment__title']}>{c.description}</h3>
      <p className={employersLists['emp-commitment__meta']}>
        {t(`employers.kinds.${c.openingKind}`)} · {formatDate(c.periodFrom, locale)} – {formatDate(c.periodTo, locale)}
      </p>
      <p id={labelId} className={employersLists['emp-commitment__progress']}>
        {t('employers.commitments.delivered', { delivered: c.delivered, target: c.targetCount })}{' '}
        <span className={cx(alerts.badge, employersLists[`badge--commitment-${c.status}`])}>
          {t(`employers.commitments.statuses.${c.status}`)}
        </span>
      </p>
      <progress
        className={employersLists['emp-meter']}
        max={c.targetCount}
        value={Math.min(c.delivered, c.targetCount)}
        aria-labelledby={labelId}
      />
      {c.status !== 'met' && c.status !== 'upcoming' && (
        <p className={employersLists['emp-commitment__meta']}>{t('employers.commitments.expected', { count: c.expectedByNow })}</p>
      )}
    </li>
  );
}

function AddCommitmentForm({ programmeId, companyId }: { programmeId: string; companyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const labels = {
    description: t('employers.commitments.description'),
    openingKind: t('employers.fields.kind'),
    targetCount: t('employers.commitments.target'),
    periodFrom: t('employers.commitments.from'),
    periodTo: t('employers.commitments.to'),
  };
  const form = useForm({
    id: 'commitment',
    schema: createCommitmentBody,
    labels,
    read: (data) => ({
      description: text(data, 'description'),
      openingKind: chosen(text(data, 'openingKind')),
      targetCount: readNumber(text(data, 'targetCount')),
      periodFrom: text(data, 'periodFrom'),
      periodTo: text(data, 'periodTo'),
    }),
    submit: async (body, element) => {
      setAdded(null);
      await api.post(paths.commitments(programmeId, companyId), body);
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      setAdded(body.description);
      element.reset();
    },
  });
  return (
    <>
      <Notice>{added ? t('employers.commitments.added', { description: added }) : null}</Notice>
      <FormFrame form={form} submit={t('employers.commitments.submit')}>
        <TextInput
          form={form}
          name="description"
          label={labels.description}
          description={t('employers.commitments.descriptionHint')}
          isRequired
        />
        <SelectInput
          form={form}
          name="openingKind"
          label={labels.openingKind}
          placeholder={t('employers.common.choose')}
          options={OPENING_KINDS.map((k) => ({ value: k, label: t(`employers.kinds.${k}`) }))}
          isRequired
        />
        <NumberInput form={form} name="targetCount" label={labels.targetCount} isRequired />
        <div className={forms['field-row']}>
          <TextInput form={form} name="periodFrom" type="date" label={labels.periodFrom} isRequired />
          <TextInput form={form} name="periodTo" type="date" label={labels.periodTo} isRequired />
        </div>
      </FormFrame>
    </>
  );
}
