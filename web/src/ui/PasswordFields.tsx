import { useTranslation } from 'react-i18next';
import type { FormController } from '../lib/form.ts';
import { TextInput } from './fields.tsx';

type Props = {
  form: FormController;
  /** The first field's label: "Adgangskode" on sign-up, "Ny adgangskode" on a reset. */
  label: string;
  /** The rule the password must meet, shown under the first field. */
  description?: string;
};

/**
 * A new password typed twice (`password` and `repeatPassword`), marked `new-password` so password
 * managers offer to generate and store it. Set-up, reset and the portal's sign-up all ask for it
 * the same way; the schema's `passwordsMatch` checks the pair.
 */
export function NewPasswordInputs({ form, label, description }: Props) {
  return (
    <>
      <TextInput
        form={form}
        name="password"
        type="password"
        label={label}
        description={description}
        autoComplete="new-password"
        isRequired
      />
      <RepeatPasswordField form={form} />
    </>
  );
}

/** The second half of `NewPasswordInputs`, for a form that asks for the first half its own way. */
export function RepeatPasswordField({ form }: { form: FormController }) {
  const { t } = useTranslation();
  return (
    <TextInput
      form={form}
      name="repeatPassword"
      type="password"
      label={t('fields.repeatPassword')}
      autoComplete="new-password"
      isRequired
    />
  );
}
