import { type FormEvent, useId, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  defaultEndDate,
  defaultOnlyOutOfCompulsorySchool,
  OPENING_KINDS,
  type OpeningKind,
  resolveLadderStep,
  WAGE_PAYERS,
} from '../../../../../shared/domain/employers/openings.ts';
import { WORK_AREAS } from '../../../../../shared/domain/employers/work-areas.ts';
import { createOpeningBody } from '../../../../../shared/schemas/openings.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { CheckboxField, Checkboxes, SelectInput, TextAreaInput, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { chosen, NO_VALUE } from '../../../lib/schemas.ts';
import { type Opening, paths, type Workplace } from '../api.ts';
import { openingErrorMapper } from '../refusals.ts';
import { formatNumberInput, readNumber } from '../../../ui/format.ts';
import { readFlags, SafetyFields } from './SafetyFields.tsx';
import { readSchedule, ScheduleEditor } from '../../../ui/ScheduleEditor.tsx';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import employers from '../employers.module.css';
import forms from '../../../ui/forms.module.css';
import layout from '../../../ui/layout.module.css';

export type SaveOutcome = 'draft' | 'open' | 'updated';
type Intent = 'save' | 'open';

type Props = {
  programmeId: string;
  workplaces: Workplace[];
  /** Edit this opening (PATCH with its version); without it a new opening is created. */
  initial?: Opening;
  defaultWorkplaceId?: string;
  onSaved: (opening: Opening, outcome: SaveOutcome) => Promise<void>;
};

const isoOrEmpty = (value: string) => value.trim();

/**
 * The coordinator's opening form. "Gem som kladde" always saves; "Åbn opslaget" asks the server to
 * open it, which refuses with the young-worker rules' reasons (422 opening_not_legal), shown in
 * the error summary one reason per line.
 */
