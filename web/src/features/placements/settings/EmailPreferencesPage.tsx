import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { notificationPreferences } from '../../../../../shared/schemas/notifications.ts';
import { api } from '../../../api.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Page } from '../../../ui/Page.tsx';
import { CheckboxField, CheckMark } from '../../../ui/fields.tsx';
import { Notice, QueryStatus } from '../../../ui/Status.tsx';
import { useForm } from '../../../lib/form.ts';
import { type NotificationPreferences, preferencesQuery, settingsPaths } from '../settings-api.ts';
import forms from '../../../ui/forms.module.css';
import schedule from '../../../ui/schedule.module.css';
import choices from '../../../ui/choices.module.css';

/** The e-mails that always go out; shown locked on so nobody believes they turned them off. */
const SAFETY_KINDS = ['safetyRequests', 'breachedDeadlines'] as const;

/**
 * `/indstillinger`: which e-mails the user gets. The server keeps one switch for every e-mail that
 * is not about safety; safety e-mails are listed as always on. In-app notices always arrive.
 */
export function EmailPreferencesPage() {
  const { t } = useTranslation();
  const prefs = useQuery(preferencesQuery);
  return (
    <Page title={t('placements.preferences.title')} lead={t('placements.preferences.lead')}>
      <QueryStatus query={prefs} />
      {prefs.data && <PreferencesForm prefs={prefs.data} />}
    </Page>
  );
}

function PreferencesForm({ prefs }: { prefs: NotificationPreferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const labels = { emailNonSafety: t('placements.preferences.emailNonSafety') };
  const form = useForm({
    id: 'email-preferences',
    schema: notificationPreferences,
    labels,
    read: (data) => ({ emailNonSafety: data.has('emailNonSafety') }),
    submit: async (value) => {
      setNotice(null);
      queryClient.setQueryData(preferencesQuery.queryKey, await api.put<NotificationPreferences>(settingsPaths.preferences(), value));
      setNotice(t('placements.preferences.saved'));
    },
  });
  return (
    <FormFrame form={form} label={t('placements.preferences.formTitle')} submit={t('placements.preferences.save')}>
      <Notice>{notice}</Notice>
      <fieldset className={schedule['emp-fieldset']}>
        <legend className={schedule['emp-fieldset__legend']}>{t('placements.preferences.optionalTitle')}</legend>
        <CheckboxField
          form={form}
          name="emailNonSafety"
          label={labels.emailNonSafety}
          description={t('placements.preferences.emailNonSafetyHint')}
          defaultSelected={prefs.emailNonSafety}
        />
      </fieldset>
      <fieldset className={schedule['emp-fieldset']} aria-describedby="email-preferences-safety-hint">
        <legend className={schedule['emp-fieldset__legend']}>{t('placements.preferences.safetyTitle')}</legend>
        <p id="email-preferences-safety-hint" className={forms.field__hint}>
          {t('placements.preferences.safetyHint')}
        </p>
        {SAFETY_KINDS.map((kind) => (
          <div key={kind} className={forms.field}>
            <Checkbox className={choices.checkbox} isSelected isDisabled aria-describedby="email-preferences-safety-hint">
              <CheckMark />
              {t(`placements.preferences.safety.${kind}`)}
            </Checkbox>
          </div>
        ))}
      </fieldset>
    </FormFrame>
  );
}
