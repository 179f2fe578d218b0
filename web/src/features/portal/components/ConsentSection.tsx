import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Status.tsx';
import type { PortalPerson } from '../api.ts';
import { isMinor } from '../vocab.ts';
import { ConsentCard } from './ConsentCard.tsx';
import { GiveConsentForm } from './GiveConsentForm.tsx';
import { PortalSection } from './PortalSection.tsx';
import portal from '../portal.module.css';
import layout from '../../../ui/layout.module.css';

/**
 * A person's consents, newest first. Guardians may also give new ones while the child is under 18;
 * the confirmation is announced here, beside the list, where the person is looking on a phone.
 */
export function ConsentSection({ person, perspective, level }: { person: PortalPerson; perspective: 'self' | 'child'; level: 2 | 3 }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const self = perspective === 'self';
  const consents = [...person.consents].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <PortalSection id={`consents-${person.id}`} title={self ? t('portal.consents.title') : t('portal.consents.titleChild')} level={level}>
      <p>{self ? t('portal.consents.lead') : t('portal.consents.leadChild', { name: person.firstName })}</p>
      <Notice>{notice}</Notice>
      {consents.length === 0 ? (
        <p className={portal['portal-empty']}>{t('portal.consents.none')}</p>
      ) : (
        <ul className={portal['portal-consents']}>
          {consents.map((c) => (
            <ConsentCard
              key={c.id}
              consent={c}
              person={person}
              perspective={perspective}
              headingLevel={level === 2 ? 3 : 4}
              onNotice={setNotice}
            />
          ))}
        </ul>
      )}
      {!self &&
        (isMinor(person) ? (
          <GiveConsentForm child={person} onNotice={setNotice} />
        ) : (
          <p className={layout.muted}>{t('portal.consents.give.adult', { name: person.firstName })}</p>
        ))}
    </PortalSection>
  );
}
