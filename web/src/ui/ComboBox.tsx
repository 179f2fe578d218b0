import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { FieldChrome, fieldRoot, type FieldBase } from './fields.tsx';
import forms from './forms.module.css';
import buttons from './buttons.module.css';
import { cx } from './cx.ts';

type Props = FieldBase & {
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  isRequired?: boolean;
  onChange?: (value: string) => void;
};

/**
 * A select that can be typed into, for long lists (companies, people, openings): React Aria's
 * ComboBox filters as you type, announces the results and submits the chosen option's value under
 * `name` (not the typed text), with the same label, hint and error chrome as the other fields.
 */
export function ComboBoxInput(props: Props) {
  const { form, name } = props;
  const error = form.fieldErrors[name];
  return (
    <ComboBox
      {...fieldRoot(form, name)}
      formValue="key"
      defaultItems={props.options.map((o) => ({ id: o.value, label: o.label }))}
      defaultSelectedKey={props.defaultValue || null}
      onSelectionChange={props.onChange ? (key) => props.onChange?.(key === null ? '' : String(key)) : undefined}
      isRequired={props.isRequired}
      menuTrigger="focus"
      className={forms.field}
    >
      <FieldChrome label={props.label} description={props.description} error={error} />
      <div className={forms['field-row']}>
        <Input className={forms.input} />
        <Button className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])}>
          <svg className={forms['select-trigger__icon']} viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 6l5 5 5-5" />
          </svg>
        </Button>
      </div>
      <Popover className={forms['select-popover']} placement="bottom start">
        <ListBox className={forms.listbox}>
          {(item: { id: string; label: string }) => (
            <ListBoxItem id={item.id} textValue={item.label} className={forms.listbox__item}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
