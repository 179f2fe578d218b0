import { type AnyRoute, createRoute, useParams } from '@tanstack/react-router';
import './i18n.ts';
import { EvaluationKeysPage } from './pages/EvaluationKeysPage.tsx';
import { EvaluationPage } from './pages/EvaluationPage.tsx';

function useProgrammeId(): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  return typeof params.programmeId === 'string' ? params.programmeId : '';
}
const DownloadRoute = () => <EvaluationPage programmeId={useProgrammeId()} />;
const KeysRoute = () => <EvaluationKeysPage programmeId={useProgrammeId()} />;

/** The evaluator's download page and the administrator's key page; `router.tsx` adds them under the logged-in layout. */
export function evaluationRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/evaluering', component: DownloadRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/evaluering/noegler', component: KeysRoute }),
  ] as const;
}
