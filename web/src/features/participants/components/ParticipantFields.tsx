import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADULT_TRACKS,
  BENEFIT_TYPES,
  EDUCATION_STATUSES,
  PARTICIPANT_STATUSES,
  TRAVEL_MODES,
  YOUTH_STEPS,
} from '../../../../../shared/domain/participants/constants.ts';
import { SelectInput, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { DateInput } from '../../../ui/DateInputs.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatNumberInput } from '../../../ui/format.ts';
import type { FormController } from '../../../lib/form.ts';
import { NO_VALUE } from '../../../lib/schemas.ts';
import type { Participant, WorkArea } from '../api.ts';
import { AvailabilityGrid } from './AvailabilityGrid.tsx';
import { CheckboxField, Checkboxes, RadioChoice, TextAreaInput } from '../../../ui/fields.tsx';
import type { Kind } from './profileForm.ts';
import forms from '../../../ui/forms.module.css';

export function Fieldset({ legend, children, hint }: { legend: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className={forms.fieldset}>
      <legend className={forms.fieldset__legend}>{legend}</legend>
      {hint && <p className={forms.field__hint}>{hint}</p>}
      <div className={forms.fieldset__body}>{children}</div>
    </fieldset>
  );
}

type Props = {
  form: FormController;
  kind: Kind;
  mode: 'create' | 'edit';
  sites: { id: string; name: string }[];
  workAreas: WorkArea[];
  showPriority: boolean;
  initial?: Participant;
};

const yesNo = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : undefined);

