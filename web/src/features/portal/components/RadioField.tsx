import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { FormController } from '../../../lib/form.ts';

type RadioFieldProps = {
  form: FormController;
  name: string;
  label: string;
  description?: string;
  options: { value: string; label: string }[];
};

/**
 * A short list of choices as radio buttons: on a phone every option is visible and a large touch
 * target, where a select would hide them behind a popover (DKFDS prefers radios under ~7 options).
 * Same label, hint and error order as the shared fields.
 */
export function RadioField({ form, name, label, description, options }: RadioFieldProps) {
  const error = form.fieldErrors[name];
  return (
    <RadioGroup id={form.fieldId(name)} name={name} isInvalid={Boolean(error)} validationBehavior="aria" className="field portal-radios">
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="portal-radio">
          <span className="portal-radio__dot" aria-hidden="true" />
          {option.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}
