import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addContactBody } from '../../../../../../shared/schemas/companies.ts';
import { api } from '../../../../api.ts';
import { FormFrame } from '../../../../ui/FormFrame.tsx';
import { TextInput } from '../../../../ui/fields.tsx';
import { Section } from '../../../../ui/Page.tsx';
import { Notice } from '../../../../ui/Status.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../ui/format.ts';
import { text, useForm } from '../../../../lib/form.ts';
import { type CompanyProfile, keys, paths } from '../../api.ts';
import { Disclosure } from '../../../../ui/Disclosure.tsx';
import { cx } from '../../../../ui/cx.ts';
import employers from '../../employers.module.css';
import employersLists from '../../employers-lists.module.css';
import forms from '../../../../ui/forms.module.css';
import layout from '../../../../ui/layout.module.css';

type Props = { programmeId: string; company: CompanyProfile; canManage: boolean };

/** Employer contacts are users with the employer_contact role for this company's organisation. */
export function ContactsSection({ programmeId, company, canManage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const none = company.contacts.length === 0 && company.pendingContacts.length === 0;
  return (
    <Section id="contacts" title={t('employers.company.sections.contacts')}>
      {none && <p>{t('employers.contacts.empty')}</p>}
      {company.contacts.length > 0 && (
        <ul className={employersLists['emp-person-list']}>
          {company.contacts.map((c) => (
            <li key={c.userId} className={employersLists['emp-person-list__item']}>
              <span className={employersLists['emp-person-list__name']}>{c.name}</span>
              <a href={`mailto:${c.email}`} className={layout.break}>
                {c.email}
              </a>
            </li>
          ))}
        </ul>
      )}
      {company.pendingContacts.length > 0 && (
        <>
          <h3 className={employers['emp-subheading']}>{t('employers.contacts.pendingTitle')}</h3>
          <ul className={employersLists['emp-person-list']}>
            {company.pendingContacts.map((p) => (
              <li key={p.invitationId} className={employersLists['emp-person-list__item']}>
                <span className={cx(employersLists['emp-person-list__name'], layout.break)}>{p.email}</span>
                <span className={layout.muted}>
                  {t('employers.contacts.expires', { when: formatDateTime(p.expiresAt, locale, false) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {canManage && (
        <Disclosure title={t('employers.contacts.inviteTitle')}>
          <InviteContactForm programmeId={programmeId} companyId={company.id} />
        </Disclosure>
      )}
    </Section>
  );
}

function InviteContactForm({ programmeId, companyId }: { programmeId: string; companyId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    id: 'contact',
    schema: addContactBody,
    labels: { email: t('fields.email') },
    read: (data) => ({ email: text(data, 'email') }),
    codeFields: { invitation_exists: 'email' },
    submit: async (body, element) => {
      setSentTo(null);
      await api.post(paths.contacts(programmeId, companyId), body);
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      setSentTo(body.email);
      element.reset();
    },
  });
  return (
    <>
      <p className={forms.subform__lead}>{t('employers.contacts.inviteLead')}</p>
      <Notice>{sentTo ? t('employers.contacts.sent', { email: sentTo }) : null}</Notice>
      <FormFrame form={form} submit={t('employers.contacts.inviteSubmit')}>
        <TextInput form={form} name="email" type="email" label={t('fields.email')} autoComplete="off" isRequired />
      </FormFrame>
    </>
  );
}
