import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, QueryError } from '../../../ui/Status.tsx';
import { myPlacementsQuery } from '../api.ts';
import { ProposalCard } from './ProposalCard.tsx';
import layout from '../../../ui/layout.module.css';
import placementsCss from '../placements.module.css';
import { cx } from '../../../ui/cx.ts';

/** Statuses in which a proposal is still on its way to a job: it stays on `/mig` with its progress. */
const ON_THE_WAY = ['proposed', 'interview', 'offered', 'agreed'];

/**
 * Job proposals on `/mig`, in short plain Danish (issue #13): what the job is, where, the hours, the
 * pay and what happens next, then "Ja tak" or "Nej tak". The person answers from 15; below that a
 * guardian answers for them (the server decides, through `allowedActions`). A proposal stays here
 * with its progress until the job starts; a no stays while it can still be taken back.
 */
export function PortalProposals() {
  const { t } = useTranslation();
  const mine = useQuery(myPlacementsQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const proposals = (mine.data?.placements ?? []).filter(
    (p) =>
      (p.actingAs === 'participant' || p.actingAs === 'guardian') &&
      (ON_THE_WAY.includes(p.status) || (p.status === 'declined' && p.declinedBy === p.actingAs)),
  );
  if (proposals.length === 0 && !notice) return null;
  return (
    <section className={cx(layout['portal-section'], 'portal-section--h2', placementsCss['pl-portal'])} aria-labelledby="proposals-title">
      <h2 id="proposals-title" className={layout['portal-section__title']}>
        {t('placements.portal.title')}
      </h2>
      <Notice>{notice}</Notice>
      {mine.isError && <QueryError error={mine.error} />}
      <ul className={placementsCss['pl-cards']}>
        {proposals.map((p) => (
          <ProposalCard key={p.id} summary={p} onDone={setNotice} />
        ))}
      </ul>
    </section>
  );
}
