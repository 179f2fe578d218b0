import { useTranslation } from 'react-i18next';
import { totpCodeBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { TotpCodeInput } from '../components/TotpCodeInput.tsx';
import { Page } from '../ui/Page.tsx';
import { text, useForm } from '../lib/form.ts';
import { useContinueLogin } from '../session.ts';

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
      <FormFrame form={form} submit={t('totp.submit')}>
        <TotpCodeInput form={form} />
      </FormFrame>
    </Page>
  );
}
