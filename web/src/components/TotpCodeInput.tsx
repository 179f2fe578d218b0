import { useTranslation } from 'react-i18next';
import type { FormController } from '../lib/form.ts';
import { NumberInput } from '../ui/fields.tsx';

/** The six-digit code field; `one-time-code` lets phones offer the code from the authenticator. */
export function TotpCodeInput({ form }: { form: FormController }) {
  const { t } = useTranslation();
  return (
    <NumberInput
      form={form}
      name="code"
      label={t('fields.totpCode')}
      description={t('fields.totpCodeHint')}
      autoComplete="one-time-code"
      maxLength={7}
      isRequired
    />
  );
}
