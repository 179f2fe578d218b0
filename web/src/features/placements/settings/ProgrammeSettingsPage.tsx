import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeSettings, placementSettings } from '../../../../../shared/schemas/programme-settings.ts';
import { api } from '../../../api.ts';
import { can } from '../../../access.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { NumberInput, TextInput } from '../../../ui/fields.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { type FormController, text, useForm } from '../../../lib/form.ts';
import { readNumber } from '../../../ui/format.ts';
import { useProgrammeName } from '../../../ui/useProgrammeName.ts';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { followUpLabel } from '../vocab.ts';
import {
  type PlacementSettings,
  placementSettingsQuery,
  type ProgrammeSettings,
  programmeSettingsQuery,
  settingsKeys,
  settingsPaths,
} from '../settings-api.ts';
import { FollowUpScheduleEditor, readFollowUpSchedule } from './FollowUpScheduleEditor.tsx';
import alerts from '../../../ui/alerts.module.css';
import forms from '../../../ui/forms.module.css';
import cards from '../../../ui/cards.module.css';
import { cx } from '../../../ui/cx.ts';

/** The same cross-field rule the server applies, checked before sending so the answer is instant. */
const placementForm = placementSettings.superRefine((s, ctx) => {
  if (s.staleCloseDays < s.staleFlagDays) ctx.addIssue({ code: 'custom', path: ['staleCloseDays'], message: 'stale_close_before_flag' });
});

/**
 * `/programmes/$programmeId/indstillinger`: the programme's placement settings (follow-up plan,
 * stale proposals, contract-end notice) and participant settings (no-contact weeks, retention).
 * Administrators change them; coordinators see them, since the plan shapes their work.
 */
export function ProgrammeSettingsPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = can(me, 'programme.update', programmeId) || can(me, 'placement.read', programmeId);
  const editable = can(me, 'programme.update', programmeId);
  const placements = useQuery({ ...placementSettingsQuery(programmeId), enabled: allowed });
  const participants = useQuery({ ...programmeSettingsQuery(programmeId), enabled: allowed });
  const programmeName = useProgrammeName(programmeId);
  if (!allowed) return <Forbidden />;
  return (
    <Page title={t('placements.settings.title')} lead={programmeName}>
      {!editable && <p className={cx(alerts.alert, 'alert--info')}>{t('placements.settings.readOnly')}</p>}
      <Section id="placement-settings" title={t('placements.settings.placementsTitle')}>
        <QueryStatus query={placements} />
        {placements.data &&
          (editable ? (
            <PlacementSettingsForm programmeId={programmeId} settings={placements.data} />
          ) : (
            <PlacementSettingsFacts settings={placements.data} />
          ))}
      </Section>
      <Section id="participant-settings" title={t('placements.settings.participantsTitle')}>
        <QueryStatus query={participants} />
        {participants.data &&
          (editable ? (
            <ParticipantSettingsForm programmeId={programmeId} settings={participants.data} />
          ) : (
            <ParticipantSettingsFacts settings={participants.data} />
          ))}
      </Section>
    </Page>
  );
}

/** The settings are all whole numbers of days, weeks or months: one short, required numeric field. */
function WholeNumberInput(props: { form: FormController; name: string; hint: string; value: number }) {
  const { t } = useTranslation();
  return (
    <NumberInput
      form={props.form}
      name={props.name}
      label={t(`placements.settings.${props.name}`)}
      description={t(`placements.settings.${props.hint}`)}
      defaultValue={String(props.value)}
      isRequired
    />
  );
}

