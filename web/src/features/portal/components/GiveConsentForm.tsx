import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, DATA_CATEGORIES } from '../../../../../shared/domain/participants/constants.ts';
import { portalConsentBody } from '../../../../../shared/schemas/portal.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Checkboxes } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { type PortalPerson, portalApi, portalMeQuery } from '../api.ts';
import { RadioChoice } from '../../../ui/fields.tsx';
import portal from '../portal.module.css';

/** No purpose chosen yet: sent to the schema as an unknown value so its "choose one" message applies. */
const NOTHING_CHOSEN = 'none';
/** The box for every partner of the programme (the portal offers no list of single partners). */
const ALL_PARTNERS = 'all';

function GiveForm({ child, onGiven }: { child: PortalPerson; onGiven: (purpose: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    id: `consent-${child.id}`,
    schema: portalConsentBody,
    labels: {
      purpose: t('portal.consents.give.purpose'),
      dataCategories: t('portal.consents.give.categories', { name: child.firstName }),
      organisationIds: t('portal.consents.give.partners'),
    },
    read: (data) => ({
      purpose: text(data, 'purpose') || NOTHING_CHOSEN,
      dataCategories: data.getAll('dataCategories').map(String),
      // Sharing with every partner is a box the guardian ticks; ticking nothing shares with nobody and is refused.
      organisationIds: [],
      allPartners: data.getAll('organisationIds').includes(ALL_PARTNERS),
    }),
    submit: async (body) => {
      await portalApi.giveConsent(child.id, body);
      await queryClient.invalidateQueries({ queryKey: portalMeQuery.queryKey });
      onGiven(t(`portal.purposes.${body.purpose}`));
    },
  });
  return (
    <FormFrame form={form} submit={t('portal.consents.give.submit')}>
      <RadioChoice
        form={form}
        name="purpose"
        label={t('portal.consents.give.purpose')}
        options={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(`portal.purposes.${p}`) }))}
      />
      <Checkboxes
        form={form}
        name="dataCategories"
        label={t('portal.consents.give.categories', { name: child.firstName })}
        description={t('portal.consents.give.categoriesHint')}
        options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`portal.categories.${c}`) }))}
      />
      <Checkboxes
        form={form}
        name="organisationIds"
        label={t('portal.consents.give.partners')}
        description={t('portal.consents.give.partnersHint')}
        options={[{ value: ALL_PARTNERS, label: t('portal.consents.give.allPartners', { programme: child.programmeName }) }]}
      />
    </FormFrame>
  );
}

/**
 * A guardian gives a new consent for their child. It sits in a native disclosure so the consents
 * themselves stay in view on a phone; after giving, the form starts afresh, closes, and focus goes
 * back to its summary while the section's status line says what happened.
 */
export function GiveConsentForm({ child, onNotice }: { child: PortalPerson; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const given = (purpose: string) => {
    setRound((n) => n + 1);
    if (details.current) details.current.open = false;
    summary.current?.focus();
    onNotice(t('portal.consents.givenNotice', { purpose }));
  };
  return (
    <details ref={details} className={portal['portal-disclosure']}>
      <summary ref={summary} className={portal['portal-disclosure__summary']}>
        {t('portal.consents.give.title')}
      </summary>
      <div className={portal['portal-disclosure__body']}>
        <GiveForm key={round} child={child} onGiven={given} />
      </div>
    </details>
  );
}
