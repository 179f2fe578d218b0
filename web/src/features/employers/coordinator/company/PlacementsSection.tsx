import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../../ui/Page.tsx';
import { currentLocale } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../ui/format.ts';
import type { CompanyProfile } from '../../api.ts';
import employersLists from '../../employers-lists.module.css';

/** The company's placements, each linking to its placement page (the list and its empty text come from the same answer). */
export function PlacementsSection({ programmeId, company }: { programmeId: string; company: CompanyProfile }) {
  const { t } = useTranslation();
  return (
    <Section id="placements" title={t('employers.company.sections.placements')}>
      {company.placements.length === 0 ? (
        <p>{t('employers.company.noPlacements')}</p>
      ) : (
        <CompanyPlacementList
          placements={company.placements}
          name={(p) => (
            <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId, placementId: p.id }}>
              {`${p.participant.firstName} ${p.participant.lastName}`}
            </Link>
          )}
        />
      )}
    </Section>
  );
}

interface PlacementItem {
  id: string;
  status: string;
  openingTitle: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** One line per placement (person, opening, status, period); the coordinator's and the employer's company pages name the person differently. */
export function CompanyPlacementList<P extends PlacementItem>({
  placements,
  name,
}: {
  placements: readonly P[];
  name: (p: P) => ReactNode;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className={employersLists['emp-notes']}>
      {placements.map((p) => (
        <li key={p.id} className={employersLists['emp-note']}>
          {name(p)}
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
  );
}
