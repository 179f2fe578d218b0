import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Form } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SUPPORT_CATEGORIES, SUPPORT_SEVERITIES } from '../../../../../shared/domain/placements/sla.ts';
import { createSupportRequestBody } from '../../../../../shared/schemas/support-requests.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { RadioChoice, TextAreaInput, TextInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { type Placement, type SupportRequest, keys, paths, supportRequestsQuery } from '../api.ts';
import placements from '../placements.module.css';
import alerts from '../../../ui/alerts.module.css';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * Where a request stands against its response target, in words: answered in time or late, or
 * when the answer is due and whether that is already past.
 */
export function SupportTiming({ r }: { r: SupportRequest }) {
  const { t } = useTranslation();
  const due = formatDateTime(r.dueAt, currentLocale(), false);
  if (r.firstResponseAt) {
    return (
      <span className={r.breached ? cx('pl-sla', placements['pl-sla--late']) : cx('pl-sla', placements['pl-sla--ok'])}>
        {t(r.breached ? 'placements.support.answeredLate' : 'placements.support.answeredInTime')}
      </span>
    );
  }
  if (r.breached) return <span className={cx('pl-sla', placements['pl-sla--late'])}>{t('placements.support.overdue', { due })}</span>;
  return <span className="pl-sla">{t('placements.support.dueBy', { due })}</span>;
}

/** One line per request: category, severity, status, and the response-time state. */
export function SupportList({ requests, linked }: { requests: SupportRequest[]; linked: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className={placements['pl-list']}>
      {requests.map((r) => {
        const title = `${t(`placements.support.categories.${r.category}`)} (${t(`placements.support.severities.${r.severity}`)})`;
        return (
          <li key={r.id} className={placements['pl-list__item']}>
            <p>
              {linked ? (
                <Link to="/programmes/$programmeId/support-requests/$requestId" params={{ programmeId: r.programmeId, requestId: r.id }}>
                  {title}
                </Link>
              ) : (
                <strong>{title}</strong>
              )}{' '}
              <span className={alerts.badge}>{t(`placements.support.statuses.${r.status}`)}</span>
            </p>
            <p className={layout.muted}>
              {formatDateTime(r.raisedAt, locale, false)} · <SupportTiming r={r} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The support requests of one placement, for whoever may see them there. */
export function PlacementSupport({ p, linked }: { p: Placement; linked: boolean }) {
  const { t } = useTranslation();
  const requests = useQuery(supportRequestsQuery(p.programmeId, { placementId: p.id }));
  const list = requests.data?.requests ?? [];
  if (list.length === 0) return <p className={layout.muted}>{t('placements.support.none')}</p>;
  return <SupportList requests={list} linked={linked} />;
}

/**
 * What the person who asked is told: an urgent or safety request names the number to call now
 * (the programme's hotline phone), or, when the programme has none, says the coordinators were told
 * at once by e-mail and in the app.
 */
function sentMessage(t: TFunction, r: SupportRequest): string {
  if (r.callNowPhone) return t('placements.support.sentCallNow', { phone: r.callNowPhone });
  if (r.severity === 'urgent' || r.category === 'safety') return t('placements.support.sentUrgent');
  return t('placements.support.sent');
}

/** A phone number as a link the phone can call. */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>;
}

/**
 * The employer hotline on a phone: what it is about, how urgent, and what happened. Radios rather
 * than selects, so every choice is visible and a large touch target.
 */
export function RaiseSupportForm({ p, onDone }: { p: Placement; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = {
    category: t('placements.support.category'),
    severity: t('placements.support.severity'),
    description: t('placements.support.description'),
    contactPhone: t('placements.support.contactPhone'),
  };
  const form = useForm({
    id: `support-${p.id}`,
    schema: createSupportRequestBody,
    labels,
    read: (data) => ({
      category: text(data, 'category'),
      severity: text(data, 'severity'),
      description: text(data, 'description'),
      contactPhone: text(data, 'contactPhone') || null,
    }),
    submit: async (body, element) => {
      const raised = await api.post<SupportRequest>(paths.raiseSupport(p.programmeId, p.id), body);
      await queryClient.invalidateQueries({ queryKey: keys.support(p.programmeId) });
      element.reset();
      onDone(sentMessage(t, raised));
    },
  });
  return (
    <Form
      className={cx(forms.form, 'pl-support-form')}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t('placements.support.raise')}
    >
      <ErrorSummary form={form} />
      <RadioChoice
        form={form}
        name="category"
        label={labels.category}
        isRequired
        options={SUPPORT_CATEGORIES.map((c) => ({ value: c, label: t(`placements.support.categoryOptions.${c}`) }))}
      />
      <RadioChoice
        form={form}
        name="severity"
        label={labels.severity}
        isRequired
        defaultValue="normal"
        options={SUPPORT_SEVERITIES.map((s) => ({
          value: s,
          label: t(`placements.support.severityOptions.${s}`),
          hint: t(`placements.support.severityHints.${s}`),
        }))}
      />
      <TextAreaInput form={form} name="description" label={labels.description} rows={4} isRequired maxLength={5000} />
      <TextInput
        form={form}
        name="contactPhone"
        type="tel"
        autoComplete="tel"
        label={labels.contactPhone}
        description={t('placements.support.contactPhoneHint')}
        maxLength={40}
      />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('placements.support.send')}</SubmitButton>
      </div>
    </Form>
  );
}
