import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type LoginStage, loginBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { TextInput } from '../ui/fields.tsx';
import { Page } from '../ui/Page.tsx';
import { Notice } from '../ui/Status.tsx';
import { text, useForm } from '../lib/form.ts';
import { setupStatusQuery } from '../queries.ts';
import { useContinueLogin } from '../session.ts';
import alerts from '../ui/alerts.module.css';
import cards from '../ui/cards.module.css';
import { cx } from '../ui/cx.ts';
import layout from '../ui/layout.module.css';

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
        <div className={cx(alerts.alert, 'alert--info')}>
          <p>{t('login.setupNeeded')}</p>
        </div>
      )}
      <FormFrame form={form} submit={t('login.submit')}>
        {/* Portal accounts log in with a login name: youth often have no e-mail. */}
        <TextInput form={form} name="email" label={t('login.emailOrUsername')} autoComplete="username" isRequired />
        <TextInput form={form} name="password" type="password" label={t('fields.password')} autoComplete="current-password" isRequired />
      </FormFrame>
      <ul className={cx(cards['link-list'], cards['link-list--spaced'], layout['after-form'])}>
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
