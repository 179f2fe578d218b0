import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../../shared/domain/participants/dates.ts';
import { DEFAULT_AGREEMENT_MONTHS, PAYERS } from '../../../../../shared/domain/placements/states.ts';
import { agreementInput } from '../../../../../shared/schemas/placements.ts';
import { ApiError, api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { SelectInput, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { issueMessage } from '../../../lib/errors.ts';
import { text, useForm } from '../../../lib/form.ts';
import { employerPaths, type Mentor, type Opening, openingQuery } from '../../../lib/api/employers.ts';
import { readSchedule, ScheduleEditor } from '../../../ui/ScheduleEditor.tsx';
import { formatNumberInput, readNumber } from '../../../ui/format.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { type PlacementDetail, paths } from '../api.ts';
import { useRefreshPlacement } from '../hooks.ts';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

type Violation = { message?: unknown; messageEn?: unknown };

/** The young-worker refusals of a 422 `schedule_not_legal`, once each, in the UI language. */
function violationMessages(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'schedule_not_legal') return null;
  const list = (error.details as { violations?: Violation[] } | undefined)?.violations ?? [];
  const en = currentLocale() === 'en';
  return [...new Set(list.map((v) => String((en && v.messageEn) || v.message || '')).filter(Boolean))];
}

/**
 * The coordinator confirms the agreement after the offer: dates (six months unless changed), hours,
 * the weekly schedule (checked against the young-worker rules for this person on the server), wage,
 * who pays, and the workplace mentor. Fields start from the opening's own terms.
 */
export function AgreementForm({ p, onDone }: { p: PlacementDetail; onDone: (message: string) => void }) {
  const opening = useQuery(openingQuery(p.programmeId, p.opening.id));
  const mentors = useQuery({
    queryKey: ['programmes', p.programmeId, 'mentors', p.opening.organisationId],
    queryFn: () => api.get<{ mentors: Mentor[] }>(employerPaths.mentors(p.programmeId), { organisationId: p.opening.organisationId }),
  });
  if (opening.isPending || mentors.isPending) return null;
  return <AgreementFields p={p} opening={opening.data} mentors={mentors.data?.mentors ?? []} onDone={onDone} />;
}

function AgreementFields({
  p,
  opening,
  mentors,
  onDone,
}: {
  p: PlacementDetail;
  opening?: Opening;
  mentors: Mentor[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshPlacement();
  const today = copenhagenToday();
  const firstStart = opening && opening.startsOn > today ? opening.startsOn : today;
  const [startsOn, setStartsOn] = useState(firstStart);
  const [endsOn, setEndsOn] = useState(addMonths(firstStart, DEFAULT_AGREEMENT_MONTHS));
  const labels = {
    startsOn: t('placements.agreement.startsOn'),
    endsOn: t('placements.agreement.endsOn'),
    hoursPerWeek: t('placements.fields.hoursPerWeek'),
    weeklySchedule: t('employers.schedule.title'),
    wagePerHour: t('placements.agreement.wagePerHour'),
    wagePayer: t('placements.fields.wagePayer'),
    mentorId: t('placements.fields.mentor'),
  };
  const form = useForm({
    id: `agreement-${p.id}`,
    schema: agreementInput,
    labels,
    read: (data) => ({
      startsOn: text(data, 'startsOn'),
      endsOn: text(data, 'endsOn') || null,
      hoursPerWeek: readNumber(text(data, 'hoursPerWeek')),
      weeklySchedule: readSchedule(data),
      wagePerHour: readNumber(text(data, 'wagePerHour'), true),
      wagePayer: text(data, 'wagePayer') || null,
      mentorId: text(data, 'mentorId') || null,
    }),
    submit: async (agreement) => {
      await refresh(
        await api.post<PlacementDetail>(paths.transitions(p.programmeId, p.id), { to: 'agreed', version: p.version, agreement }),
      );
      onDone(t('placements.done.agreed'));
    },
    mapError: (error) => {
      const messages = violationMessages(error);
      if (messages) return { fields: { weeklySchedule: t('placements.agreement.notLegal') }, general: messages };
      // The server nests agreement fields under `agreement`; point them at the fields here.
      const issue =
        error instanceof ApiError ? error.issues.find((i) => i.path[0] === 'agreement' && typeof i.path[1] === 'string') : undefined;
      const name = issue ? String(issue.path[1]) : '';
      if (!issue || !(name in labels)) return undefined;
      return { fields: { [name]: issueMessage(t, issue, name, labels[name as keyof typeof labels], 'x') } };
    },
  });
  const changeStart = (value: string) => {
    // The end follows the start (six months) until someone sets it by hand.
    if (endsOn === addMonths(startsOn, DEFAULT_AGREEMENT_MONTHS) && /^\d{4}-\d{2}-\d{2}$/.test(value))
      setEndsOn(addMonths(value, DEFAULT_AGREEMENT_MONTHS));
    setStartsOn(value);
  };
  return (
    <Form
      className={cx(forms.form, 'pl-agreement-form')}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t('placements.agreement.title')}
    >
      <ErrorSummary form={form} />
      <div className={forms['field-row']}>
        <TextInput form={form} name="startsOn" type="date" label={labels.startsOn} value={startsOn} onChange={changeStart} isRequired />
        <TextInput
          form={form}
          name="endsOn"
          type="date"
          label={labels.endsOn}
          value={endsOn}
          onChange={setEndsOn}
          description={t('placements.agreement.endsOnHint')}
        />
      </div>
      <NumberInput
        form={form}
        name="hoursPerWeek"
        label={labels.hoursPerWeek}
        decimals
        defaultValue={formatNumberInput(opening?.hoursPerWeek, currentLocale())}
        isRequired
      />
      <ScheduleEditor form={form} initial={opening?.weeklySchedule ?? []} />
      <div className={forms['field-row']}>
        <NumberInput
          form={form}
          name="wagePerHour"
          label={labels.wagePerHour}
          decimals
          defaultValue={formatNumberInput(opening?.wagePerHour, currentLocale())}
        />
        <SelectInput
          form={form}
          name="wagePayer"
          label={labels.wagePayer}
          placeholder={t('employers.common.choose')}
          defaultValue={opening?.wagePayer ?? undefined}
          options={PAYERS.map((v) => ({ value: v, label: t(`employers.payers.${v}`) }))}
        />
      </div>
      <SelectInput
        form={form}
        name="mentorId"
        label={labels.mentorId}
        placeholder={t('placements.agreement.noMentor')}
        description={mentors.length === 0 ? t('placements.agreement.noMentors') : undefined}
        options={mentors.map((m) => ({ value: m.id, label: m.name }))}
      />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('placements.actions.agreedSubmit')}</SubmitButton>
      </div>
    </Form>
  );
}
