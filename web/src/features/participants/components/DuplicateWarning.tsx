import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../api.ts';
import { fullName } from '../vocab.ts';
import alerts from '../../../ui/alerts.module.css';
import participants from '../participants.module.css';
import layout from '../../../ui/layout.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import { CandidateFacts } from './CandidateFacts.tsx';

type Props = {
  programmeId: string;
  candidates: DuplicateCandidate[];
  siteName: (id: string) => string;
  pending: boolean;
  error: string | null;
  /** Set when the record was created but the merge failed: the coordinator can open it. */
  createdId: string | null;
  /** Create the new record anyway; with a candidate, fold it into that existing record at once. */
  onCreate: (mergeInto?: string) => void;
  onDismiss: () => void;
};

/**
 * Shown when intake finds someone with the same CPR number, or name and birth date. The heading
 * takes focus so a screen-reader user hears why nothing was saved. The coordinator can open the
 * existing record, create the person and merge them into it, or create a separate record.
 */
export function DuplicateWarning({ programmeId, candidates, siteName, pending, error, createdId, onCreate, onDismiss }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className={cx(alerts.alert, participants['p-duplicates'])} aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" ref={headingRef} tabIndex={-1} className={participants['p-duplicates__title']}>
        {t('participants.duplicates.foundTitle', { count: candidates.length })}
      </h2>
      <p>{t('participants.duplicates.foundLead')}</p>
      <ul className={participants['p-cards']}>
        {candidates.map((c) => (
          <li key={c.id} className={participants['p-card']}>
            <CandidateFacts candidate={c} siteName={siteName} />
            <div className={participants['p-actions']}>
              <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: c.id }}>
                {t('participants.duplicates.open', { name: fullName(c) })}
              </Link>
              <Button className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])} onPress={() => onCreate(c.id)}>
                {t('participants.duplicates.createAndMerge', { name: c.firstName })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{error}</p>
          {createdId && (
            <p>
              <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: createdId }}>
                {t('participants.duplicates.openCreated')}
              </Link>
            </p>
          )}
        </div>
      )}
      <div className={buttons['form-actions']}>
        <Button className={cx(buttons.button, pending ? buttons['is-pending'] : undefined)} onPress={() => onCreate()}>
          {t('participants.duplicates.createAnyway')}
        </Button>
        <Button className={cx(buttons.button, buttons['button--secondary'])} onPress={onDismiss}>
          {t('participants.duplicates.edit')}
        </Button>
      </div>
      <span role="status" className={layout['visually-hidden']}>
        {pending ? t('common.working') : ''}
      </span>
    </section>
  );
}
