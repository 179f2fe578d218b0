import { lazy } from 'react';
import type { Slots } from './ui/Slot.tsx';

/**
 * The app's composition of features: which feature's widget fills which slot on another feature's
 * page (see `ui/Slot.tsx`). Each widget is its own lazy chunk, so `/mig` downloads the proposals
 * card, not the coordinator's placement pages.
 */
const PortalProposals = lazy(() =>
  import('./features/placements/components/PortalProposals.tsx').then((m) => ({ default: m.PortalProposals })),
);
const MyHoursLink = lazy(() => import('./features/hours/components/MyHoursLink.tsx').then((m) => ({ default: m.MyHoursLink })));
const MentorPlacements = lazy(() =>
  import('./features/placements/components/MentorPlacements.tsx').then((m) => ({ default: m.MentorPlacements })),
);
const EmployerPendingHours = lazy(() =>
  import('./features/hours/components/EmployerPendingHours.tsx').then((m) => ({ default: m.EmployerPendingHours })),
);

export const FEATURE_SLOTS: Slots = {
  'portal.home': () => (
    <>
      <PortalProposals />
      <MyHoursLink />
    </>
  ),
  'mentor.home': MentorPlacements,
  'employer.overview': EmployerPendingHours,
};
