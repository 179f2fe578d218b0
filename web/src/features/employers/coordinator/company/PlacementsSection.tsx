import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../../ui/Page.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../ui/format.ts';
import type { CompanyProfile } from '../../api.ts';
import employersLists from '../../employers-lists.module.css';

/** The company's placements, each linking to its placement page (the list and its empty text come from the same answer). */
export function PlacementsSection({ programmeId, company }: { programmeId: string; company: CompanyProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="placements" title={t('employers.company.sections.placements')}>
      {company.placements.length === 0 ? (
        <p>{t('employers.company.noPlacements')}</p>
      ) : (
        <ul className={employersLists['emp-notes']}>
          {company.placements.map((p) => (
            <li key={p.id} className={employersLists['emp-note']}>
              <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId, placementId: p.id }}>
                {`${p.participant.firstName} ${p.participant.lastName}`}
              </Link>
              {' · '}
              {p.openingTitle}
              {' · '}
              {t(`placements.statuses.${p.status}`)}
              {' · '}
              {p.startsOn && p.endsOn
                ? t('employers.company.placementPeriod', { from: formatDate(p.startsOn, locale), to: formatDate(p.endsOn, locale) })
                : t('employers.company.placementNotAgreed')}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
