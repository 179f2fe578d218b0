import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import { myPlacementsQuery } from '../api.ts';
import { PlacementCards } from '../employer/EmployerPlacementsPage.tsx';

/**
 * The mentor's young people, for `/mentor`: each card leads to the placement's page, where hours
 * are logged and help is asked for.
 */
export function MentorPlacements() {
  const { t } = useTranslation();
  const mine = useQuery(myPlacementsQuery);
  const list = (mine.data?.placements ?? []).filter((p) => p.actingAs === 'mentor');
  return (
    <Section id="mentees" title={t('placements.mentor.title')}>
      {mine.isSuccess && list.length === 0 ? <p>{t('placements.mentor.none')}</p> : <PlacementCards placements={list} level={3} />}
    </Section>
  );
}
