import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { setupBody } from '../../../shared/schemas/setup.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { TextInput } from '../ui/fields.tsx';
import { NewPasswordInputs } from '../ui/PasswordFields.tsx';
import { Page } from '../ui/Page.tsx';
import { QueryStatus } from '../ui/Status.tsx';
import { text, useForm } from '../lib/form.ts';
import { mismatch, newPasswordFields, passwordsMatch } from '../lib/schemas.ts';
import { setupStatusQuery } from '../queries.ts';
import alerts from '../ui/alerts.module.css';
import { cx } from '../ui/cx.ts';

const setupForm = setupBody.extend(newPasswordFields).refine(passwordsMatch, mismatch);

/** First run: the token printed by the server proves the visitor operates this installation. */
export function SetupPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery(setupStatusQuery);
  const form = useForm({
    id: 'setup',
    schema: setupForm,
    labels: {
      name: t('fields.name'),
      email: t('fields.email'),
      password: t('fields.password'),
      repeatPassword: t('fields.repeatPassword'),
    },
    read: (data) => ({
      token,
      name: text(data, 'name'),
      email: text(data, 'email'),
      password: text(data, 'password'),
      repeatPassword: text(data, 'repeatPassword'),
    }),
    codeFields: { password_too_short: 'password' },
    submit: async ({ repeatPassword: _, ...body }) => {
      await api.post('/api/setup', body);
      await queryClient.invalidateQueries({ queryKey: setupStatusQuery.queryKey });
      await navigate({ to: '/login', search: { notice: 'setup_done' } });
    },
  });

  return (
    <Page title={t('setup.title')} lead={t('setup.lead')}>
      <QueryStatus query={status} />
      {status.data && !status.data.needed && (
        <div className={cx(alerts.alert, 'alert--info')}>
          <p>{t('setup.notNeeded')}</p>
          <p>
            <Link to="/login">{t('setup.goToLogin')}</Link>
          </p>
        </div>
      )}
      {status.data?.needed && (
        <FormFrame form={form} submit={t('setup.submit')}>
          <TextInput form={form} name="name" label={t('fields.name')} autoComplete="name" isRequired />
          <TextInput form={form} name="email" type="email" label={t('fields.email')} autoComplete="email" isRequired />
          <NewPasswordInputs form={form} label={t('fields.password')} description={t('fields.passwordHint')} />
        </FormFrame>
      )}
    </Page>
  );
}