export function OpeningForm({ programmeId, workplaces, initial, defaultWorkplaceId, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const stepLabelId = useId();
  const [kind, setKind] = useState<string>(initial?.kind ?? '');
  const [minAge, setMinAge] = useState(initial ? String(initial.minAge) : '');
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initial?.endsOn ?? '');
  const endTouched = useRef(Boolean(initial));
  const intent = useRef<Intent>('save');
  const version = useRef(initial?.version ?? 0);
  const canOpen = !initial || initial.status === 'draft';

  const age = Number(minAge);
  const knownKind = OPENING_KINDS.includes(kind as OpeningKind) ? (kind as OpeningKind) : undefined;
  const step = knownKind ? resolveLadderStep(knownKind, undefined, Number.isInteger(age) && minAge !== '' ? age : 18) : undefined;
  // An apprenticeship is always only for young people out of compulsory school: choosing it ticks the box.
  const outOfSchoolRequired = knownKind !== undefined && defaultOnlyOutOfCompulsorySchool(knownKind);

  const labels = {
    workplaceId: t('employers.fields.workplace'),
    kind: t('employers.fields.kind'),
    title: t('employers.fields.title'),
    tasks: t('employers.fields.tasks'),
    taskTags: t('employers.fields.taskTags'),
    requirements: t('employers.fields.requirements'),
    minAge: t('employers.fields.minAge'),
    maxAge: t('employers.fields.maxAge'),
    onlyOutOfCompulsorySchool: t('employers.fields.onlyOutOfCompulsorySchool'),
    hoursPerWeek: t('employers.fields.hoursPerWeek'),
    weeklySchedule: t('employers.schedule.title'),
    places: t('employers.fields.places'),
    startsOn: t('employers.fields.startsOn'),
    endsOn: t('employers.fields.endsOn'),
    wagePerHour: t('employers.fields.wagePerHour'),
    wagePayer: t('employers.fields.wagePayer'),
    flags: t('employers.flags.riskDate'),
  };

  const form = useForm({
    id: 'opening',
    schema: createOpeningBody,
    labels,
    read: (data) => {
      const chosenKind = chosen(text(data, 'kind'));
      const min = readNumber(text(data, 'minAge'));
      return {
        workplaceId: chosen(text(data, 'workplaceId')),
        kind: chosenKind,
        ladderStep: chosenKind && typeof min === 'number' ? resolveLadderStep(chosenKind as OpeningKind, undefined, min) : undefined,
        title: text(data, 'title'),
        tasks: text(data, 'tasks'),
        taskTags: data.getAll('taskTags'),
        requirements: text(data, 'requirements'),
        minAge: min,
        maxAge: readNumber(text(data, 'maxAge'), true),
        onlyOutOfCompulsorySchool: data.has('onlyOutOfCompulsorySchool'),
        hoursPerWeek: readNumber(text(data, 'hoursPerWeek')),
        weeklySchedule: readSchedule(data),
        places: readNumber(text(data, 'places')),
        startsOn: isoOrEmpty(text(data, 'startsOn')),
        endsOn: isoOrEmpty(text(data, 'endsOn')) || null,
        wagePerHour: readNumber(text(data, 'wagePerHour'), true),
        wagePayer: chosen(text(data, 'wagePayer')) ?? null,
        adultStaffPresent: data.has('adultStaffPresent'),
        flags: readFlags(data),
        status: initial ? undefined : intent.current === 'open' ? 'open' : 'draft',
      };
    },
    mapError: openingErrorMapper(locale),
    submit: async (body) => {
      const opening = intent.current;
      if (!initial) {
        const created = await api.post<Opening>(paths.openings(programmeId), body);
        await onSaved(created, body.status === 'open' ? 'open' : 'draft');
        return;
      }
      const { status: _ignored, ...changes } = body;
      let saved = await api.patch<Opening>(paths.opening(programmeId, initial.id), { ...changes, version: version.current });
      version.current = saved.version;
      if (opening === 'open' && saved.status === 'draft') {
        saved = await api.post<Opening>(paths.openingAction(programmeId, initial.id, 'status'), { status: 'open', version: saved.version });
        version.current = saved.version;
      }
      await onSaved(saved, opening === 'open' ? 'open' : 'updated');
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    intent.current = submitter?.dataset.intent === 'open' ? 'open' : 'save';
    form.handleSubmit(event);
  };

  const onStartChange = (value: string) => {
    setStartsOn(value);
    if (!endTouched.current && /^\d{4}-\d{2}-\d{2}$/.test(value)) setEndsOn(defaultEndDate(value));
  };

  const workplaceOptions = workplaces.map((w) => ({
    value: w.id,
    label: t('employers.openingForm.workplaceOption', { name: w.name, organisation: w.organisationName, town: w.city ?? w.postalCode }),
  }));

  return (
    <Form className={cx(forms.form, employers['emp-opening-form'])} onSubmit={onSubmit} validationBehavior="aria">
      <ErrorSummary form={form} />
      <h2 className={employers['emp-form-heading']}>{t('employers.openingForm.jobTitle')}</h2>
      <SelectInput
        form={form}
        name="workplaceId"
        label={labels.workplaceId}
        placeholder={t('employers.common.choose')}
        defaultValue={initial?.workplaceId ?? defaultWorkplaceId ?? (workplaces.length === 1 ? workplaces[0]?.id : undefined)}
        options={workplaceOptions}
        isRequired
      />
      <SelectInput
        form={form}
        name="kind"
        label={labels.kind}
        placeholder={t('employers.common.choose')}
        defaultValue={initial?.kind}
        options={OPENING_KINDS.map((k) => ({ value: k, label: t(`employers.kinds.${k}`) }))}
        onChange={setKind}
        isRequired
      />
      <div className={forms.field}>
        <span id={stepLabelId} className={forms.field__label}>
          {t('employers.fields.step')}
        </span>
        <output aria-labelledby={stepLabelId} className={employers['emp-derived-value']}>
          {step === undefined
            ? t('employers.openingForm.stepUnknown')
            : step === null
              ? t('employers.steps.none')
              : t(`employers.steps.long.${step}`)}
        </output>
      </div>
      <TextInput
        form={form}
        name="title"
        label={labels.title}
        description={t('employers.openingForm.titleHint')}
        defaultValue={initial?.title}
        isRequired
      />
      <TextAreaInput form={form} name="tasks" label={labels.tasks} defaultValue={initial?.tasks} />
      <Checkboxes
        form={form}
        name="taskTags"
        label={labels.taskTags}
        description={t('employers.openingForm.taskTagsHint')}
        options={WORK_AREAS.map((a) => ({ value: a, label: t(`employers.workAreas.${a}`) }))}
        defaultValue={initial?.taskTags}
      />
      <TextAreaInput
        form={form}
        name="requirements"
        label={labels.requirements}
        description={t('employers.openingForm.requirementsHint')}
        defaultValue={initial?.requirements}
        rows={3}
      />

      <h2 className={employers['emp-form-heading']}>{t('employers.openingForm.whoWhenTitle')}</h2>
      <div className={forms['field-row']}>
        <NumberInput form={form} name="minAge" label={labels.minAge} value={minAge} onChange={setMinAge} isRequired />
        <NumberInput form={form} name="maxAge" label={labels.maxAge} defaultValue={initial?.maxAge?.toString() ?? ''} />
      </div>
      <CheckboxField
        key={outOfSchoolRequired ? 'required' : 'optional'}
        form={form}
        name="onlyOutOfCompulsorySchool"
        label={labels.onlyOutOfCompulsorySchool}
        description={t(
          outOfSchoolRequired
            ? 'employers.openingForm.onlyOutOfCompulsorySchoolRequiredHint'
            : 'employers.openingForm.onlyOutOfCompulsorySchoolHint',
        )}
        defaultSelected={outOfSchoolRequired || (initial?.onlyOutOfCompulsorySchool ?? false)}
      />
      <div className={forms['field-row']}>
        <NumberInput
          form={form}
          name="hoursPerWeek"
          label={labels.hoursPerWeek}
          decimals
          defaultValue={formatNumberInput(initial?.hoursPerWeek, locale)}
          isRequired
        />
        <NumberInput form={form} name="places" label={labels.places} defaultValue={initial ? String(initial.places) : '1'} isRequired />
      </div>
      <ScheduleEditor form={form} initial={initial?.weeklySchedule} />
      <div className={forms['field-row']}>
        <TextInput form={form} name="startsOn" type="date" label={labels.startsOn} value={startsOn} onChange={onStartChange} isRequired />
        <TextInput
          form={form}
          name="endsOn"
          type="date"
          label={labels.endsOn}
          description={t('employers.openingForm.endsOnHint')}
          value={endsOn}
          onChange={(value) => {
            endTouched.current = true;
            setEndsOn(value);
          }}
        />
      </div>

      <h2 className={employers['emp-form-heading']}>{t('employers.openingForm.wageTitle')}</h2>
      <div className={forms['field-row']}>
        <NumberInput
          form={form}
          name="wagePerHour"
          label={labels.wagePerHour}
          description={t('employers.openingForm.wageHint')}
          decimals
          defaultValue={formatNumberInput(initial?.wagePerHour, locale)}
        />
        <SelectInput
          form={form}
          name="wagePayer"
          label={labels.wagePayer}
          defaultValue={initial?.wagePayer ?? NO_VALUE}
          options={[
            { value: NO_VALUE, label: t('employers.openingForm.payerUnknown') },
            ...WAGE_PAYERS.map((p) => ({ value: p, label: t(`employers.payers.${p}`) })),
          ]}
        />
      </div>

      <h2 className={employers['emp-form-heading']}>{t('employers.flags.title')}</h2>
      <SafetyFields form={form} initial={initial?.flags} adultStaffPresent={initial?.adultStaffPresent} hideLegend />

      <div className={buttons['form-actions']}>
        <Button
          type="submit"
          data-intent="save"
          className={
            form.pending && intent.current === 'save'
              ? cx(buttons.button, buttons['button--secondary'], buttons['is-pending'])
              : cx(buttons.button, buttons['button--secondary'])
          }
        >
          {initial ? t('employers.openingForm.saveChanges') : t('employers.openingForm.saveDraft')}
        </Button>
        {canOpen && (
          <Button
            type="submit"
            data-intent="open"
            className={form.pending && intent.current === 'open' ? cx(buttons.button, buttons['is-pending']) : buttons.button}
          >
            {initial ? t('employers.openingForm.saveAndOpen') : t('employers.openingForm.open')}
          </Button>
        )}
        <span role="status" className={layout['visually-hidden']}>
          {form.pending ? t('common.working') : ''}
        </span>
      </div>
      {canOpen && <p className={forms.field__hint}>{t('employers.openingForm.openHint')}</p>}
    </Form>
  );
}
