import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { email } from '../../../../../shared/schemas/common.ts';
import { username } from '../../../../../shared/schemas/portal.ts';
import { ApiError } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { TextInput } from '../../../ui/fields.tsx';
import { NewPasswordInputs } from '../../../ui/PasswordFields.tsx';
import { Page } from '../../../ui/Page.tsx';
import { Loading } from '../../../ui/Status.tsx';
import { applyLocale, storedLocale } from '../../../i18n/index.ts';
import { type FormController, text, useForm } from '../../../lib/form.ts';
import { mismatch, newPasswordFields, passwordsMatch } from '../../../lib/schemas.ts';
import { meQuery } from '../../../queries.ts';
import { forgetEarlierUser, useContinueLogin } from '../../../session.ts';
import { portalApi } from '../api.ts';
import portal from '../portal.module.css';
import layout from '../../../ui/layout.module.css';

/** 8 characters once dashes and spaces are gone; the server decides whether the code is real. */
const code = z
  .string()
  .trim()
  .min(1)
  .refine((v) => v.replace(/[\s-]/g, '').length === 8, { error: 'portal_code_format' });
const newAccountForm = z.object({ code, username, email: email.optional(), ...newPasswordFields }).refine(passwordsMatch, mismatch);
const linkForm = z.object({ code });

/**
 * The redeem endpoint's own errors, worded for someone holding a code rather than for staff (the
 * shared `errors.*` texts are written for coordinators). Anything else falls back to the shared
 * mapping: rate limits, a too-short password, network trouble.
 */
function redeemError(t: TFunction, error: unknown): { fields?: Record<string, string>; general?: string[] } | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'portal_code_invalid') return { fields: { code: t('portal.redeem.errors.codeInvalid') } };
  if (error.code === 'portal_already_linked') return { general: [t('portal.redeem.errors.alreadyLinked')] };
  if (error.code === 'conflict') {
    const field = (error.details as { field?: unknown } | undefined)?.field;
    if (field === 'username') return { fields: { username: t('portal.redeem.errors.usernameTaken') } };
    if (field === 'email') return { fields: { email: t('portal.redeem.errors.emailTaken') } };
  }
  return undefined;
}

/**
 * After redeeming, the new session is loaded before navigating (so the route guard sees it), the
 * server's language applies unless this device chose one, and the person lands on their own page.
 */
function useFinishRedeem() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const continueLogin = useContinueLogin();
  return async (stage: 'full' | 'totp_required' | 'totp_setup_required', linked: boolean) => {
    if (stage !== 'full') return continueLogin(stage);
    const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    await forgetEarlierUser(queryClient);
    if (me && !storedLocale()) await applyLocale(me.user.locale, false);
    await navigate({ to: '/mig', search: { notice: linked ? 'linked' : 'welcome' } });
  };
}

/**
 * `/kode`: a youth (or guardian) turns the code from their coordinator into a login of their own.
 * Someone already logged in (a guardian with a second child) only types the code.
 */
export function RedeemPage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  if (me.isPending) {
    return (
      <Page title={t('portal.redeem.title')}>
        <Loading />
      </Page>
    );
  }
  const loggedIn = me.data?.stage === 'full' ? me.data : null;
  return (
    <Page
      title={t('portal.redeem.title')}
      lead={loggedIn ? t('portal.redeem.linkLead', { name: loggedIn.user.name }) : t('portal.redeem.lead')}
    >
      {loggedIn ? <LinkForm /> : <NewAccountForm />}
    </Page>
  );
}

function CodeField({ form }: { form: FormController }) {
  const { t } = useTranslation();
  return (
    <TextInput
      form={form}
      name="code"
      label={t('portal.redeem.code')}
      description={t('portal.redeem.codeHint')}
      autoComplete="off"
      maxLength={12}
      width="medium"
      isRequired
    />
  );
}

function NewAccountForm() {
  const { t } = useTranslation();
  const finish = useFinishRedeem();
  const form = useForm({
    id: 'redeem',
    schema: newAccountForm,
    labels: {
      code: t('portal.redeem.code'),
      username: t('portal.redeem.username'),
      email: t('portal.redeem.email'),
      password: t('fields.password'),
      repeatPassword: t('fields.repeatPassword'),
    },
    read: (data) => ({
      code: text(data, 'code'),
      username: text(data, 'username'),
      email: text(data, 'email').trim() === '' ? undefined : text(data, 'email'),
      password: text(data, 'password'),
      repeatPassword: text(data, 'repeatPassword'),
    }),
    mapError: (error) => redeemError(t, error),
    submit: async ({ code, username, email, password }) => {
      const { stage } = await portalApi.redeem({ code, username, email, password });
      await finish(stage, false);
    },
  });
  return (
    <>
      <FormFrame form={form} submit={t('portal.redeem.submit')}>
        <CodeField form={form} />
        <TextInput
          form={form}
          name="username"
          label={t('portal.redeem.username')}
          description={t('portal.redeem.usernameHint')}
          autoComplete="username"
          maxLength={40}
          isRequired
        />
        <TextInput
          form={form}
          name="email"
          type="email"
          label={t('portal.redeem.email')}
          description={t('portal.redeem.emailHint')}
          autoComplete="email"
          inputMode="email"
        />
        <NewPasswordInputs form={form} label={t('fields.password')} description={t('portal.redeem.passwordHint')} />
        <p className={portal['portal-note']}>{t('portal.redeem.accept')}</p>
      </FormFrame>
      <p className={layout['after-form']}>
        {t('portal.redeem.haveLogin')} <Link to="/login">{t('portal.redeem.goToLogin')}</Link>
      </p>
    </>
  );
}

function LinkForm() {
  const { t } = useTranslation();
  const finish = useFinishRedeem();
  const form = useForm({
    id: 'redeem',
    schema: linkForm,
    labels: { code: t('portal.redeem.code') },
    read: (data) => ({ code: text(data, 'code') }),
    mapError: (error) => redeemError(t, error),
    submit: async ({ code }) => {
      const { stage } = await portalApi.redeem({ code });
      await finish(stage, true);
    },
  });
  return (
    <FormFrame form={form} submit={t('portal.redeem.submitLink')}>
      <CodeField form={form} />
    </FormFrame>
  );
}
