import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addDays, daysBetween, weekday } from '../../../../../shared/domain/calendar/local-time.ts';
import { MUNICIPALITIES, municipalityName } from '../../../../../shared/domain/geo/municipalities.ts';
import { schoolDayBody } from '../../../../../shared/schemas/shifts.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { CheckboxField, SelectInput, TextInput } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { canEditSchoolCalendar } from '../access.ts';
import { keys, paths, schoolCalendarQuery } from '../api.ts';
import hoursCss from '../hours.module.css';
import forms from '../../../ui/forms.module.css';

export type CalendarSearch = { kommune?: string; from?: string; to?: string };

/** The municipalities by name, as a coordinator knows them (the code is what the calendar is stored under). */
const municipalityOptions = Object.entries(MUNICIPALITIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'da'));

const pickSchema = z
  .object({
    kommune: z.string().refine((code) => municipalityName(code) !== null, { error: 'required' }),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .refine((v) => v.to >= v.from && daysBetween(v.from, v.to) <= 400, { path: ['to'], error: 'period_invalid' });

/**
 * `/programmes/$programmeId/skolekalender`: a municipality's school days over a period (Monday to
 * Friday minus public holidays, then the coordinators' marks) and a form to mark a day as a school
 * day or school-free (holidays), with a note.
 */
export function SchoolCalendarPage({ programmeId, search }: { programmeId: string; search: CalendarSearch }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const allowed = canEditSchoolCalendar(me, programmeId);
  const today = copenhagenToday();
  const from = search.from ?? today;
  const to = search.to ?? addDays(from, 27);
  const code = search.kommune ?? '';
  const calendar = useQuery({ ...schoolCalendarQuery(programmeId, code, from, to), enabled: allowed && code !== '' });
  const [notice, setNotice] = useState<string | null>(null);
  const labels = { kommune: t('hours.fields.municipality'), from: t('hours.fields.from'), to: t('hours.fields.to') };
  const pick = useForm({
    id: 'calendar-pick',
    schema: pickSchema,
    labels,
    read: (data) => ({ kommune: text(data, 'kommune').trim(), from: text(data, 'from'), to: text(data, 'to') }),
    submit: (v) => navigate({ to: '.', search: v }),
  });
  if (!allowed) return <Forbidden />;
  const locale = currentLocale();
  const days = code ? Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i)) : [];
  const schoolDays = new Set(calendar.data?.schoolDays ?? []);
  const notes = new Map((calendar.data?.overrides ?? []).map((o) => [o.day, o.note]));
  return (
    <Page title={t('hours.calendar.title')} lead={t('hours.calendar.lead')} wide>
      <p className={hoursCss['hours-crumbs']}>
        <Link to="/programmes/$programmeId/timer" params={{ programmeId }}>
          {t('hours.links.home')}
        </Link>
      </p>
      <FormFrame form={pick} label={t('hours.calendar.pick')} submit={t('hours.save.show')}>
        <div className={forms['field-row']}>
          <SelectInput form={pick} name="kommune" label={labels.kommune} options={municipalityOptions} defaultValue={code} isRequired />
          <TextInput form={pick} name="from" type="date" label={labels.from} defaultValue={from} isRequired />
          <TextInput form={pick} name="to" type="date" label={labels.to} defaultValue={to} isRequired />
        </div>
      </FormFrame>
      {code && (
        <>
          <Section id="mark" title={t('hours.calendar.mark')}>
            <Notice>{notice}</Notice>
            <MarkDayForm programmeId={programmeId} code={code} defaultDay={from} onDone={() => setNotice(t('hours.calendar.saved'))} />
          </Section>
          <Section id="days" title={t('hours.calendar.tableFor', { name: municipalityName(code) ?? code })}>
            <QueryStatus query={calendar} />
            {calendar.data && (
              <Table caption={t('hours.calendar.table')}>
                <thead>
                  <tr>
                    <th scope="col">{t('hours.fields.day')}</th>
                    <th scope="col">{t('hours.fields.isSchoolDay')}</th>
                    <th scope="col">{t('hours.fields.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d}>
                      <th scope="row">
                        {t(`hours.weekdays.${weekday(d)}`)} {formatDate(d, locale)}
                      </th>
                      <td>{schoolDays.has(d) ? t('hours.calendar.schoolDay') : t('hours.calendar.free')}</td>
                      <td>{notes.get(d) ?? (!schoolDays.has(d) && !notes.has(d) ? t('hours.calendar.weekend') : '')}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Section>
        </>
      )}
    </Page>
  );
}

function MarkDayForm({
  programmeId,
  code,
  defaultDay,
  onDone,
}: {
  programmeId: string;
  code: string;
  defaultDay: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = { day: t('hours.fields.day'), isSchoolDay: t('hours.fields.isSchoolDay'), note: t('hours.fields.note') };
  const form = useForm({
    id: 'calendar-day',
    schema: schoolDayBody.extend({ day: z.iso.date() }),
    labels,
    read: (data) => ({ day: text(data, 'day'), isSchoolDay: data.has('isSchoolDay'), note: text(data, 'note').trim() || null }),
    submit: async ({ day, ...body }) => {
      await api.put(paths.schoolDay(programmeId, code, day), body);
      await queryClient.invalidateQueries({ queryKey: keys.hours(programmeId) });
      onDone();
    },
  });
  return (
    <FormFrame form={form} label={t('hours.calendar.mark')} submit={t('hours.save.day')}>
      <TextInput form={form} name="day" type="date" label={labels.day} defaultValue={defaultDay} isRequired />
      <CheckboxField form={form} name="isSchoolDay" label={labels.isSchoolDay} />
      <TextInput form={form} name="note" label={labels.note} maxLength={200} />
    </FormFrame>
  );
}
