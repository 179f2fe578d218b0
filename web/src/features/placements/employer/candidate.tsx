import { useTranslation } from 'react-i18next';
import type { Placement } from '../api.ts';
import cards from '../../../ui/cards.module.css';
import placements from '../placements.module.css';
import layout from '../../../ui/layout.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * What the employer may know of the person: first name, age and step always; anything more only
 * as far as the person's consent shares it with this company, said plainly either way.
 */
export function CandidateFacts({ p }: { p: Placement }) {
  const { t } = useTranslation();
  const c = p.candidate;
  if (!c) return null;
  const none = t('placements.common.none');
  return (
    <>
      <dl className={cx(cards.facts, placements['pl-facts'])}>
        <dt>{t('placements.employer.age')}</dt>
        <dd>{t('placements.employer.years', { count: c.age })}</dd>
        <dt>{c.kind === 'youth' ? t('placements.employer.step') : t('placements.employer.track')}</dt>
        <dd>{c.kind === 'youth' ? (c.step === null ? none : t('placements.employer.stepValue', { step: c.step })) : (c.track ?? none)}</dd>
        {c.contact && (
          <>
            <dt>{t('placements.employer.phone')}</dt>
            <dd>{c.contact.phone ?? none}</dd>
            <dt>{t('placements.employer.email')}</dt>
            <dd className={layout.break}>{c.contact.email ?? none}</dd>
          </>
        )}
        {c.education && (
          <>
            <dt>{t('placements.employer.school')}</dt>
            <dd>{c.education.school ?? none}</dd>
          </>
        )}
        {c.employment && (
          <>
            <dt>{t('placements.employer.maxHours')}</dt>
            <dd>{c.employment.maxWeeklyHours ?? none}</dd>
          </>
        )}
      </dl>
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