/** Every field of the participant profile, grouped as a coordinator thinks about a person. */
export function ParticipantFields({ form, kind, mode, sites, workAreas, showPriority, initial }: Props) {
  const { t } = useTranslation();
  const f = (key: string) => t(`participants.fields.${key}`);
  const h = (key: string) => t(`participants.hints.${key}`);
  const locale = currentLocale();
  /** The props every field here shares: this form, the name, and the label named after it. */
  const field = (name: string) => ({ form, name, label: f(name) });
  const options = (values: readonly (string | number)[], prefix: string) =>
    values.map((v) => ({ value: String(v), label: t(`participants.${prefix}.${v}`) }));
  const yesNoOptions = [
    { value: 'yes', label: t('participants.yes') },
    { value: 'no', label: t('participants.no') },
  ];

  return (
    <>
      <Fieldset legend={t('participants.form.person')}>
        <div className={forms['field-row']}>
          <TextInput {...field('firstName')} autoComplete="off" maxLength={100} defaultValue={initial?.firstName} isRequired />
          <TextInput {...field('lastName')} autoComplete="off" maxLength={100} defaultValue={initial?.lastName} isRequired />
        </div>
        <DateInput
          {...field('birthDate')}
          description={h(kind === 'youth' ? 'birthDateYouth' : 'birthDateAdult')}
          defaultValue={initial?.birthDate}
          isRequired
        />
        <SelectInput
          {...field('siteId')}
          placeholder={t('participants.form.chooseSite')}
          options={sites.map((s) => ({ value: s.id, label: s.name }))}
          defaultValue={initial?.siteId ?? (sites.length === 1 ? sites[0]?.id : undefined)}
          isRequired
        />
        {mode === 'create' && kind === 'youth' && (
          <SelectInput
            {...field('step')}
            description={h('step')}
            options={YOUTH_STEPS.map((s) => ({ value: String(s), label: t('participants.stepOf', { step: s }) }))}
            defaultValue="1"
          />
        )}
        {mode === 'create' && kind === 'adult' && (
          <SelectInput
            {...field('track')}
            description={h('track')}
            options={[{ value: NO_VALUE, label: t('participants.noTrack') }, ...options(ADULT_TRACKS, 'tracks')]}
            defaultValue={NO_VALUE}
          />
        )}
        {mode === 'edit' && (
          <SelectInput {...field('status')} options={options(PARTICIPANT_STATUSES, 'statuses')} defaultValue={initial?.status} />
        )}
      </Fieldset>

      <Fieldset legend={t('participants.form.contact')}>
        <TextInput
          {...field('phone')}
          description={h('phone')}
          autoComplete="off"
          inputMode="numeric"
          maxLength={20}
          width="medium"
          defaultValue={initial?.phone ?? ''}
        />
        <TextInput {...field('email')} type="email" autoComplete="off" maxLength={254} defaultValue={initial?.email ?? ''} />
        <TextInput {...field('address')} autoComplete="off" maxLength={300} defaultValue={initial?.address ?? ''} />
      </Fieldset>

      <Fieldset legend={t('participants.form.education')}>
        <TextInput {...field('school')} maxLength={200} defaultValue={initial?.school ?? ''} />
        <SelectInput
          {...field('educationStatus')}
          placeholder={t('participants.form.choose')}
          options={options(EDUCATION_STATUSES, 'educationStatuses')}
          defaultValue={initial?.educationStatus ?? undefined}
        />
        {kind === 'youth' && (
          <>
            <RadioChoice
              {...field('compulsorySchool')}
              description={h('compulsorySchool')}
              options={yesNoOptions}
              defaultValue={yesNo(initial?.compulsorySchool)}
              orientation="horizontal"
              isRequired={mode === 'create'}
            />
            <DateInput
              {...field('compulsorySchoolEndsOn')}
              description={h('compulsorySchoolEndsOn')}
              defaultValue={initial?.compulsorySchoolEndsOn ?? ''}
            />
          </>
        )}
      </Fieldset>

      <Fieldset legend={t('participants.form.interests')}>
        <Checkboxes
          {...field('interests')}
          description={h('interests')}
          columns
          options={workAreas.map((a) => ({ value: a.code, label: locale === 'en' ? a.nameEn : a.nameDa }))}
          defaultValue={initial?.interests}
        />
      </Fieldset>

      <Fieldset legend={t('participants.form.skills')}>
        <TextInput {...field('skills')} description={h('list')} defaultValue={initial?.skills?.join(', ')} />
        <TextInput {...field('languages')} description={h('list')} defaultValue={initial?.languages?.join(', ')} />
      </Fieldset>

      <Fieldset legend={t('participants.form.availabilityTitle')}>
        <AvailabilityGrid form={form} defaultValue={initial?.availability} />
      </Fieldset>

      <Fieldset legend={t('participants.form.transport')}>
        <NumberInput {...field('travelKm')} description={h('travelKm')} maxLength={3} defaultValue={initial?.travelKm?.toString() ?? ''} />
        <Checkboxes {...field('travelModes')} options={options(TRAVEL_MODES, 'travelModes')} defaultValue={initial?.travelModes} />
      </Fieldset>

      <Fieldset legend={t('participants.form.goals')}>
        <TextAreaInput {...field('goals')} description={h('goals')} maxLength={2000} defaultValue={initial?.goals ?? ''} />
        <TextAreaInput
          {...field('readinessNotes')}
          description={h('readinessNotes')}
          maxLength={4000}
          defaultValue={initial?.readinessNotes ?? ''}
        />
      </Fieldset>

      {kind === 'adult' && (
        <Fieldset legend={t('participants.form.benefit')}>
          <SelectInput
            {...field('benefitType')}
            placeholder={t('participants.form.choose')}
            options={options(BENEFIT_TYPES, 'benefitTypes')}
            defaultValue={initial?.benefitType ?? undefined}
          />
          <NumberInput
            {...field('maxWeeklyHours')}
            description={h('maxWeeklyHours')}
            maxLength={4}
            defaultValue={formatNumberInput(initial?.maxWeeklyHours, locale)}
          />
          <RadioChoice
            {...field('flexJobApproved')}
            options={[...yesNoOptions, { value: 'unknown', label: t('participants.unknown') }]}
            defaultValue={yesNo(initial?.flexJobApproved) ?? 'unknown'}
            orientation="horizontal"
          />
        </Fieldset>
      )}

      {showPriority && (
        <Fieldset legend={t('participants.form.priority')} hint={h('priority')}>
          <CheckboxField {...field('priority')} defaultSelected={initial?.priority?.flagged} />
          <TextAreaInput {...field('priorityNote')} maxLength={1000} defaultValue={initial?.priority?.note ?? ''} />
        </Fieldset>
      )}

      <Fieldset legend={t('participants.form.cpr')} hint={h('cprSection')}>
        <TextInput
          {...field('cpr')}
          description={initial?.cpr ? t('participants.hints.cprReplace', { masked: initial.cpr.masked }) : h('cpr')}
          autoComplete="off"
          inputMode="numeric"
          maxLength={11}
          width="medium"
        />
        <TextInput {...field('cprReason')} description={h('cprReason')} maxLength={300} defaultValue={initial?.cpr?.reason} />
      </Fieldset>
    </>
  );
}
