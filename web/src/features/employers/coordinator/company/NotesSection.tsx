import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createNoteBody } from '../../../../../../shared/schemas/companies.ts';
import { api } from '../../../../api.ts';
import { FormFrame } from '../../../../ui/FormFrame.tsx';
import { TextAreaInput, TextInput } from '../../../../ui/fields.tsx';
import { Section } from '../../../../ui/Page.tsx';
import { Notice } from '../../../../ui/Status.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../ui/format.ts';
import { text, useForm } from '../../../../lib/form.ts';
import { type CompanyProfile, keys, paths } from '../../api.ts';
import { Disclosure } from '../../../../ui/Disclosure.tsx';
import { copenhagenToday } from '../../../../lib/today.ts';
import employersLists from '../../employers-lists.module.css';

type Props = { programmeId: string; company: CompanyProfile; canManage: boolean };

/** The partnership's log: what was agreed or happened, newest first. */
export function NotesSection({ programmeId, company, canManage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="notes" title={t('employers.company.sections.notes')}>
      {canManage && (
        <Disclosure title={t('employers.notes.addTitle')}>
          <AddNoteForm programmeId={programmeId} companyId={company.id} />
        </Disclosure>
      )}
      {company.notes.length === 0 ? (
        <p>{t('employers.notes.empty')}</p>
      ) : (
        <ol className={employersLists['emp-notes']}>
          {company.notes.map((n) => (
            <li key={n.id} className={employersLists['emp-note']}>
              <p className={employersLists['emp-note__meta']}>
                <time dateTime={n.notedOn}>{formatDate(n.notedOn, locale)}</time>
                {' · '}
                {n.author?.name ?? t('employers.notes.unknownAuthor')}
              </p>
              <p className={employersLists['emp-note__text']}>{n.text}</p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function AddNoteForm({ programmeId, companyId }: { programmeId: string; companyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState(false);
  const labels = { notedOn: t('employers.notes.date'), text: t('employers.notes.text') };
  const form = useForm({
    id: 'note',
    schema: createNoteBody,
    labels,
    read: (data) => ({ notedOn: text(data, 'notedOn') || undefined, text: text(data, 'text') }),
    submit: async (body, element) => {
      setAdded(false);
      await api.post(paths.notes(programmeId, companyId), body);
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      setAdded(true);
      element.reset();
    },
  });
  return (
    <>
      <Notice>{added ? t('employers.notes.added') : null}</Notice>
      <FormFrame form={form} submit={t('employers.notes.submit')}>
        <TextInput form={form} name="notedOn" type="date" label={labels.notedOn} defaultValue={copenhagenToday()} isRequired />
        <TextAreaInput form={form} name="text" label={labels.text} isRequired />
      </FormFrame>
    </>
  );
}
