import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { rejectOpeningBody } from '../../../../../shared/schemas/openings.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { TextAreaInput } from '../../../ui/fields.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { text, useForm } from '../../../lib/form.ts';
import { keys, type Opening, paths } from '../api.ts';
import { refusalMessages } from '../refusals.ts';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import employersLists from '../employers-lists.module.css';
import forms from '../../../ui/forms.module.css';
import layout from '../../../ui/layout.module.css';

type Change = { action: 'approve'; status: 'open' | 'draft' } | { action: 'status'; status: 'open' | 'filled' | 'closed' };

/** What the coordinator may do next with an opening, by its status. */
const NEXT: Record<Opening['status'], Change[]> = {
  proposed: [{ action: 'approve', status: 'open' }],
  draft: [{ action: 'status', status: 'open' }],
  open: [
    { action: 'status', status: 'filled' },
    { action: 'status', status: 'closed' },
  ],
  filled: [{ action: 'status', status: 'open' }],
  closed: [],
};

/**
 * Status buttons for one opening (approve/reject for proposals). A refusal to open lists the
 * young-worker rules' reasons; a proposal that cannot be opened yet can be approved as a draft.
 */
export function OpeningActions({
  programmeId,
  opening,
  onDone,
}: {
  programmeId: string;
  opening: Opening;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [refusals, setRefusals] = useState<string[] | null>(null);
  const label = { name: opening.title };

  const change = useMutation({
    mutationFn: (c: Change) =>
      api.post<Opening>(paths.openingAction(programmeId, opening.id, c.action), { status: c.status, version: opening.version }),
    onMutate: () => setRefusals(null),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: keys.openings(programmeId) });
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      onDone(t(`employers.actions.done.${saved.status}`, label));
    },
    onError: (error) => setRefusals(refusalMessages(error, currentLocale()) ?? null),
  });

  const next = NEXT[opening.status];
  if (next.length === 0) return null;
  const otherError = change.isError && !refusals ? errorMessage(t, change.error) : null;

  return (
    <div className={employersLists['emp-opening-actions']}>
      {refusals && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p className={alerts.alert__title}>{t('employers.actions.notLegal', label)}</p>
          <ul>
            {refusals.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {opening.status === 'proposed' && (
            <Button
              className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])}
              onPress={() => change.mutate({ action: 'approve', status: 'draft' })}
            >
              {t('employers.actions.approveAsDraft')}
            </Button>
          )}
        </div>
      )}
      {otherError && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{otherError}</p>
        </div>
      )}
      {!rejecting && (
        <div className={employersLists['emp-opening-actions__buttons']}>
          {next.map((c) => (
            <Button
              key={`${c.action}-${c.status}`}
              className={
                c.status === 'closed'
                  ? cx(buttons.button, buttons['button--secondary'], buttons['button--small'])
                  : cx(buttons.button, buttons['button--small'])
              }
              onPress={() => change.mutate(c)}
            >
              {t(`employers.actions.${c.action}.${c.status}`)}
              <span className={layout['visually-hidden']}>: {opening.title}</span>
            </Button>
          ))}
          {opening.status === 'proposed' && (
            <Button
              className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])}
              onPress={() => setRejecting(true)}
            >
              {t('employers.actions.reject')}
              <span className={layout['visually-hidden']}>: {opening.title}</span>
            </Button>
          )}
          <span role="status" className={layout['visually-hidden']}>
            {change.isPending ? t('common.working') : ''}
          </span>
        </div>
      )}
      {rejecting && <RejectForm programmeId={programmeId} opening={opening} onCancel={() => setRejecting(false)} onDone={onDone} />}
    </div>
  );
}

function RejectForm({
  programmeId,
  opening,
  onCancel,
  onDone,
}: {
  programmeId: string;
  opening: Opening;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    id: `reject-${opening.id}`,
    schema: rejectOpeningBody,
    labels: { reason: t('employers.actions.reason') },
    read: (data) => ({ reason: text(data, 'reason'), version: opening.version }),
    submit: async (body) => {
      await api.post(paths.openingAction(programmeId, opening.id, 'reject'), body);
      await queryClient.invalidateQueries({ queryKey: keys.openings(programmeId) });
      await queryClient.invalidateQueries({ queryKey: keys.companies(programmeId) });
      onDone(t('employers.actions.done.rejected', { name: opening.title }));
    },
  });
  const reasonId = form.fieldId('reason');
  useEffect(() => {
    // The "Afvis" button that had focus is gone; continue in the reason field.
    const field = document.getElementById(reasonId);
    (field instanceof HTMLTextAreaElement ? field : field?.querySelector('textarea'))?.focus();
  }, [reasonId]);
  return (
    <Form
      className={cx(forms.form, employersLists['emp-reject-form'])}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={t('employers.actions.rejectTitle', { name: opening.title })}
    >
      <ErrorSummary form={form} />
      <TextAreaInput
        form={form}
        name="reason"
        label={t('employers.actions.reason')}
        description={t('employers.actions.reasonHint')}
        rows={3}
        isRequired
      />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('employers.actions.rejectSubmit')}</SubmitButton>
        <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={onCancel}>
          {t('employers.actions.cancel')}
        </Button>
      </div>
    </Form>
  );
}
