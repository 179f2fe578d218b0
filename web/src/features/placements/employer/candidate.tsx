import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import type { Placement } from '../api.ts';
import cards from '../../../ui/cards.module.css';
import placements from '../placements.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

type Candidate = NonNullable<Placement['candidate']>;

/**
 * Whom the employer reaches to arrange the interview: the person's own phone and e-mail where their
 * consent shares them and they exist; otherwise the coordinator who proposed them. A value that is
 * not there is left out rather than shown as "none", so the employer always has someone to call.
 */
function ContactLine({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  const phone = c.contact?.phone || null;
  const email = c.contact?.email || null;
  if (phone || email) return null;
  return (
    <p>
      {c.coordinator
        ? t('placements.employer.contactCoordinator', { name: c.coordinator.name })
        : t('placements.employer.contactProgramme')}
      {c.coordinator?.email && (
        <>
          {' '}
          <a href={`mailto:${c.coordinator.email}`} className={layout.break}>
            {c.coordinator.email}
          </a>
        </>
      )}
    </p>
  );
}

/**
 * What the employer may know of the person: first name, age and step always; anything more only
 * as far as the person's consent shares it with this company, said plainly either way.
 */
export function CandidateFacts({ p }: { p: Placement }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const c = p.candidate;
  if (!c) return null;
  const none = t('placements.common.none');
  const phone = c.contact?.phone || null;
  const email = c.contact?.email || null;
  return (
    <>
      <dl className={cx(cards.facts, placements['pl-facts'])}>
        <dt>{t('placements.employer.age')}</dt>
        <dd>{t('placements.employer.years', { count: c.age })}</dd>
        <dt>{c.kind === 'youth' ? t('placements.employer.step') : t('placements.employer.track')}</dt>
        <dd>{c.kind === 'youth' ? (c.step === null ? none : t('placements.employer.stepValue', { step: c.step })) : (c.track ?? none)}</dd>
        {phone && (
          <>
            <dt>{t('placements.employer.phone')}</dt>
            <dd>
              <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>
            </dd>
          </>
        )}
        {email && (
          <>
            <dt>{t('placements.employer.email')}</dt>
            <dd className={layout.break}>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </>
        )}
        {c.education?.school && (
          <>
            <dt>{t('placements.employer.school')}</dt>
            <dd>{c.education.school}</dd>
          </>
        )}
        {c.employment?.maxWeeklyHours != null && (
          <>
            <dt>{t('placements.employer.maxHours')}</dt>
            <dd>{formatNumber(c.employment.maxWeeklyHours, locale)}</dd>
          </>
        )}
      </dl>
      <ContactLine c={c} />
      <p className={placements['pl-consent-note']}>
        {c.sharedCategories.length === 0
          ? t('placements.employer.sharedNothing', { name: c.firstName })
          : t('placements.employer.shared', {
              name: c.firstName,
              what: c.sharedCategories.map((s) => t(`placements.employer.categories.${s}`)).join(', '),
            })}
      </p>
    </>
  );
}
