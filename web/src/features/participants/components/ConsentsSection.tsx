import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api.ts';
import { Section } from '../../../ui/Page.tsx';
import { Notice } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import type { Programme } from '../../../queries.ts';
import { type Consent, type Participant, paths } from '../api.ts';
import { useRefreshParticipants } from '../hooks.ts';
import { ConfirmButton } from '../../../ui/ConfirmDialog.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { Badge, Disclosure, Facts } from './ui.tsx';
import participants from '../participants.module.css';

/** What the person (or a guardian) has agreed to share, with whom, and until when. */
export function ConsentsSection({ p, partners, writable }: { p: Participant; partners: Programme['partners']; writable: boolean }) {
  const { t } = useTranslation();
  const refresh = useRefreshParticipants(p.programmeId);
  const [notice, setNotice] = useState<string | null>(null);
  // Newest first: the one in force is what matters today.
  const consents = [...p.consents].sort((a, b) => b.givenOn.localeCompare(a.givenOn) || b.createdAt.localeCompare(a.createdAt));

  const revoke = async (c: Consent) => {
    setNotice(null);
    await api.post(paths.revokeConsent(p.programmeId, p.id, c.id), {});
    await refresh();
    setNotice(t('participants.consents.revoked', { purpose: t(`participants.purposes.${c.purpose}`) }));
  };

  return (
    <Section title={t('participants.consents.title')} id="consents">
      <Notice>{notice}</Notice>
      {consents.length === 0 ? (
        <p>{t('participants.consents.none')}</p>
      ) : (
        <ul className={participants['p-cards']}>
          {consents.map((c) => (
            <ConsentCard key={c.id} p={p} c={c} partners={partners} writable={writable} onRevoke={() => revoke(c)} />
          ))}
        </ul>
      )}
      {writable && (
        <Disclosure title={t('participants.consents.addTitle')}>
          <ConsentForm
            p={p}
            partners={partners}
            onGiven={(purpose) => setNotice(t('participants.consents.given', { purpose: t(`participants.purposes.${purpose}`) }))}
          />
        </Disclosure>
      )}
    </Section>
  );
}

function ConsentCard({
  p,
  c,
  partners,
  writable,
  onRevoke,
}: {
  p: Participant;
  c: Consent;
  partners: Programme['partners'];
  writable: boolean;
  onRevoke: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const f = (key: string) => t(`participants.consents.${key}`);
  const purpose = t(`participants.purposes.${c.purpose}`);
  const guardian = p.guardians.find((g) => g.id === c.guardianId)?.name;
  const orgs =
    c.organisationIds.length === 0
      ? f('allPartners')
      : c.organisationIds.map((id) => partners.find((o) => o.id === id)?.name ?? id).join(', ');
  const status = c.revokedAt ? (
    <Badge>{f('statusRevoked')}</Badge>
  ) : c.inForce ? (
    <Badge tone="good">{f('statusInForce')}</Badge>
  ) : (
    <Badge tone="warn">{f('statusExpired')}</Badge>
  );

  return (
    <li className={participants['p-card']}>
      <h3 className={participants['p-card__title']}>
        {purpose} {status}
      </h3>
      <Facts
        items={[
          [f('givenOn'), formatDate(c.givenOn, locale)],
          [f('givenBy'), c.givenBy === 'guardian' ? t('participants.consents.byGuardian', { name: guardian ?? '' }) : f('byParticipant')],
          [f('method'), t(`participants.consentMethods.${c.method}`)],
          [f('categories'), c.dataCategories.map((d) => t(`participants.dataCategories.${d}`)).join(', ')],
          [f('organisations'), orgs],
          [f('revokedAt'), c.revokedAt ? formatDateTime(c.revokedAt, locale, false) : null],
          [
            f('renewal'),
            c.renewalDueOn && !c.revokedAt
              ? `${formatDate(c.renewalDueOn, locale)} (${t(`participants.renewalReasons.${c.renewalReason ?? 'new_step'}`)})`
              : null,
          ],
        ]}
      />
      {writable && !c.revokedAt && (
        <ConfirmButton
          label={f('revoke')}
          title={t('participants.consents.revokeTitle', { purpose })}
          confirmLabel={f('revokeConfirm')}
          onConfirm={onRevoke}
          danger
          small
        >
          <p>{f('revokeBody')}</p>
        </ConfirmButton>
      )}
    </li>
  );
}
