import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mentorHoursBody } from '../../../../../shared/schemas/placements.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Section } from '../../../ui/Page.tsx';
import { TextInput, NumberInput } from '../../../ui/fields.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { formatMoney, formatNumber, readNumber } from '../../../ui/format.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { type Placement, mentorHoursQuery, paths } from '../api.ts';
import layout from '../../../ui/layout.module.css';
import placements from '../placements.module.css';
import forms from '../../../ui/forms.module.css';

/**
 * The assigned mentor's hours on a placement that has started: what was logged (with its cost for
 * the coordinator's budget) and a form to log a date (logging a date again replaces it).
 */
export function MentorHours({ p, level = 2 }: { p: Placement; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const started = p.activatedAt !== null;
  const hours = useQuery({ ...mentorHoursQuery(p.programmeId, p.id), enabled: started && p.agreement?.mentor != null });
  const [notice, setNotice] = useState<string | null>(null);
  if (!started || !p.agreement?.mentor) return null;
  const entries = hours.data?.entries ?? [];
  const Heading = level === 2 ? 'h2' : 'h3';
  const body = (
    <>
      <Notice>{notice}</Notice>
      {entries.length === 0 ? (
        <p className={layout.muted}>{t('placements.mentorHours.none')}</p>
      ) : (
        <ul className={placements['pl-list']}>
          {entries.map((e) => (
            <li key={e.id} className={placements['pl-list__item']}>
              {formatDate(e.workedOn, locale)}:{' '}
              {t('placements.mentorHours.hours', { count: e.hours, hours: formatNumber(e.hours, locale) })}
              {p.actingAs === 'coordinator' && ` · ${formatMoney(e.cost, locale)}`}
              {e.note && <span className={layout.muted}> · {e.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {p.status === 'active' && (
        <Disclosure title={t('placements.mentorHours.log')}>
          <HoursForm p={p} onDone={setNotice} />
        </Disclosure>
      )}
    </>
  );
  if (level === 2)
    return (
      <Section id={`hours-${p.id}`} title={t('placements.mentorHours.title')}>
        {body}
      </Section>
    );
  return (
    <section aria-labelledby={`hours-${p.id}-title`}>
      <Heading id={`hours-${p.id}-title`} className={placements['pl-subtitle']}>
        {t('placements.mentorHours.title')}
      </Heading>
      {body}
    </section>
  );
}

function HoursForm({ p, onDone }: { p: Placement; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = {
    workedOn: t('placements.mentorHours.workedOn'),
    hours: t('placements.mentorHours.hoursLabel'),
    note: t('placements.fields.note'),
  };
  const form = useForm({
    id: `hours-${p.id}`,
    schema: mentorHoursBody,
    labels,
    read: (data) => ({
      workedOn: text(data, 'workedOn'),
      hours: readNumber(text(data, 'hours')),
      note: text(data, 'note').trim() || undefined,
    }),
    // Cleared once saved, so a second press cannot log the same hours twice.
    submit: async (body, element) => {
      await api.post(paths.mentorHours(p.programmeId, p.id), body);
      await queryClient.invalidateQueries({ queryKey: mentorHoursQuery(p.programmeId, p.id).queryKey });
      element.reset();
      onDone(t('placements.mentorHours.logged'));
    },
  });
  return (
    <FormFrame form={form} label={t('placements.mentorHours.log')} submit={t('placements.mentorHours.save')}>
      <div className={forms['field-row']}>
        <TextInput form={form} name="workedOn" type="date" label={labels.workedOn} defaultValue={copenhagenToday()} isRequired />
        <NumberInput form={form} name="hours" label={labels.hours} decimals isRequired />
      </div>
      <TextInput form={form} name="note" label={labels.note} />
    </FormFrame>
  );
}
