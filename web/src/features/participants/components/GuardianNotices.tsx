import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cosignNoticeBody, createGuardianNoticeBody } from '../../../../../shared/schemas/guardians.ts';
import { api } from '../../../api.ts';
import { SelectInput, TextInput } from '../../../ui/fields.tsx';
import { DateInput } from '../../../ui/DateInputs.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { chosen } from '../../../lib/schemas.ts';
import { type Guardian, type GuardianNotice, type Participant, paths } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { TextAreaInput } from '../../../ui/fields.tsx';
import { Badge, Disclosure, Facts, SubForm } from './ui.tsx';
import forms from '../../../ui/forms.module.css';
import participants from '../participants.module.css';

/**
 * A job for someone under 15 or in compulsory school may not start until a guardian has been told
 * what the job is (hours, risks, precautions) and has co-signed the agreement. Both are recorded
 * here, with their dates.
 */
export function GuardianNotices({ p, guardians, writable }: { p: Participant; guardians: Guardian[]; writable: boolean }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const nameOf = (id: string) => p.guardians.find((g) => g.id === id)?.name ?? '';

  return (
    <div className={forms.subform} aria-labelledby="notices-title" role="group">
      <h3 id="notices-title">{t('participants.notices.title')}</h3>
      <p className={forms.subform__lead}>{t('participants.notices.lead')}</p>
      <Notice>{notice}</Notice>
      {p.guardianNotices.length === 0 ? (
        <p>{t('participants.notices.none')}</p>
      ) : (
        <ul className={participants['p-cards']}>
          {p.guardianNotices.map((n) => (
            <NoticeCard
              key={n.id}
              p={p}
              n={n}
              guardianName={nameOf(n.guardianId)}
              writable={writable}
              onCosigned={() => setNotice(t('participants.notices.cosigned', { name: nameOf(n.guardianId) }))}
            />
          ))}
        </ul>
      )}
      {writable && guardians.length > 0 && (
        <Disclosure title={t('participants.notices.addTitle')}>
          <AddNoticeForm p={p} guardians={guardians} onAdded={(name) => setNotice(t('participants.notices.added', { name }))} />
        </Disclosure>
      )}
    </div>
  );
}

function NoticeCard({
  p,
  n,
  guardianName,
  writable,
  onCosigned,
}: {
  p: Participant;
  n: GuardianNotice;
  guardianName: string;
  writable: boolean;
  onCosigned: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const f = (key: string) => t(`participants.notices.${key}`);
  return (
    <li className={participants['p-card']}>
      <h4 className={participants['p-card__title']}>
        {n.jobDescription || f('job')}{' '}
        {n.cosignedOn ? <Badge tone="good">{f('statusCosigned')}</Badge> : <Badge tone="warn">{f('statusAwaiting')}</Badge>}
      </h4>
      <Facts
        items={[
          [f('guardian'), guardianName],
          [f('hours'), n.hours],
          [f('risks'), n.risks],
          [f('precautions'), n.precautions],
          [f('informedOn'), formatDate(n.informedOn, locale)],
          [f('cosignedOn'), n.cosignedOn ? formatDate(n.cosignedOn, locale) : null],
        ]}
      />
      {writable && !n.cosignedOn && <CosignForm p={p} n={n} onDone={onCosigned} />}
    </li>
  );
}

function CosignForm({ p, n, onDone }: { p: Participant; n: GuardianNotice; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const form = useForm({
    id: `cosign-${n.id}`,
    schema: cosignNoticeBody,
    labels: { cosignedOn: t('participants.notices.cosignedOn') },
    read: (data) => ({ cosignedOn: text(data, 'cosignedOn') }),
    submit: async (body) => {
      await api.post(paths.cosign(p.programmeId, p.id, n.id), body);
      await refresh();
      onDone();
    },
  });
  return (
    <SubForm
      form={form}
      submitLabel={t('participants.notices.cosignSubmit')}
      label={t('participants.notices.cosignTitle', { job: n.jobDescription })}
    >
      <DateInput form={form} name="cosignedOn" label={t('participants.notices.cosignedOn')} defaultValue={copenhagenToday()} isRequired />
    </SubForm>
  );
}

function AddNoticeForm({ p, guardians, onAdded }: { p: Participant; guardians: Guardian[]; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const f = (key: string) => t(`participants.notices.${key}`);
  const form = useForm({
    id: 'notice',
    schema: createGuardianNoticeBody,
    labels: {
      guardianId: f('guardian'),
      jobDescription: f('job'),
      hours: f('hours'),
      risks: f('risks'),
      precautions: f('precautions'),
      informedOn: f('informedOn'),
      cosignedOn: f('cosignedOn'),
    },
    read: (data) => ({
      guardianId: chosen(text(data, 'guardianId')),
      jobDescription: text(data, 'jobDescription'),
      hours: text(data, 'hours'),
      risks: text(data, 'risks'),
      precautions: text(data, 'precautions'),
      informedOn: text(data, 'informedOn'),
      cosignedOn: text(data, 'cosignedOn').trim() || null,
    }),
    submit: async (body, element) => {
      await api.post(paths.notices(p.programmeId, p.id), body);
      await refresh();
      onAdded(guardians.find((g) => g.id === body.guardianId)?.name ?? '');
      element.reset();
    },
  });

  return (
    <SubForm form={form} submitLabel={f('addSubmit')}>
      <SelectInput
        form={form}
        name="guardianId"
        label={f('guardian')}
        placeholder={t('participants.form.choose')}
        options={guardians.map((g) => ({ value: g.id, label: g.name }))}
        defaultValue={guardians.length === 1 ? guardians[0]?.id : undefined}
        isRequired
      />
      <TextAreaInput form={form} name="jobDescription" label={f('job')} description={f('jobHint')} maxLength={2000} rows={2} isRequired />
      <TextInput form={form} name="hours" label={f('hours')} description={f('hoursHint')} maxLength={500} isRequired />
      <TextAreaInput form={form} name="risks" label={f('risks')} maxLength={2000} rows={2} isRequired />
      <TextAreaInput form={form} name="precautions" label={f('precautions')} maxLength={2000} rows={2} isRequired />
      <DateInput form={form} name="informedOn" label={f('informedOn')} defaultValue={copenhagenToday()} isRequired />
      <DateInput form={form} name="cosignedOn" label={f('cosignedOn')} description={f('cosignedOnHint')} />
    </SubForm>
  );
}
