import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import layout from '../../../ui/layout.module.css';
import type { DuplicateCandidate } from '../api.ts';
import participants from '../participants.module.css';
import { fullName } from '../vocab.ts';

/**
 * What identifies a possible duplicate on its card: name, birth date and site, and why it matched.
 * The intake warning and the profile's duplicates list show the same facts, so they read alike.
 */
export function CandidateFacts({ candidate: c, siteName }: { candidate: DuplicateCandidate; siteName: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <p className={participants['p-card__title']}>{fullName(c)}</p>
      <p className={layout.muted}>
        {t('participants.duplicates.born', { date: formatDate(c.birthDate, locale) })} · {siteName(c.siteId)}
      </p>
      <p>{c.reasons.map((r) => t(`participants.duplicates.reasons.${r}`)).join(' · ')}</p>
    </>
  );
}
