import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import type { FormController } from '../lib/form.ts';
import forms from '../ui/forms.module.css';
import choices from '../ui/choices.module.css';
import { cx } from '../ui/cx.ts';

/**
 * Label, hint and error in DKFDS order (the error sits between label and input). Rendered inside
 * a React Aria field, which wires the ids for aria-labelledby and aria-describedby.
 */
export function FieldChrome(props: { label: string; description?: string; error?: string }) {
  return (
    <>
      <Label className={forms.field__label}>{props.label}</Label>
      {props.description && (
        <Text slot="description" className={forms.field__hint}>
          {props.description}
        </Text>
      )}
      <FieldError className={forms.field__error}>{props.error}</FieldError>
    </>
  );
}

/** What every field takes: the form it reports to, its submitted name, and its visible label and hint. */
export type FieldBase = {
  form: FormController;
  name: string;
  label: string;
  description?: string;
};

/**
 * The props every React Aria field root shares: the id the error summary links to, the submitted
 * name, and the invalid state from the form's server or client errors (shown, not blocking).
 */
export function fieldRoot(form: FormController, name: string) {
  return { id: form.fieldId(name), name, isInvalid: Boolean(form.fieldErrors[name]), validationBehavior: 'aria' as const };
}

/** The drawn tick of a checkbox; the box itself is styled by `.checkbox__box`. */
export function CheckMark() {
  return (
    <span className={choices.checkbox__box} aria-hidden="true">
      <svg viewBox="0 0 18 18">
        <polyline points="3 9.5 7 13.5 15 4.5" />
      </svg>
    </span>
  );
}

type TextInputProps = FieldBase & {
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'time' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  isRequired?: boolean;
  defaultValue?: string;
  /** Controlled value, for fields whose value other fields derive from or set. */
  value?: string;
  onChange?: (value: string) => void;
  maxLength?: number;
  /** Narrow inputs for short values such as postal codes and one-time codes. */
  width?: 'short' | 'medium';
  pattern?: string;
};

/** A labelled text input whose error sits between label and input, as in DKFDS. */
export function TextInput(props: TextInputProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <TextField
      {...fieldRoot(form, name)}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      isRequired={props.isRequired}
      defaultValue={props.defaultValue}
      value={props.value}
      onChange={props.onChange}
      maxLength={props.maxLength}
      pattern={props.pattern}
      className={forms.field}
    >
      <FieldChrome label={props.label} description={props.description} error={error} />
      <Input className={cx(forms.input, props.width ? forms[`input--${props.width}`] : undefined)} />
    </TextField>
  );
}

/**
 * A short field typed on the phone's number pad (with a decimal key for `decimals`): counts,
 * amounts, one-time codes. Submitted as text, so the form's schema reads "12,5" the Danish way.
 */
export function NumberInput({ decimals, ...props }: Omit<TextInputProps, 'type' | 'width' | 'inputMode'> & { decimals?: boolean }) {
  return <TextInput {...props} inputMode={decimals ? 'decimal' : 'numeric'} width="short" />;
}

type SelectInputProps = FieldBase & {
  options: { value: string; label: string }[];
  /** Shown while nothing is chosen; the field then submits ''. */
  placeholder?: string;
  defaultValue?: string;
  isRequired?: boolean;
  /** Called with the chosen option's value, for forms that change with the choice. */
  onChange?: (value: string) => void;
};

/**
 * React Aria's Select: a button that opens a listbox, labelled "<value> <label>", with a hidden
 * native select inside so the choice is submitted with the form like any other field.
 */
