import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordResetRequestBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { TextInput } from '../ui/fields.tsx';
import { Page } from '../ui/Page.tsx';
import { Notice } from '../ui/Status.tsx';
import { text, useForm } from '../lib/form.ts';
import layout from '../ui/layout.module.css';

export function PasswordResetRequestPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    id: 'reset-request',
    schema: passwordResetRequestBody,
    labels: { email: t('fields.email') },
    read: (data) => ({ email: text(data, 'email') }),
    submit: async (body, element) => {
      setSentTo(null);
      await api.post('/api/auth/password-reset/request', body);
      setSentTo(body.email);
      element.reset();
    },
  });

  return (
    <Page title={t('passwordReset.requestTitle')} lead={t('passwordReset.requestLead')}>
      <Notice>{sentTo ? t('passwordReset.sent', { email: sentTo }) : null}</Notice>
      <FormFrame form={form} submit={t('passwordReset.requestSubmit')}>
        <TextInput form={form} name="email" type="email" label={t('fields.email')} autoComplete="email" isRequired />
      </FormFrame>
      <p className={layout['after-form']}>
        <Link to="/login">{t('passwordReset.backToLogin')}</Link>
      </p>
    </Page>
  );
}
