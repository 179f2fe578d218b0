import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvitationBody } from '../../../../shared/schemas/invitations.ts';
import { invitableRoles } from '../../access.ts';
import { api } from '../../api.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../ui/format.ts';
import { text, useForm } from '../../lib/form.ts';
import { chosen, NO_VALUE } from '../../lib/schemas.ts';
import { type Invitation, invitationsQuery, type Programme } from '../../queries.ts';
import { FormFrame } from '../../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../../ui/fields.tsx';
import { Section } from '../../ui/Page.tsx';
import { useSession } from '../SessionContext.tsx';
import { Notice, QueryStatus } from '../../ui/Status.tsx';
import { Table } from '../../ui/Table.tsx';
import alerts from '../../ui/alerts.module.css';
import { cx } from '../../ui/cx.ts';
import forms from '../../ui/forms.module.css';
import layout from '../../ui/layout.module.css';

function invitationStatus(invitation: Invitation): 'accepted' | 'expired' | 'pending' {
  if (invitation.acceptedAt) return 'accepted';
  return new Date(invitation.expiresAt).getTime() < Date.now() ? 'expired' : 'pending';
}

export function InvitationsSection({ programme, canInvite }: { programme: Programme; canInvite: boolean }) {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery(programme.id));
  const locale = currentLocale();
  return (
    <Section title={t('invitations.title')} id="invitations">
      <QueryStatus query={invitations} />
      {invitations.data && invitations.data.invitations.length === 0 && <p>{t('invitations.empty')}</p>}
      {invitations.data && invitations.data.invitations.length > 0 && (
        <Table caption={t('invitations.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.role')}</th>
              <th scope="col">{t('invitations.expires')}</th>
              <th scope="col">{t('invitations.status')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.invitations.map((inv) => {
              const status = invitationStatus(inv);
              return (
                <tr key={inv.id}>
                  <td className={layout.break}>{inv.email}</td>
                  <td>{t(`roles.${inv.role}`)}</td>
                  <td>{formatDateTime(inv.expiresAt, locale, false)}</td>
                  <td>
                    <span className={cx(alerts.badge, alerts[`badge--${status}`])}>{t(`invitations.statuses.${status}`)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {canInvite && <InviteForm programme={programme} />}
    </Section>
  );
}

function InviteForm({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const roles = invitableRoles(me, programme.id);
  const form = useForm({
    id: 'invite',
    schema: createInvitationBody,
    labels: { email: t('fields.email'), role: t('fields.role'), organisationId: t('fields.organisation') },
    read: (data) => ({
      email: text(data, 'email'),
      role: chosen(text(data, 'role')),
      organisationId: chosen(text(data, 'organisationId')) ?? null,
    }),
    codeFields: { invitation_exists: 'email' },
    submit: async (body, element) => {
      setSentTo(null);
      const created = await api.post<Invitation>(`/api/programmes/${encodeURIComponent(programme.id)}/invitations`, body);
      await queryClient.invalidateQueries({ queryKey: invitationsQuery(programme.id).queryKey });
      setSentTo(created.email);
      element.reset();
    },
  });

  if (roles.length === 0) return null;
  return (
    <div className={forms.subform}>
      <h3 className="subform__title">{t('invitations.formTitle')}</h3>
      <p className={forms.subform__lead}>{t('invitations.formLead')}</p>
      <Notice>{sentTo ? t('invitations.sent', { email: sentTo }) : null}</Notice>
      <FormFrame form={form} submit={t('invitations.submit')}>
        <TextInput form={form} name="email" type="email" label={t('fields.email')} autoComplete="off" isRequired />
        <SelectInput
          form={form}
          name="role"
          label={t('fields.role')}
          placeholder={t('invitations.chooseRole')}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          isRequired
        />
        {programme.partners.length > 0 && (
          <SelectInput
            form={form}
            name="organisationId"
            label={t('fields.organisation')}
            description={t('fields.organisationHint')}
            defaultValue={NO_VALUE}
            options={[
              { value: NO_VALUE, label: t('invitations.noOrganisation') },
              ...programme.partners.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        )}
      </FormFrame>
    </div>
  );
}
