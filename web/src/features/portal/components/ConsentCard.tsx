import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { type PortalConsent, type PortalPerson, portalApi, portalMeQuery } from '../api.ts';
import portal from '../portal.module.css';
import alerts from '../../../ui/alerts.module.css';
import buttons from '../../../ui/buttons.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

const isStateChanged = (error: unknown) => error instanceof ApiError && error.code === 'state_changed';

type Props = {
  consent: PortalConsent;
  person: PortalPerson;
  /** 'self': the person's own consent ("Dig"); 'child': a guardian looking at their child's. */
  perspective: 'self' | 'child';
  headingLevel: 3 | 4;
  onNotice: (message: string) => void;
};

/**
 * One consent in plain words: what it allows, about which information, for whom, and whether it
 * still holds. Withdrawing asks once more first, because it takes effect at once; afterwards focus
 * returns to the consent's title so keyboard and screen-reader users are not left on nothing.
 */
export function ConsentCard({ consent: c, person, perspective, headingLevel, onNotice }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const questionId = useId();
  const purpose = t(`portal.purposes.${c.purpose}`);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (cancelled.current) revokeRef.current?.focus();
    cancelled.current = false;
  }, [confirming]);

  const revoke = useMutation({
    mutationFn: () => portalApi.revokeConsent(c.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: portalMeQuery.queryKey });
      setConfirming(false);
      onNotice(t('portal.consents.revokedNotice', { purpose }));
      titleRef.current?.focus();
    },
    // A second tap, another tab or the coordinator withdrew it first (409 `state_changed`): it is
    // withdrawn, which is what the person wanted. Say so and show the consent as it now stands.
    onError: async (error) => {
      if (!isStateChanged(error)) return;
      await queryClient.invalidateQueries({ queryKey: portalMeQuery.queryKey });
      setConfirming(false);
      onNotice(t('portal.consents.alreadyRevokedNotice', { purpose }));
      titleRef.current?.focus();
    },
  });

  const status = c.revokedAt ? 'revoked' : c.inForce ? 'inForce' : 'ended';
  const self = perspective === 'self';
  const givenBy =
    c.givenBy === 'participant'
      ? self
        ? t('portal.consents.byYou')
        : person.firstName
      : self
        ? t('portal.consents.byYourGuardian')
        : t('portal.consents.byGuardian');
  const who =
    c.organisationNames.length > 0 ? c.organisationNames.join(', ') : t('portal.consents.everyone', { programme: person.programmeName });

  return (
    <li className={portal['portal-consent']} data-testid="consent">
      <div className={portal['portal-consent__head']}>
        <Heading ref={titleRef} tabIndex={-1} className={portal['portal-consent__title']}>
          {purpose}
        </Heading>
        <span
          className={status === 'inForce' ? cx(alerts.badge, alerts['badge--accepted']) : cx(alerts.badge, alerts['badge--expired'])}
          data-testid="consent-status"
        >
          {t(`portal.consents.${status}`)}
        </span>
      </div>
      <dl className={portal['portal-facts']}>
        <dt>{t('portal.consents.givenOn')}</dt>
        <dd>{formatDate(c.givenOn, locale)}</dd>
        <dt>{t('portal.consents.givenBy')}</dt>
        <dd>{givenBy}</dd>
        <dt>{t('portal.consents.what')}</dt>
        <dd>{c.dataCategories.map((k) => t(`portal.categories.${k}`)).join(', ')}</dd>
        <dt>{t('portal.consents.who')}</dt>
        <dd>{who}</dd>
        {c.revokedAt && (
          <>
            <dt>{t('portal.consents.revokedOn')}</dt>
            <dd>{formatDateTime(c.revokedAt, locale, false)}</dd>
          </>
        )}
        {!c.revokedAt && c.renewalDueOn && c.renewalReason && (
          <>
            <dt>{t('portal.consents.renewBy')}</dt>
            <dd>
              {formatDate(c.renewalDueOn, locale)}{' '}
              {t(`portal.consents.renewal.${c.renewalReason}`, { context: self ? 'self' : undefined, name: person.firstName })}
            </dd>
          </>
        )}
      </dl>
      {revoke.isError && !isStateChanged(revoke.error) && (
        <div className={cx(alerts.alert, alerts['alert--error'])} role="alert">
          <p>{errorMessage(t, revoke.error)}</p>
        </div>
      )}
      {!c.revokedAt &&
        (confirming ? (
          <div className={portal['portal-confirm']} role="group" aria-labelledby={questionId}>
            <p id={questionId} ref={questionRef} tabIndex={-1}>
              {t('portal.consents.revokeConfirm', { purpose })}
            </p>
            <div className={portal['portal-actions']}>
              <Button
                className={cx(buttons.button, revoke.isPending ? buttons['is-pending'] : undefined)}
                onPress={() => !revoke.isPending && revoke.mutate()}
              >
                {t('portal.consents.revokeYes')}
              </Button>
              <Button
                className={cx(buttons.button, buttons['button--secondary'])}
                onPress={() => {
                  cancelled.current = true;
                  setConfirming(false);
                }}
              >
                {t('portal.consents.revokeNo')}
              </Button>
            </div>
          </div>
        ) : (
          <div className={portal['portal-actions']}>
            <Button ref={revokeRef} className={cx(buttons.button, buttons['button--secondary'])} onPress={() => setConfirming(true)}>
              {t('portal.consents.revoke')}
              <span className={layout['visually-hidden']}> – {purpose}</span>
            </Button>
          </div>
        ))}
    </li>
  );
}
