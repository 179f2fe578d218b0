import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { totpCodeBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TotpCodeInput } from '../components/TotpCodeInput.tsx';
import { Page } from '../ui/Page.tsx';
import { text, useForm } from '../lib/form.ts';
import { useContinueLogin } from '../session.ts';
import { SubmitButton } from '../ui/SubmitButton.tsx';
import buttons from '../ui/buttons.module.css';
import forms from '../ui/forms.module.css';

export function TotpPage() {
  const { t } = useTranslation();
  const continueLogin = useContinueLogin();
  const form = useForm({
    id: 'totp',
    schema: totpCodeBody,
    labels: { code: t('fields.totpCode') },
    read: (data) => ({ code: text(data, 'code').replace(/\s+/g, '') }),
    codeFields: { totp_invalid: 'code' },
    submit: async (body) => {
      await api.post('/api/auth/totp/verify', body);
      await continueLogin('full');
    },
  });

  return (
    <Page title={t('totp.title')} lead={t('totp.lead')}>
      <Form className={forms.form} onSubmit={form.handleSubmit} validationBehavior="aria">
        <ErrorSummary form={form} />
        <TotpCodeInput form={form} />
        <div className={buttons['form-actions']}>
          <SubmitButton pending={form.pending}>{t('totp.submit')}</SubmitButton>
        </div>
      </Form>
    </Page>
  );
}
