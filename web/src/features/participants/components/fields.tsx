import {
  Checkbox,
  CheckboxGroup,
  FieldError,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import type { FormController } from '../../../lib/form.ts';

/**
 * Field types the shared `components/fields.tsx` does not have yet (long text, radios, a single
 * checkbox, checkbox lists with initial values), in the same DKFDS order: label, hint, error, input.
 */
function Chrome(props: { label: string; description?: string; error?: string }) {
  return (
    <>
      <Label className="field__label">{props.label}</Label>
      {props.description && (
        <Text slot="description" className="field__hint">
          {props.description}
        </Text>
      )}
      <FieldError className="field__error">{props.error}</FieldError>
    </>
  );
}

function CheckMark() {
  return (
    <span className="checkbox__box" aria-hidden="true">
      <svg viewBox="0 0 18 18">
        <polyline points="3 9.5 7 13.5 15 4.5" />
      </svg>
    </span>
  );
}

export function TextAreaInput(props: {
  form: FormController;
  name: string;
  label: string;
  description?: string;
  defaultValue?: string;
  maxLength?: number;
  rows?: number;
  isRequired?: boolean;
}) {
  const error = props.form.fieldErrors[props.name];
  return (
    <TextField
      id={props.form.fieldId(props.name)}
      name={props.name}
      defaultValue={props.defaultValue}
      maxLength={props.maxLength}
      isRequired={props.isRequired}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className="field"
    >
      <Chrome label={props.label} description={props.description} error={error} />
      <TextArea className="input textarea" rows={props.rows ?? 3} />
    </TextField>
  );
}

export function RadioChoice(props: {
  form: FormController;
  name: string;
  label: string;
  description?: string;
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  isRequired?: boolean;
  orientation?: 'horizontal' | 'vertical';
}) {
  const error = props.form.fieldErrors[props.name];
  return (
    <RadioGroup
      id={props.form.fieldId(props.name)}
      name={props.name}
      defaultValue={props.defaultValue}
      value={props.value}
      onChange={props.onChange}
      isRequired={props.isRequired}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      orientation={props.orientation ?? 'vertical'}
      className={`field radio-group${props.orientation === 'horizontal' ? ' radio-group--inline' : ''}`}
    >
      <Chrome label={props.label} description={props.description} error={error} />
      <div className="radio-group__options">
        {props.options.map((o) => (
          <Radio key={o.value} value={o.value} className="radio">
            <span className="radio__dot" aria-hidden="true" />
            <span>
              {o.label}
              {o.hint && <span className="radio__hint">{o.hint}</span>}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** One yes/no checkbox; the form submits `value` ('true') when it is ticked. */
export function CheckboxField(props: {
  form: FormController;
  name: string;
  label: string;
  description?: string;
  defaultSelected?: boolean;
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
}) {
  const error = props.form.fieldErrors[props.name];
  return (
    <div className="field" id={props.form.fieldId(props.name)} data-invalid={error ? true : undefined}>
      {error && <p className="field__error">{error}</p>}
      <Checkbox
        name={props.name}
        value="true"
        defaultSelected={props.defaultSelected}
        isSelected={props.isSelected}
        onChange={props.onChange}
        isInvalid={Boolean(error)}
        className="checkbox"
      >
        <CheckMark />
        {props.label}
      </Checkbox>
      {props.description && <p className="field__hint checkbox__hint">{props.description}</p>}
    </div>
  );
}

/** A group of checkboxes with initial values, submitted as repeated values under one name. */
export function CheckboxList(props: {
  form: FormController;
  name: string;
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  defaultValue?: string[];
  columns?: boolean;
}) {
  const error = props.form.fieldErrors[props.name];
  return (
    <CheckboxGroup
      id={props.form.fieldId(props.name)}
      name={props.name}
      defaultValue={props.defaultValue}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className="field checkbox-group"
    >
      <Chrome label={props.label} description={props.description} error={error} />
      <div className={props.columns ? 'checkbox-columns' : undefined}>
        {props.options.map((o) => (
          <Checkbox key={o.value} value={o.value} className="checkbox">
            <CheckMark />
            {o.label}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
