import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import type { DuplicateCandidate } from '../api.ts';
import { fullName } from '../vocab.ts';

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
  const locale = currentLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="alert p-duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" ref={headingRef} tabIndex={-1} className="p-duplicates__title">
        {t('participants.duplicates.foundTitle', { count: candidates.length })}
      </h2>
      <p>{t('participants.duplicates.foundLead')}</p>
      <ul className="p-cards">
        {candidates.map((c) => (
          <li key={c.id} className="p-card">
            <p className="p-card__title">{fullName(c)}</p>
            <p className="muted">
              {t('participants.duplicates.born', { date: formatDate(c.birthDate, locale) })} · {siteName(c.siteId)}
            </p>
            <p>{c.reasons.map((r) => t(`participants.duplicates.reasons.${r}`)).join(' · ')}</p>
            <div className="p-actions">
              <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: c.id }}>
                {t('participants.duplicates.open', { name: fullName(c) })}
              </Link>
              <Button className="button button--secondary button--small" onPress={() => onCreate(c.id)}>
                {t('participants.duplicates.createAndMerge', { name: c.firstName })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <div className="alert alert--error" role="alert">
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
      <div className="form-actions">
        <Button className={`button${pending ? ' is-pending' : ''}`} onPress={() => onCreate()}>
          {t('participants.duplicates.createAnyway')}
        </Button>
        <Button className="button button--secondary" onPress={onDismiss}>
          {t('participants.duplicates.edit')}
        </Button>
      </div>
      <span role="status" className="visually-hidden">
        {pending ? t('common.working') : ''}
      </span>
    </section>
  );
}
