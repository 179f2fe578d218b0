import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../ui/ConfirmDialog.tsx';
import { QueryError, QueryStatus } from '../../../ui/Status.tsx';
import { type Placement, type PlacementDetail, placementQuery } from '../api.ts';
import { useAnswerProposal, useUndoDecline } from '../hooks.ts';
import { ProposalFacts, ProposalProgress } from './ProposalFacts.tsx';
import buttons from '../../../ui/buttons.module.css';
import forms from '../../../ui/forms.module.css';
import layout from '../../../ui/layout.module.css';
import placementsCss from '../placements.module.css';
import { cx } from '../../../ui/cx.ts';

/** The reasons a person may give for a no; none is needed. */
const REASONS = ['not_interested', 'timing', 'got_other_offer', 'not_suitable', 'other'] as const;
type Reason = (typeof REASONS)[number];

type Done = (message: string) => void;

/** One proposal: the facts, the progress, what happens next, and the answer (or the undo of a no). */
export function ProposalCard({ summary, onDone }: { summary: Placement; onDone: Done }) {
  const { t } = useTranslation();
  const detail = useQuery(placementQuery(summary.programmeId, summary.id));
  const p = detail.data;
  if (p?.status === 'declined' && !p.canUndoDecline) return null;
  const child = summary.actingAs === 'guardian';
  const name = summary.participant?.firstName ?? '';
  return (
    <li className={placementsCss['pl-card']}>
      <h3 className={placementsCss['pl-card__title']}>
        {t('placements.portal.jobAt', { title: summary.opening.title, company: summary.opening.organisationName })}
      </h3>
      {child && <p>{t('placements.portal.forChild', { name })}</p>}
      <QueryStatus query={detail} />
      {p && (
        <>
          <ProposalFacts p={p} child={child} />
          <ProposalProgress p={p} />
          <h4 className={placementsCss['pl-subtitle']}>{t('placements.portal.next.title')}</h4>
          <p>{nextText(t, p, child, name)}</p>
          <Answer p={p} child={child} name={name} onDone={onDone} />
        </>
      )}
    </li>
  );
}

function nextText(t: ReturnType<typeof useTranslation>['t'], p: PlacementDetail, child: boolean, name: string): string {
  const who = child ? 'Child' : '';
  if (p.status === 'declined') return t(`placements.portal.next.declined${who}`, { name });
  if (p.status === 'proposed') {
    if (p.allowedActions.includes('accept')) return t(`placements.portal.next.beforeAnswer${who}`, { name });
    if (!p.participantAcceptedAt) return t('placements.portal.guardianAnswers');
    return child ? t('placements.portal.next.acceptedChild', { name }) : t('placements.portal.waiting');
  }
  if (p.status === 'agreed' && p.agreement) return t(`placements.portal.next.agreed${who}`, { name });
  return t(`placements.portal.next.${p.status}${who}`, { name });
}

function Answer({ p, child, name, onDone }: { p: PlacementDetail; child: boolean; name: string; onDone: Done }) {
  const { t } = useTranslation();
  const answer = useAnswerProposal(p);
  const undo = useUndoDecline(p);
  const [reason, setReason] = useState<Reason | ''>('');
  const reasonId = useId();
  const title = p.opening.title;
  if (p.status === 'declined') {
    return (
      <>
        {undo.isError && <QueryError error={undo.error} />}
        <Button
          className={cx(buttons.button, buttons['button--secondary'])}
          onPress={() => undo.mutate(undefined, { onSuccess: () => onDone(t('placements.portal.undone', { title })) })}
        >
          {t('placements.portal.undo')}
          <span className={layout['visually-hidden']}>: {title}</span>
        </Button>
      </>
    );
  }
  if (!p.allowedActions.includes('accept')) return null;
  return (
    <>
      <p>{child ? t('placements.portal.questionChild', { name }) : t('placements.portal.question')}</p>
      {answer.isError && <QueryError error={answer.error} />}
      <div className={placementsCss['pl-actions__buttons']}>
        <Button
          className={buttons.button}
          onPress={() => answer.mutate({ answer: 'yes' }, { onSuccess: () => onDone(t('placements.portal.saidYes', { title })) })}
        >
          {t('placements.portal.yes')}
          <span className={layout['visually-hidden']}>: {title}</span>
        </Button>
        <ConfirmButton
          label={t('placements.portal.no')}
          title={t('placements.portal.confirmNo.title', { title })}
          confirmLabel={t('placements.portal.confirmNo.confirm')}
          onConfirm={() =>
            answer.mutateAsync({ answer: 'no', ...(reason ? { reason } : {}) }).then(() => onDone(t('placements.portal.saidNo', { title })))
          }
        >
          <p>{t(child ? 'placements.portal.confirmNo.textChild' : 'placements.portal.confirmNo.text', { name })}</p>
          <fieldset className={forms.fieldset}>
            <legend className={forms.fieldset__legend}>{t('placements.portal.confirmNo.reason')}</legend>
            {REASONS.map((r) => (
              <label key={r} className={forms.field__label} htmlFor={`${reasonId}-${r}`}>
                <input
                  id={`${reasonId}-${r}`}
                  type="radio"
                  name={reasonId}
                  value={r}
                  checked={reason === r}
                  onChange={() => setReason(r)}
                />{' '}
                {t(`placements.portal.confirmNo.reasons.${r}`)}
              </label>
            ))}
          </fieldset>
        </ConfirmButton>
      </div>
    </>
  );
}
