import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, activityBody } from '../../../../../shared/schemas/activities.ts';
import { api, ApiError } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { SelectInput, TextAreaInput, TextInput, NumberInput } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { chosen, NO_VALUE } from '../../../lib/schemas.ts';
import { programmeQuery } from '../../../queries.ts';
import { companiesQuery } from '../../../lib/api/employers.ts';
import { type ActivityDetail, paths } from '../api.ts';
import { readSessions, SessionsEditor } from './SessionsEditor.tsx';

/** A number field: '' is "no limit" (null), anything else is parsed (NaN lets the schema complain). */
function readCapacity(value: string): number | null {
  const v = value.trim();
  return v === '' ? null : Number(v);
}

/**
 * The coordinator's activity form (create, or edit with `initial`). Sessions sent replace the
 * activity's sessions; the server refuses to drop one with attendance, which is shown in the summary.
 */
export function ActivityForm({
  programmeId,
  initial,
  onSaved,
}: {
  programmeId: string;
  initial?: ActivityDetail;
  onSaved: (a: ActivityDetail) => Promise<void>;
}) {
  const { t } = useTranslation();
  const programme = useQuery(programmeQuery(programmeId));
  const companies = useQuery(companiesQuery(programmeId, {}));
  const labels = {
    kind: t('activities.fields.kind'),
    title: t('activities.fields.title'),
    description: t('activities.fields.description'),
    place: t('activities.fields.place'),
    siteId: t('activities.fields.site'),
    hostCompanyId: t('activities.fields.hostCompany'),
    capacity: t('activities.fields.capacity'),
    sessions: t('activities.fields.sessions'),
  };
  const form = useForm({
    id: 'activity',
    schema: activityBody,
    labels,
    read: (data) => ({
      kind: chosen(text(data, 'kind')),
      title: text(data, 'title'),
      description: text(data, 'description'),
      place: text(data, 'place'),
      siteId: chosen(text(data, 'siteId')) ?? null,
      hostCompanyId: chosen(text(data, 'hostCompanyId')) ?? null,
      capacity: readCapacity(text(data, 'capacity')),
      sessions: readSessions(data),
    }),
    mapError: (error) =>
      error instanceof ApiError && error.code === 'in_use'
        ? { fields: { sessions: t('activities.form.sessionHasAttendance') } }
        : undefined,
    submit: async (body) => {
      const saved = initial
        ? await api.put<ActivityDetail>(paths.activity(programmeId, initial.id), body)
        : await api.post<ActivityDetail>(paths.activities(programmeId), body);
      await onSaved(saved);
    },
  });
  if (programme.isPending || companies.isPending) return null;
  const sites = programme.data?.sites ?? [];
  const hostCompanies = companies.data?.companies ?? [];

  return (
    <FormFrame form={form} submit={initial ? t('activities.form.save') : t('activities.form.create')}>
      <SelectInput
        form={form}
        name="kind"
        label={labels.kind}
        placeholder={t('activities.fields.choose')}
        defaultValue={initial?.kind}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
        isRequired
      />
      <TextInput form={form} name="title" label={labels.title} defaultValue={initial?.title} isRequired maxLength={200} />
      <TextAreaInput form={form} name="description" label={labels.description} defaultValue={initial?.description ?? ''} />
      <TextInput form={form} name="place" label={labels.place} defaultValue={initial?.place ?? ''} maxLength={300} />
      <SelectInput
        form={form}
        name="siteId"
        label={labels.siteId}
        defaultValue={initial?.siteId ?? NO_VALUE}
        options={[{ value: NO_VALUE, label: t('activities.fields.noSite') }, ...sites.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <SelectInput
        form={form}
        name="hostCompanyId"
        label={labels.hostCompanyId}
        defaultValue={initial?.hostCompanyId ?? NO_VALUE}
        options={[
          { value: NO_VALUE, label: t('activities.fields.noCompany') },
          ...hostCompanies.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <NumberInput
        form={form}
        name="capacity"
        label={labels.capacity}
        description={t('activities.fields.capacityHint')}
        defaultValue={initial?.capacity?.toString() ?? ''}
      />
      <SessionsEditor form={form} initial={initial?.sessions ?? []} />
    </FormFrame>
  );
}
