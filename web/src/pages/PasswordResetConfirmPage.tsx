import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { passwordResetConfirmBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { NewPasswordInputs } from '../ui/PasswordFields.tsx';
import { Page } from '../ui/Page.tsx';
import { text, useForm } from '../lib/form.ts';
import { mismatch, newPasswordFields, passwordsMatch } from '../lib/schemas.ts';
import layout from '../ui/layout.module.css';

const confirmForm = passwordResetConfirmBody.extend(newPasswordFields).refine(passwordsMatch, mismatch);

export function PasswordResetConfirmPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({
    id: 'reset',
    schema: confirmForm,
    labels: { password: t('fields.newPassword'), repeatPassword: t('fields.repeatPassword') },
    read: (data) => ({ token, password: text(data, 'password'), repeatPassword: text(data, 'repeatPassword') }),
    codeFields: { password_too_short: 'password' },
    submit: async ({ repeatPassword: _, ...body }) => {
      await api.post('/api/auth/password-reset/confirm', body);
      await navigate({ to: '/login', search: { notice: 'password_changed' } });
    },
  });

  return (
    <Page title={t('passwordReset.confirmTitle')} lead={t('passwordReset.confirmLead')}>
      <FormFrame form={form} submit={t('passwordReset.confirmSubmit')}>
        <NewPasswordInputs form={form} label={t('fields.newPassword')} description={t('fields.passwordHint')} />
      </FormFrame>
      <p className={layout['after-form']}>
        <Link to="/password-reset">{t('passwordReset.requestNew')}</Link>
      </p>
    </Page>
  );
}
