import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { clearanceDate } from '../../../../../shared/domain/placements/agreement.ts';
import { createGuardianNoticeBody, type guardianClearance } from '../../../../../shared/schemas/guardians.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Section } from '../../../ui/Page.tsx';
import { SelectInput, TextAreaInput, TextInput } from '../../../ui/fields.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { participantPaths, participantQuery, participantsKey } from '../../../lib/api/participants.ts';
import type { PlacementDetail } from '../api.ts';
import { firstName, scheduleSummary } from '../vocab.ts';
import placements from '../placements.module.css';
import buttons from '../../../ui/buttons.module.css';
import forms from '../../../ui/forms.module.css';
import { cx } from '../../../ui/cx.ts';

type Clearance = z.infer<typeof guardianClearance>;

/**
 * Before an under-15 or a pupil starts, a guardian must know this job and co-sign the agreement.
 * The coordinator records both here, tied to this placement (a notice about another job does not
 * count), and sees at once whether the start is cleared.
 */
export function GuardianClearance({ p }: { p: PlacementDetail }) {
  const { t } = useTranslation();
  const participantId = p.participant?.id ?? '';
  const today = copenhagenToday();
  const on = p.agreement ? clearanceDate(p.agreement.startsOn, today) : today;
  const clearanceKey = [...participantsKey(p.programmeId), 'one', participantId, 'clearance', p.id, on];
  const clearance = useQuery({
    queryKey: clearanceKey,
    queryFn: () =>
      api.get<Clearance>(`${participantPaths.one(p.programmeId, participantId)}/guardian-clearance`, { on, placementId: p.id }),
    enabled: participantId !== '',
  });
  const person = useQuery({ ...participantQuery(p.programmeId, participantId), enabled: participantId !== '' });
  const [notice, setNotice] = useState<string | null>(null);
  const c = clearance.data;
  if (!c?.required || !person.data) return null;
  const notices = person.data.guardianNotices.filter((n) => n.placementId === p.id);
  const guardians = person.data.guardians.filter((g) => !g.removedAt);
  const nameOf = (id: string) => guardians.find((g) => g.id === id)?.name ?? '';
  return (
    <Section id="clearance" title={t('placements.clearance.title')}>
      <p>{t('placements.clearance.lead', { name: firstName(p) })}</p>
      <Notice>{notice}</Notice>
      <p className={c.ok ? cx(placements['pl-clearance'], placements['pl-clearance--ok']) : placements['pl-clearance']}>
        {c.ok ? t('placements.clearance.ok') : c.missing.map((m) => t(`placements.clearance.missing.${m}`)).join(' ')}
      </p>
      {notices.length > 0 && (
        <ul className={placements['pl-list']}>
          {notices.map((n) => (
            <li key={n.id} className={placements['pl-list__item']}>
              <p>
                <strong>{nameOf(n.guardianId)}</strong> ·{' '}
                {t('placements.clearance.informedOn', { date: formatDate(n.informedOn, currentLocale()) })}
                {n.cosignedOn ? ` · ${t('placements.clearance.cosignedOn', { date: formatDate(n.cosignedOn, currentLocale()) })}` : ''}
              </p>
              {!n.cosignedOn && <CosignButton p={p} noticeId={n.id} guardianName={nameOf(n.guardianId)} onDone={setNotice} />}
            </li>
          ))}
        </ul>
      )}
      {guardians.length === 0 && <p>{t('placements.clearance.noGuardians')}</p>}
      {guardians.length > 0 && !c.ok && notices.every((n) => n.cosignedOn) && <NoticeForm p={p} guardians={guardians} onDone={setNotice} />}
    </Section>
  );
}

function useRefreshPerson(p: PlacementDetail) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...participantsKey(p.programmeId), 'one', p.participant?.id ?? ''] });
}

function CosignButton({
  p,
  noticeId,
  guardianName,
  onDone,
}: {
  p: PlacementDetail;
  noticeId: string;
  guardianName: string;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshPerson(p);
  const [pending, setPending] = useState(false);
  const cosign = async () => {
    setPending(true);
    try {
      await api.post(participantPaths.cosign(p.programmeId, p.participant?.id ?? '', noticeId), { cosignedOn: copenhagenToday() });
      await refresh();
      onDone(t('placements.clearance.cosigned', { name: guardianName }));
    } finally {
      setPending(false);
    }
  };
  return (
    <Button className={cx(buttons.button, buttons['button--small'])} onPress={pending ? undefined : () => void cosign()}>
      {t('placements.clearance.cosignToday', { name: guardianName })}
    </Button>
  );
}

function NoticeForm({
  p,
  guardians,
  onDone,
}: {
  p: PlacementDetail;
  guardians: { id: string; name: string }[];
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshPerson(p);
  const f = (key: string) => t(`placements.clearance.fields.${key}`);
  const labels = {
    guardianId: f('guardianId'),
    jobDescription: f('jobDescription'),
    hours: f('hours'),
    risks: f('risks'),
    precautions: f('precautions'),
    informedOn: f('informedOn'),
    cosignedOn: f('cosignedOn'),
  };
  const form = useForm({
    id: `notice-${p.id}`,
    schema: createGuardianNoticeBody,
    labels,
    read: (data) => ({
      guardianId: text(data, 'guardianId'),
      placementId: p.id,
      jobDescription: text(data, 'jobDescription'),
      hours: text(data, 'hours'),
      risks: text(data, 'risks'),
      precautions: text(data, 'precautions'),
      informedOn: text(data, 'informedOn'),
      cosignedOn: text(data, 'cosignedOn') || null,
    }),
    submit: async (body) => {
      await api.post(participantPaths.notices(p.programmeId, p.participant?.id ?? ''), body);
      await refresh();
      onDone(t('placements.clearance.recorded', { name: guardians.find((g) => g.id === body.guardianId)?.name ?? '' }));
    },
  });
  const today = copenhagenToday();
  return (
    <Form
      className={cx(forms.form, 'pl-notice-form')}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t('placements.clearance.formTitle')}
    >
      <h3 className={placements['pl-subtitle']}>{t('placements.clearance.formTitle')}</h3>
      <ErrorSummary form={form} />
      <SelectInput
        form={form}
        name="guardianId"
        label={labels.guardianId}
        placeholder={t('employers.common.choose')}
        defaultValue={guardians.length === 1 ? guardians[0]?.id : undefined}
        options={guardians.map((g) => ({ value: g.id, label: g.name }))}
        isRequired
      />
      <TextInput
        form={form}
        name="jobDescription"
        label={labels.jobDescription}
        defaultValue={`${p.opening.title}, ${p.opening.organisationName}`}
        isRequired
      />
      <TextInput
        form={form}
        name="hours"
        label={labels.hours}
        defaultValue={p.agreement ? scheduleSummary(t, p.agreement.weeklySchedule) : ''}
        isRequired
      />
      <TextAreaInput form={form} name="risks" label={labels.risks} rows={2} isRequired />
      <TextAreaInput form={form} name="precautions" label={labels.precautions} rows={2} isRequired />
      <div className={forms['field-row']}>
        <TextInput form={form} name="informedOn" type="date" label={labels.informedOn} defaultValue={today} isRequired />
        <TextInput form={form} name="cosignedOn" type="date" label={labels.cosignedOn} description={f('cosignedOnHint')} />
      </div>
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('placements.clearance.submit')}</SubmitButton>
      </div>
    </Form>
  );
}
