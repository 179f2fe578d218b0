import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { type Evidence, usePropose } from '../api.ts';
import { reasonsFromFactors } from '../../../../../shared/domain/matching/ranking/reasons.ts';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';

type Props = {
  programmeId: string;
  participantId: string;
  openingId: string;
  label: string;
  evidence: Pick<Evidence, 'score' | 'factors'>;
};

/**
 * "Foreslå": only on the coordinator's press does a proposed placement exist. Its match reasons
 * keep the factors that earned points, in words a person reads, so the placement shows why it was suggested.
 */
export function ProposeButton({ programmeId, participantId, openingId, label, evidence }: Props) {
  const { t } = useTranslation();
  const propose = usePropose(programmeId);
  const [error, setError] = useState<string | null>(null);
  const reasons = reasonsFromFactors(evidence.factors);
  if (propose.data) {
    return (
      <span role="status">
        {t('matching.common.proposed')}{' '}
        <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId, placementId: propose.data.id }}>
          {t('matching.common.openPlacement')}
        </Link>
      </span>
    );
  }
  return (
    <span className="mt-propose">
      <SubmitButton
        variant="secondary"
        pending={propose.isPending}
        onPress={() => {
          setError(null);
          propose.mutate({ participantId, openingId, matchReasons: reasons }, { onError: (e) => setError(errorMessage(t, e)) });
        }}
      >
        {t('matching.common.propose')}
        <span className={layout['visually-hidden']}> {label}</span>
      </SubmitButton>
      {error && (
        <span className={forms.field__error} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
