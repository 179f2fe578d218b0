import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { correctShiftBody, recordShiftBody, rejectShiftBody } from '../../../../../shared/schemas/shifts.ts';
import { ApiError, api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { CheckboxField, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { readNumber } from '../../../ui/format.ts';
import { keys, paths, type Shift, type ShiftResult } from '../api.ts';
import forms from '../../../ui/forms.module.css';

/** The young-worker violations of a 409 `shift_rules_violated`, each its own line, in the UI language. */
export function violationMessages(error: unknown): string[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'shift_rules_violated') return undefined;
  const list = (error.details as { violations?: unknown } | undefined)?.violations;
  if (!Array.isArray(list)) return undefined;
  const en = currentLocale() === 'en';
  return list
    .filter(
      (v): v is { message: string; messageEn?: string; excepted?: boolean } =>
        typeof v === 'object' && v !== null && typeof v.message === 'string',
    )
    .filter((v) => !v.excepted)
    .map((v) => (en && v.messageEn ? v.messageEn : v.message));
}

function useShiftForm<S extends typeof recordShiftBody | typeof correctShiftBody>(
  id: string,
  schema: S,
  extra: (data: FormData) => Record<string, unknown>,
  submit: (body: unknown) => Promise<ShiftResult>,
  programmeId: string,
  onDone: (r: ShiftResult) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = {
    workDate: t('hours.fields.workDate'),
    startTime: t('hours.fields.startTime'),
    endTime: t('hours.fields.endTime'),
    breakMinutes: t('hours.fields.breakMinutes'),
    reason: t('hours.fields.reason'),
  };
  const form = useForm({
    id,
    schema,
    labels,
    read: (data) => ({
      workDate: text(data, 'workDate'),
      startTime: text(data, 'startTime'),
      endTime: text(data, 'endTime'),
      breakMinutes: readNumber(text(data, 'breakMinutes'), true) ?? 0,
      ...extra(data),
    }),
    submit: async (body, el) => {
      const result = await submit(body);
      // Cleared and ready for the next entry before the list refreshes, so quick typists never
      // meet a reset or a still-pending form after their shift appeared.
      el.reset();
      onDone(result);
      void queryClient.invalidateQueries({ queryKey: keys.hours(programmeId) });
    },
    mapError: (error) => {
      const messages = violationMessages(error);
      return messages ? { general: [t('errors.shift_rules_violated'), ...messages] } : undefined;
    },
  });
  return { form, labels };
}

function TimeFields({
  form,
  labels,
  defaults,
}: {
  form: ReturnType<typeof useForm>;
  labels: Record<string, string>;
  defaults: { workDate: string; startTime?: string; endTime?: string; breakMinutes?: number };
}) {
  return (
    <>
      <TextInput form={form} name="workDate" type="date" label={labels.workDate ?? ''} defaultValue={defaults.workDate} isRequired />
      <div className={forms['field-row']}>
        {(['startTime', 'endTime'] as const).map((name) => (
          <TextInput
            key={name}
            form={form}
            name={name}
            type="time"
            label={labels[name] ?? ''}
            defaultValue={defaults[name]}
            width="short"
            isRequired
          />
        ))}
        <NumberInput form={form} name="breakMinutes" label={labels.breakMinutes ?? ''} defaultValue={String(defaults.breakMinutes ?? 0)} />
      </div>
    </>
  );
}

/** Records a shift on the placement; the employer side may approve it at once. */
export function AddShiftForm(props: {
  programmeId: string;
  placementId: string;
  defaultDate: string;
  canApprove: boolean;
  title: string;
  onDone: (r: ShiftResult) => void;
}) {
  const { t } = useTranslation();
  const { form, labels } = useShiftForm(
    `add-shift-${props.placementId}`,
    recordShiftBody,
    (data) => ({ approve: data.has('approve') }),
    (body) => api.post<ShiftResult>(paths.shifts(props.programmeId, props.placementId), body),
    props.programmeId,
    props.onDone,
  );
  return (
    <FormFrame form={form} label={props.title} submit={t('hours.save.shift')}>
      <TimeFields form={form} labels={labels} defaults={{ workDate: props.defaultDate }} />
      {props.canApprove && <CheckboxField form={form} name="approve" label={t('hours.fields.approveNow')} />}
    </FormFrame>
  );
}

/** What a form acting on one recorded shift (correct, reject) is given. */
type ShiftActionProps = { programmeId: string; shift: Shift; label: string; onDone: (r: ShiftResult) => void };

/** A correction: a new entry with a reason that replaces the shift once approved (the original stays visible). */
export function CorrectShiftForm({ programmeId, shift, label, onDone }: ShiftActionProps) {
  const { t } = useTranslation();
  const { form, labels } = useShiftForm(
    `correct-${shift.id}`,
    correctShiftBody,
    (data) => ({ reason: text(data, 'reason') }),
    (body) => api.post<ShiftResult>(paths.shiftAction(programmeId, shift.id, 'corrections'), body),
    programmeId,
    onDone,
  );
  return (
    <FormFrame form={form} label={label} submit={t('hours.save.correction')}>
      <TimeFields form={form} labels={labels} defaults={shift} />
      <TextInput form={form} name="reason" label={labels.reason} isRequired maxLength={500} />
    </FormFrame>
  );
}

/** Turns a submitted shift down with a reason. */
export function RejectShiftForm({ programmeId, shift, label, onDone }: ShiftActionProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = { reason: t('hours.fields.rejectReason') };
  const form = useForm({
    id: `reject-${shift.id}`,
    schema: rejectShiftBody,
    labels,
    read: (data) => ({ reason: text(data, 'reason') }),
    submit: async (body) => {
      const result = await api.post<ShiftResult>(paths.shiftAction(programmeId, shift.id, 'reject'), body);
      await queryClient.invalidateQueries({ queryKey: keys.hours(programmeId) });
      onDone(result);
    },
  });
  return (
    <FormFrame form={form} label={label} submit={t('hours.save.reject')}>
      <TextInput form={form} name="reason" label={labels.reason} isRequired maxLength={500} />
    </FormFrame>
  );
}
