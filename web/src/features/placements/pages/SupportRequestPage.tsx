import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { resolveSupportRequestBody, supportNoteBody } from '../../../../../shared/schemas/support-requests.ts';
import { api } from '../../../api.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Notice, QueryError } from '../../../ui/Status.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextAreaInput } from '../../../ui/fields.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { text, useForm } from '../../../lib/form.ts';
import { QueryPage } from '../../../ui/QueryPage.tsx';
import { canHandleSupport, canReadPlacements } from '../access.ts';
import { keys, paths, type SupportRequest, supportRequestQuery } from '../api.ts';
import { PhoneLink, SupportTiming } from '../components/Support.tsx';
import placements from '../placements.module.css';
import cards from '../../../ui/cards.module.css';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';
import { cx } from '../../../ui/cx.ts';

/** One support request: what was asked, its deadline, notes, and (for the hotline) acknowledge and resolve. */
export function SupportRequestPage({ programmeId, requestId }: { programmeId: string; requestId: string }) {
  const { t } = useTranslation();
  const request = useQuery(supportRequestQuery(programmeId, requestId));
  return (
    <QueryPage title={t('placements.support.title')} query={request}>
      {(r) => <RequestView r={r} />}
    </QueryPage>
  );
}

function RequestView({ r }: { r: SupportRequest }) {
  const { t } = useTranslation();
  const me = useSession();
  const locale = currentLocale();
  const handler = canHandleSupport(me, r.programmeId);
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = async (saved: SupportRequest, message: string) => {
    queryClient.setQueryData(supportRequestQuery(r.programmeId, r.id).queryKey, saved);
    await queryClient.invalidateQueries({ queryKey: keys.support(r.programmeId) });
    setNotice(message);
  };
  const acknowledge = async () => {
    setFailure(null);
    try {
      await refresh(
        await api.post<SupportRequest>(paths.supportAction(r.programmeId, r.id, 'acknowledge')),
        t('placements.support.acknowledged'),
      );
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Page title={`${t(`placements.support.categories.${r.category}`)} (${t(`placements.support.severities.${r.severity}`)})`}>
      <p className={placements['pl-crumbs']}>
        {handler && (
          <Link to="/programmes/$programmeId/support-requests" params={{ programmeId: r.programmeId }}>
            {t('placements.support.listTitle')}
          </Link>
        )}
      </p>
      <Notice>{notice}</Notice>
      {failure !== null && <QueryError error={failure} />}
      {!handler && r.callNowPhone && r.status !== 'resolved' && (
        <p className={cx(alerts.alert, alerts['alert--warning'])}>
          {t('placements.support.callNow')} <PhoneLink phone={r.callNowPhone} />
        </p>
      )}
      <dl className={cx(cards.facts, placements['pl-facts'])}>
        <dt>{t('placements.support.company')}</dt>
        <dd>{r.organisationName}</dd>
        <dt>{t('placements.support.contactPerson')}</dt>
        <dd>
          {r.contactName} · {t(`placements.parties.${r.raisedAs}`)}
        </dd>
        <dt>{t('placements.support.contactPhone')}</dt>
        <dd>{r.contactPhone ? <PhoneLink phone={r.contactPhone} /> : t('placements.support.noContactPhone')}</dd>
        <dt>{t('placements.fields.status')}</dt>
        <dd>{t(`placements.support.statuses.${r.status}`)}</dd>
        <dt>{t('placements.support.raisedAt')}</dt>
        <dd>{formatDateTime(r.raisedAt, locale, false)}</dd>
        <dt>{t('placements.support.deadline')}</dt>
        <dd>
          {formatDateTime(r.dueAt, locale, false)} · <SupportTiming r={r} />
          <br />
          <span className={layout.muted}>{t(`placements.support.targetCounted.${r.targetCounted}`)}</span>
        </dd>
        <dt>{t('placements.fields.placement')}</dt>
        <dd>
          {canReadPlacements(me, r.programmeId) ? (
            <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId: r.programmeId, placementId: r.placementId }}>
              {t('placements.support.openPlacement')}
            </Link>
          ) : (
            <Link to="/virksomhed/forloeb/$placementId" params={{ placementId: r.placementId }}>
              {t('placements.support.openPlacement')}
            </Link>
          )}
        </dd>
      </dl>
      <Section id="description" title={t('placements.support.description')}>
        <p className={placements['pl-pre']}>{r.description}</p>
      </Section>
      {handler && r.status === 'open' && (
        <p>
          <Button className={buttons.button} onPress={() => void acknowledge()}>
            {t('placements.support.acknowledge')}
          </Button>
        </p>
      )}
      <Section id="notes" title={t('placements.support.notes')}>
        {r.notes.length === 0 ? (
          <p className={layout.muted}>{t('placements.support.noNotes')}</p>
        ) : (
          <ul className={placements['pl-list']}>
            {r.notes.map((n) => (
              <li key={n.id} className={placements['pl-list__item']}>
                <p className={layout.muted}>{formatDateTime(n.createdAt, locale, false)}</p>
                <p className={placements['pl-pre']}>{n.text}</p>
              </li>
            ))}
          </ul>
        )}
        {r.status !== 'resolved' && <TextForm r={r} kind="notes" onDone={(saved) => refresh(saved, t('placements.support.noteAdded'))} />}
      </Section>
      {r.resolution && (
        <Section id="resolution" title={t('placements.support.resolution')}>
          <p className={placements['pl-pre']}>{r.resolution}</p>
        </Section>
      )}
      {handler && r.status !== 'resolved' && (
        <Section id="resolve" title={t('placements.support.resolve')}>
          <TextForm r={r} kind="resolve" onDone={(saved) => refresh(saved, t('placements.support.resolved'))} />
        </Section>
      )}
    </Page>
  );
}

/** A note while handling, or the resolution: one text field each. */
function TextForm({ r, kind, onDone }: { r: SupportRequest; kind: 'notes' | 'resolve'; onDone: (saved: SupportRequest) => Promise<void> }) {
  const { t } = useTranslation();
  const field = kind === 'notes' ? 'text' : 'resolution';
  const label = kind === 'notes' ? t('placements.support.noteLabel') : t('placements.support.resolutionLabel');
  const form = useForm({
    id: `support-${kind}-${r.id}`,
    schema: kind === 'notes' ? supportNoteBody : resolveSupportRequestBody,
    labels: { [field]: label },
    read: (data) => ({ [field]: text(data, field) }),
    submit: async (body, element) => {
      await onDone(await api.post<SupportRequest>(paths.supportAction(r.programmeId, r.id, kind), body));
      element.reset();
    },
  });
  return (
    <Form
      className={forms.form}
      onSubmit={form.handleSubmit}
      validationBehavior="aria"
      aria-label={kind === 'notes' ? t('placements.support.addNote') : t('placements.support.resolve')}
    >
      <ErrorSummary form={form} />
      <TextAreaInput form={form} name={field} label={label} rows={3} isRequired maxLength={5000} />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending} variant={kind === 'notes' ? 'secondary' : 'primary'}>
          {kind === 'notes' ? t('placements.support.addNote') : t('placements.support.resolveSubmit')}
        </SubmitButton>
      </div>
    </Form>
  );
}
