import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { myPlacementsQuery } from '../../../lib/api/placements.ts';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';

/** On `/mig`: the way to the person's own hours, shown once they have a job that has started. */
export function MyHoursLink() {
  const { t } = useTranslation();
  const mine = useQuery(myPlacementsQuery);
  const started = (mine.data?.placements ?? []).some((p) => p.actingAs === 'participant' && p.activatedAt !== null);
  if (!started) return null;
  return (
    <p className="hours-mine">
      <Link to="/mig/timer" search={{}} className={cx(buttons.button, buttons['button--secondary'])}>
        {t('hours.links.mine')}
      </Link>
    </p>
  );
}
