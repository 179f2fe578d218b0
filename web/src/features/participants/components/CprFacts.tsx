import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { paths } from '../api.ts';
import participants from '../participants.module.css';
import layout from '../../../ui/layout.module.css';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import { ActionStatus } from '../../../ui/ActionStatus.tsx';

type Props = {
  programmeId: string;
  participantId: string;
  cpr: { masked: string; reason: string };
  canReveal: boolean;
};

/**
 * The CPR number is shown masked, with the reason it is kept. Staff allowed to reveal it get a
 * button; the full number lives only in this component's state (never a cache or the URL), and
 * the user is told that the reveal is logged.
 */
export function CprFacts({ programmeId, participantId, cpr, canReveal }: Props) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reveal = () => {
    if (pending) return;
    setPending(true);
    setError(null);
    api
      .post<{ cpr: string }>(paths.cprReveal(programmeId, participantId))
      .then((r) => setRevealed(r.cpr))
      .catch((e: unknown) => setError(errorMessage(t, e)))
      .finally(() => setPending(false));
  };

  return (
    <div className={participants['p-cpr']}>
      <p className={participants['p-cpr__number']}>
        <span className={participants['p-mono']}>{revealed ?? cpr.masked}</span>
        {revealed && <span className={layout['visually-hidden']}> {t('participants.cpr.shownFull')}</span>}
      </p>
      <p className={layout.muted}>{t('participants.cpr.reason', { reason: cpr.reason })}</p>
      {canReveal && (
        <>
          <p className={forms.field__hint}>{t('participants.cpr.logged')}</p>
          {revealed ? (
            <Button
              className={cx(buttons.button, buttons['button--secondary'], buttons['button--small'])}
              onPress={() => setRevealed(null)}
            >
              {t('participants.cpr.hide')}
            </Button>
          ) : (
            <Button
              className={cx(
                buttons.button,
                buttons['button--secondary'],
                buttons['button--small'],
                pending ? buttons['is-pending'] : undefined,
              )}
              onPress={reveal}
            >
              {t('participants.cpr.reveal')}
            </Button>
          )}
        </>
      )}
      <ActionStatus pending={pending} error={error} />
    </div>
  );
}
