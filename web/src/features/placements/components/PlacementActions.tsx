import { Link } from '@tanstack/react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import type { PlacementDetail } from '../api.ts';
import { useAnswerProposal, useMovePlacement } from '../hooks.ts';
import { firstName } from '../vocab.ts';
import { AgreementForm } from './AgreementForm.tsx';
import { StepForm } from './StepForms.tsx';
import alerts from '../../../ui/alerts.module.css';
import placements from '../placements.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { formatDate } from '../../../ui/format.ts';
import { currentLocale } from '../../../i18n/index.ts';

type Clearance = { missing: string[]; requiredBecause: string[] };

function clearanceOf(error: unknown): Clearance | null {
  if (!(error instanceof ApiError) || error.code !== 'guardian_clearance_missing') return null;
  const d = (error.details ?? {}) as Partial<Clearance>;
  return { missing: d.missing ?? [], requiredBecause: d.requiredBecause ?? [] };
}

/**
 * The refusal to start without a guardian's clearance, in plain Danish: why it is needed, what is
 * missing, and where it is recorded (below on this page, or on the person's profile).
 */
function ClearanceRefusal({ p, clearance }: { p: PlacementDetail; clearance: Clearance }) {
  const { t } = useTranslation();
  const name = firstName(p);
  const because = clearance.requiredBecause.map((r) => t(`placements.clearance.because.${r}`, { name })).join(t('placements.common.and'));
  return (
    <div className={cx(alerts.alert, alerts['alert--error'], 'pl-clearance-refusal')} role="alert">
      <p className={alerts.alert__title}>{t('placements.clearance.refusedTitle')}</p>
      <p>{t('placements.clearance.refusedLead', { name, because })}</p>
      <ul>
        {clearance.missing.map((m) => (
          <li key={m}>{t(`placements.clearance.missing.${m}`)}</li>
        ))}
      </ul>
      {p.participant && (
        <p>
          <a href="#clearance-title">{t('placements.clearance.recordHere')}</a>
          {' · '}
          <Link
            to="/programmes/$programmeId/participants/$participantId"
            params={{ programmeId: p.programmeId, participantId: p.participant.id }}
            hash="guardians-title"
          >
            {t('placements.clearance.profileLink', { name })}
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * The next steps the state machine allows the caller, as buttons (one click) and folded forms
 * (a reason, an outcome, the agreement). Which appear comes from the server's `allowedActions`.
 */
export function PlacementActions({ p, onDone }: { p: PlacementDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const move = useMovePlacement(p);
  const answer = useAnswerProposal(p);
  const allowed = new Set(p.allowedActions);
  const name = firstName(p);
  const clearance = move.isError ? clearanceOf(move.error) : null;
  const failure = move.isError && !clearance ? move.error : answer.isError ? answer.error : null;
  const step = (to: 'interview' | 'offered' | 'active') =>
    move.mutate({ to }, { onSuccess: () => onDone(t(`placements.done.${to}`, { name })) });
  const waiting = p.status === 'proposed' && !p.participantAcceptedAt;
  // The server refuses a start before the agreed start date; say from when instead of offering it.
  const startsLater = p.agreement !== null && p.agreement.startsOn > copenhagenToday();

  if (p.allowedActions.length === 0) return null;
  return (
    <div className="pl-actions">
      {waiting && p.actingAs === 'employer' && (
        <p className={placements['pl-waiting']}>{t('placements.employer.waitingForYes', { name })}</p>
      )}
      {clearance && <ClearanceRefusal p={p} clearance={clearance} />}
      {failure && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{errorMessage(t, failure)}</p>
        </div>
      )}
      <div className={placements['pl-actions__buttons']}>
        {allowed.has('accept') && (
          <Button
            className={buttons.button}
            onPress={() => answer.mutate({ answer: 'yes' }, { onSuccess: () => onDone(t('placements.done.accepted', { name })) })}
          >
            {t('placements.actions.acceptOnBehalf', { name })}
          </Button>
        )}
        {allowed.has('invite') && (
          <Button className={buttons.button} onPress={() => step('interview')}>
            {t('placements.actions.interview')}
          </Button>
        )}
        {allowed.has('offer') && (
          <Button className={buttons.button} onPress={() => step('offered')}>
            {t('placements.actions.offered')}
          </Button>
        )}
        {allowed.has('activate') && !startsLater && (
          <Button className={buttons.button} onPress={() => step('active')}>
            {t('placements.actions.active')}
          </Button>
        )}
        {allowed.has('activate') && startsLater && (
          <p className={layout.muted}>{t('placements.actions.startsFrom', { date: formatDate(p.agreement!.startsOn, currentLocale()) })}</p>
        )}
        <span role="status" className={layout['visually-hidden']}>
          {move.isPending || answer.isPending ? t('common.working') : ''}
        </span>
      </div>
      {allowed.has('agree') && (
        <Disclosure title={t('placements.agreement.title')} defaultOpen>
          <AgreementForm p={p} onDone={onDone} />
        </Disclosure>
      )}
      {allowed.has('complete') && (
        <Disclosure title={t('placements.actions.completed')}>
          <StepForm p={p} kind="completed" onDone={onDone} />
        </Disclosure>
      )}
      {allowed.has('end_early') && (
        <Disclosure title={t('placements.actions.ended_early')}>
          <StepForm p={p} kind="ended_early" onDone={onDone} />
        </Disclosure>
      )}
      {allowed.has('decline') && (
        <Disclosure title={t('placements.actions.declined')}>
          <StepForm p={p} kind="declined" onDone={onDone} />
        </Disclosure>
      )}
    </div>
  );
}