function PlacementSettingsForm({ programmeId, settings }: { programmeId: string; settings: PlacementSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const labels = {
    followUpSchedule: t('placements.settings.followUpSchedule'),
    staleFlagDays: t('placements.settings.staleFlagDays'),
    staleCloseDays: t('placements.settings.staleCloseDays'),
    contractEndingNoticeDays: t('placements.settings.contractEndingNoticeDays'),
    hotlinePhone: t('placements.settings.hotlinePhone'),
  };
  const form = useForm({
    id: 'placement-settings',
    schema: placementForm,
    labels,
    read: (data) => ({
      followUpSchedule: readFollowUpSchedule(data),
      staleFlagDays: readNumber(text(data, 'staleFlagDays')),
      staleCloseDays: readNumber(text(data, 'staleCloseDays')),
      contractEndingNoticeDays: readNumber(text(data, 'contractEndingNoticeDays')),
      hotlinePhone: text(data, 'hotlinePhone') || null,
    }),
    submit: async (value) => {
      setNotice(null);
      const saved = await api.patch<PlacementSettings>(settingsPaths.placementSettings(programmeId), value);
      queryClient.setQueryData(placementSettingsQuery(programmeId).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: settingsKeys.settings(programmeId) });
      setNotice(t('placements.settings.saved'));
    },
  });
  return (
    <FormFrame form={form} label={t('placements.settings.placementsTitle')} submit={t('placements.settings.savePlacements')}>
      <Notice>{notice}</Notice>
      <FollowUpScheduleEditor form={form} initial={settings.followUpSchedule} />
      <div className={forms['field-row']}>
        <WholeNumberInput form={form} name="staleFlagDays" hint="staleFlagHint" value={settings.staleFlagDays} />
        <WholeNumberInput form={form} name="staleCloseDays" hint="staleCloseHint" value={settings.staleCloseDays} />
      </div>
      <WholeNumberInput form={form} name="contractEndingNoticeDays" hint="contractEndingHint" value={settings.contractEndingNoticeDays} />
      <TextInput
        form={form}
        name="hotlinePhone"
        type="tel"
        autoComplete="tel"
        label={labels.hotlinePhone}
        description={t('placements.settings.hotlinePhoneHint')}
        defaultValue={settings.hotlinePhone ?? ''}
        maxLength={40}
      />
    </FormFrame>
  );
}

function ParticipantSettingsForm({ programmeId, settings }: { programmeId: string; settings: ProgrammeSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const labels = { noContactWeeks: t('placements.settings.noContactWeeks'), retentionMonths: t('placements.settings.retentionMonths') };
  const form = useForm({
    id: 'participant-settings',
    schema: programmeSettings,
    labels,
    read: (data) => ({
      noContactWeeks: readNumber(text(data, 'noContactWeeks')),
      retentionMonths: readNumber(text(data, 'retentionMonths')),
    }),
    submit: async (value) => {
      setNotice(null);
      const saved = await api.patch<ProgrammeSettings>(settingsPaths.programmeSettings(programmeId), value);
      queryClient.setQueryData(programmeSettingsQuery(programmeId).queryKey, saved);
      setNotice(t('placements.settings.saved'));
    },
  });
  return (
    <FormFrame form={form} label={t('placements.settings.participantsTitle')} submit={t('placements.settings.saveParticipants')}>
      <Notice>{notice}</Notice>
      <WholeNumberInput form={form} name="noContactWeeks" hint="noContactHint" value={settings.noContactWeeks} />
      <WholeNumberInput form={form} name="retentionMonths" hint="retentionHint" value={settings.retentionMonths} />
    </FormFrame>
  );
}

/** The read-only view: each setting's label over its value, in the forms' order. */
function SettingsFacts({ rows }: { rows: [key: string, value: ReactNode][] }) {
  const { t } = useTranslation();
  return (
    <dl className={cards.facts}>
      {rows.map(([key, value]) => (
        <Fragment key={key}>
          <dt>{t(`placements.settings.${key}`)}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function PlacementSettingsFacts({ settings }: { settings: PlacementSettings }) {
  const { t } = useTranslation();
  return (
    <SettingsFacts
      rows={[
        ['followUpSchedule', settings.followUpSchedule.map((code) => followUpLabel(t, code)).join(', ')],
        ['staleFlagDays', settings.staleFlagDays],
        ['staleCloseDays', settings.staleCloseDays],
        ['contractEndingNoticeDays', settings.contractEndingNoticeDays],
        ['hotlinePhone', settings.hotlinePhone ?? t('placements.settings.hotlinePhoneNone')],
      ]}
    />
  );
}

function ParticipantSettingsFacts({ settings }: { settings: ProgrammeSettings }) {
  return (
    <SettingsFacts
      rows={[
        ['noContactWeeks', settings.noContactWeeks],
        ['retentionMonths', settings.retentionMonths],
      ]}
    />
  );
}