export function SelectInput(props: SelectInputProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <Select
      {...fieldRoot(form, name)}
      placeholder={props.placeholder}
      defaultValue={props.defaultValue || null}
      onSelectionChange={props.onChange ? (key) => props.onChange?.(key === null ? '' : String(key)) : undefined}
      isRequired={props.isRequired}
      className={forms.field}
    >
      <FieldChrome label={props.label} description={props.description} error={error} />
      <Button className={cx(forms.input, forms['select-trigger'])}>
        <SelectValue className={forms['select-trigger__value']} />
        <svg className={forms['select-trigger__icon']} viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 6l5 5 5-5" />
        </svg>
      </Button>
      <Popover className={forms['select-popover']} placement="bottom start">
        <ListBox className={forms.listbox}>
          {props.options.map((option) => (
            <ListBoxItem key={option.value} id={option.value} textValue={option.label} className={forms.listbox__item}>
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

type CheckboxesProps = FieldBase & {
  options: { value: string; label: string }[];
  defaultValue?: string[];
  /** Lay long lists (work areas, data categories) out in columns on wide screens. */
  columns?: boolean;
};

/** A group of checkboxes submitted as repeated form values under one name. */
export function Checkboxes(props: CheckboxesProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <CheckboxGroup {...fieldRoot(form, name)} defaultValue={props.defaultValue} className={cx(forms.field, choices['checkbox-group'])}>
      <FieldChrome label={props.label} description={props.description} error={error} />
      <div className={props.columns ? choices['checkbox-columns'] : undefined}>
        {props.options.map((option) => (
          <Checkbox key={option.value} value={option.value} className={choices.checkbox}>
            <CheckMark />
            {option.label}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

type TextAreaInputProps = FieldBase & {
  isRequired?: boolean;
  defaultValue?: string;
  maxLength?: number;
  rows?: number;
};

/** A multi-line text field with the same label, hint and error chrome as `TextInput`. */
export function TextAreaInput(props: TextAreaInputProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <TextField
      {...fieldRoot(form, name)}
      isRequired={props.isRequired}
      defaultValue={props.defaultValue}
      maxLength={props.maxLength}
      className={forms.field}
    >
      <FieldChrome label={props.label} description={props.description} error={error} />
      <TextArea className={cx(forms.input, forms.textarea)} rows={props.rows ?? 4} />
    </TextField>
  );
}

type CheckboxFieldProps = FieldBase & {
  defaultSelected?: boolean;
  /** Controlled state, for a checkbox that shows or hides other fields. */
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
};

/** One yes/no checkbox, submitted as `name=true` when ticked (read it with `data.has(name)`). */
export function CheckboxField(props: CheckboxFieldProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <div className={forms.field}>
      <Checkbox
        id={form.fieldId(name)}
        name={name}
        value="true"
        defaultSelected={props.defaultSelected}
        isSelected={props.isSelected}
        onChange={props.onChange}
        isInvalid={Boolean(error)}
        className={choices.checkbox}
        aria-describedby={props.description ? `${form.fieldId(name)}-hint` : undefined}
      >
        <CheckMark />
        {props.label}
      </Checkbox>
      {props.description && (
        <p id={`${form.fieldId(name)}-hint`} className={cx(forms.field__hint, choices.checkbox__hint)}>
          {props.description}
        </p>
      )}
      {error && <p className={forms.field__error}>{error}</p>}
    </div>
  );
}

type RadioChoiceProps = FieldBase & {
  options: { value: string; label: string; hint?: string }[];
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  isRequired?: boolean;
  orientation?: 'horizontal' | 'vertical';
};

/**
 * A short list of choices as radio buttons: every option stays visible and is a large touch
 * target on a phone, where a select would hide them (DKFDS prefers radios under ~7 options).
 */
export function RadioChoice(props: RadioChoiceProps) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <RadioGroup
      {...fieldRoot(form, name)}
      defaultValue={props.defaultValue}
      value={props.value}
      onChange={props.onChange}
      isRequired={props.isRequired}
      orientation={props.orientation ?? 'vertical'}
      className={cx(forms.field, 'radio-group', props.orientation === 'horizontal' ? choices['radio-group--inline'] : undefined)}
    >
      <FieldChrome label={props.label} description={props.description} error={error} />
      <div className={choices['radio-group__options']}>
        {props.options.map((o) => (
          <Radio key={o.value} value={o.value} className={choices.radio}>
            <span className={choices.radio__dot} aria-hidden="true" />
            <span>
              {o.label}
              {o.hint && <span className={choices.radio__hint}>{o.hint}</span>}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
