import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../../ui/fields.tsx';
import { text, type FormController } from '../../../lib/form.ts';
import forms from '../../../ui/forms.module.css';
import activities from '../activities.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

export type SessionValue = { id?: string; startsAt: string; endsAt: string };
type Row = { key: number; session?: SessionValue };

/**
 * An activity's sessions as rows of date, start and end (Copenhagen wall clock). Each row is its
 * own group ("Mødegang 2") so repeated labels stay unambiguous; removing one announces it and
 * puts focus on the add button. Rows keep a hidden session id so an edit moves, not recreates, them.
 */
export function SessionsEditor({ form, initial }: { form: FormController; initial: readonly SessionValue[] }) {
  const { t } = useTranslation();
  const nextKey = useRef(Math.max(initial.length, 1));
  const [rows, setRows] = useState<Row[]>(() => (initial.length > 0 ? initial.map((session, key) => ({ key, session })) : [{ key: 0 }]));
  const [announcement, setAnnouncement] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const error = form.fieldErrors.sessions;

  const add = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key }]);
    setAnnouncement(t('activities.sessions.added', { n: rows.length + 1 }));
  };
  const remove = (key: number, index: number) => {
    setRows((current) => current.filter((r) => r.key !== key));
    setAnnouncement(t('activities.sessions.removed', { n: index + 1 }));
    addRef.current?.focus();
  };

  return (
    <fieldset id={form.fieldId('sessions')} className={cx(forms.fieldset, 'act-sessions')}>
      <legend className={forms.fieldset__legend}>{t('activities.fields.sessions')}</legend>
      <p className={forms.field__hint}>{t('activities.sessions.hint')}</p>
      {error && <p className={forms.field__error}>{error}</p>}
      <ol className={activities['act-sessions__rows']}>
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className={activities['act-sessions__row']}>
              <legend className={activities['act-sessions__legend']}>{t('activities.sessions.row', { n: index + 1 })}</legend>
              <input type="hidden" name="sessionRow" value={row.key} />
              {row.session?.id && <input type="hidden" name={`session-${row.key}-id`} value={row.session.id} />}
              <div className={forms['field-row']}>
                <TextInput
                  form={form}
                  name={`session-${row.key}-date`}
                  type="date"
                  label={t('activities.sessions.date')}
                  defaultValue={row.session?.startsAt.slice(0, 10)}
                />
                <TextInput
                  form={form}
                  name={`session-${row.key}-start`}
                  type="time"
                  width="short"
                  label={t('activities.sessions.start')}
                  defaultValue={row.session?.startsAt.slice(11, 16)}
                />
                <TextInput
                  form={form}
                  name={`session-${row.key}-end`}
                  type="time"
                  width="short"
                  label={t('activities.sessions.end')}
                  defaultValue={row.session?.endsAt.slice(11, 16)}
                />
              </div>
              {rows.length > 1 && (
                <Button className={cx(buttons.button, buttons['button--link'])} onPress={() => remove(row.key, index)}>
                  {t('activities.sessions.remove', { n: index + 1 })}
                </Button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <Button ref={addRef} className={cx(buttons.button, buttons['button--secondary'])} onPress={add}>
        {t('activities.sessions.add')}
      </Button>
      <p role="status" className={layout['visually-hidden']}>
        {announcement}
      </p>
    </fieldset>
  );
}

/**
 * The sessions as the API takes them. A session ending at or before its start on the same date
 * is sent as typed, so the server's `session_ends_before_start` explains it.
 */
export function readSessions(data: FormData): SessionValue[] {
  return data.getAll('sessionRow').map((value) => {
    const key = String(value);
    const date = text(data, `session-${key}-date`).trim();
    const id = text(data, `session-${key}-id`) || undefined;
    return {
      ...(id ? { id } : {}),
      startsAt: `${date}T${text(data, `session-${key}-start`).trim()}`,
      endsAt: `${date}T${text(data, `session-${key}-end`).trim()}`,
    };
  });
}
