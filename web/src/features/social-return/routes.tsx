import { type AnyRoute, createRoute, useParams } from '@tanstack/react-router';
import './i18n.ts';
import { SocialReturnPage } from './pages/SocialReturnPage.tsx';

function SocialReturnRoute() {
  const params: Record<string, unknown> = useParams({ strict: false });
  return <SocialReturnPage programmeId={typeof params.programmeId === 'string' ? params.programmeId : ''} />;
}

/** The social-return calculator under a programme; `router.tsx` adds it under the logged-in layout. */
export function socialReturnRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [createRoute({ getParentRoute, path: '/programmes/$programmeId/samfundsafkast', component: SocialReturnRoute })] as const;
}
