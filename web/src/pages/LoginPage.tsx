import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type LoginStage, loginBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextInput } from '../ui/fields.tsx';
import { Page } from '../ui/Page.tsx';
import { Notice } from '../ui/Status.tsx';
import { text, useForm } from '../lib/form.ts';
import { setupStatusQuery } from '../queries.ts';
import { useContinueLogin } from '../session.ts';
import { SubmitButton } from '../ui/SubmitButton.tsx';

export function LoginPage({ notice }: { notice?: 'setup_done' | 'password_changed' }) {
  const { t } = useTranslation();
  const continueLogin = useContinueLogin();
  const setup = useQuery(setupStatusQuery);
  const form = useForm({
    id: 'login',
    schema: loginBody,
    labels: { email: t('login.emailOrUsername'), password: t('fields.password') },
    read: (data) => ({ email: text(data, 'email'), password: text(data, 'password') }),
    submit: async (body) => {
      const { stage } = await api.post<{ stage: LoginStage }>('/api/auth/login', body);
      await continueLogin(stage);
    },
  });

  return (
    <Page title={t('login.title')} lead={t('login.lead')}>
      <Notice>{notice ? t(`login.notice.${notice}`) : null}</Notice>
      {setup.data?.needed && (
        <div className="alert alert--info">
          <p>{t('login.setupNeeded')}</p>
        </div>
      )}
      <Form className="form" onSubmit={form.handleSubmit} validationBehavior="aria">
        <ErrorSummary form={form} />
        {/* Portal accounts log in with a login name: youth often have no e-mail. */}
        <TextInput form={form} name="email" label={t('login.emailOrUsername')} autoComplete="username" isRequired />
        <TextInput form={form} name="password" type="password" label={t('fields.password')} autoComplete="current-password" isRequired />
        <div className="form-actions">
          <SubmitButton pending={form.pending}>{t('login.submit')}</SubmitButton>
        </div>
      </Form>
      <ul className="link-list link-list--spaced after-form">
        <li>
          <Link to="/password-reset">{t('login.forgotPassword')}</Link>
        </li>
        <li>
          <Link to="/kode">{t('portal.login.haveCode')}</Link>
        </li>
      </ul>
    </Page>
  );
}
