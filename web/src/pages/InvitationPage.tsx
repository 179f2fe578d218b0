import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { LoginStage } from '../../../shared/schemas/auth.ts';
import { acceptInvitationBody, type invitationLookupResponse } from '../../../shared/schemas/invitations.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { TextInput } from '../ui/fields.tsx';
import { RepeatPasswordField } from '../ui/PasswordFields.tsx';
import { Page } from '../ui/Page.tsx';
import { Loading } from '../ui/Status.tsx';
import { errorMessage } from '../lib/errors.ts';
import { text, useForm } from '../lib/form.ts';
import { mismatch, newPasswordFields, passwordsMatch } from '../lib/schemas.ts';
import { useContinueLogin } from '../session.ts';
import alerts from '../ui/alerts.module.css';
import cards from '../ui/cards.module.css';
import { cx } from '../ui/cx.ts';

type Lookup = z.infer<typeof invitationLookupResponse>;

const newUserForm = z
  .object({ token: acceptInvitationBody.shape.token, name: acceptInvitationBody.shape.name.unwrap(), ...newPasswordFields })
  .refine(passwordsMatch, mismatch);
const existingUserForm = z.object({ token: acceptInvitationBody.shape.token, password: z.string().min(1).max(256) });

export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const lookup = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<Lookup>('/api/invitations/lookup', { token }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (lookup.isPending) {
    return (
      <Page title={t('invitation.title')}>
        <Loading />
      </Page>
    );
  }
  if (lookup.isError) {
    return (
      <Page title={t('invitation.invalidTitle')}>
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{errorMessage(t, lookup.error)}</p>
        </div>
        <p>{t('invitation.invalidHelp')}</p>
        <p>
          <Link to="/login">{t('setup.goToLogin')}</Link>
        </p>
      </Page>
    );
  }
  return <AcceptForm token={token} invitation={lookup.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: Lookup }) {
  const { t } = useTranslation();
  const continueLogin = useContinueLogin();
  const existing = invitation.existingUser;
  const form = useForm({
    id: 'invitation',
    schema: existing ? existingUserForm : newUserForm,
    labels: existing
      ? { password: t('fields.password') }
      : { name: t('fields.name'), password: t('fields.password'), repeatPassword: t('fields.repeatPassword') },
    read: (data) => ({
      token,
      name: text(data, 'name'),
      password: text(data, 'password'),
      repeatPassword: text(data, 'repeatPassword'),
    }),
    codeFields: { password_too_short: 'password', invalid_credentials: 'password' },
    submit: async (value) => {
      // An existing account keeps its name, so only a new one sends it.
      const name = 'name' in value ? value.name : undefined;
      const { stage } = await api.post<{ stage: LoginStage }>('/api/invitations/accept', { token, name, password: value.password });
      await continueLogin(stage);
    },
  });

  return (
    <Page title={t('invitation.title')}>
      <div className={cards['summary-box']}>
        <p>{t('invitation.invitedTo', { programme: invitation.programmeName, role: t(`roles.${invitation.role}`) })}</p>
        <dl className={cards.facts}>
          <dt>{t('fields.email')}</dt>
          <dd>{invitation.email}</dd>
        </dl>
      </div>
      <p>{existing ? t('invitation.existingLead') : t('invitation.newLead')}</p>
      <FormFrame form={form} submit={existing ? t('invitation.submitExisting') : t('invitation.submit')}>
        {/* Lets password managers store the new credentials under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={invitation.email} readOnly />
        {!existing && <TextInput form={form} name="name" label={t('fields.name')} autoComplete="name" isRequired />}
        <TextInput
          form={form}
          name="password"
          type="password"
          label={t('fields.password')}
          description={existing ? undefined : t('fields.passwordHint')}
          autoComplete={existing ? 'current-password' : 'new-password'}
          isRequired
        />
        {!existing && <RepeatPasswordField form={form} />}
      </FormFrame>
    </Page>
  );
}
