import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from '../../shared/schemas/audit.ts';
import { Layout } from './components/Layout.tsx';
import { employerRoutes } from './features/employers/routes.tsx';
import { matchingRoutes } from './features/matching/routes.tsx';
import { activityRoutes } from './features/activities/routes.tsx';
import { outcomeRoutes } from './features/outcomes/routes.tsx';
import { participantRoutes } from './features/participants/routes.tsx';
import { hoursRoutes } from './features/hours/routes.tsx';
import { placementRoutes } from './features/placements/routes.tsx';
import { portalPublicRoutes, portalRoutes } from './features/portal/routes.tsx';
import { socialReturnRoutes } from './features/social-return/routes.tsx';
import { evaluationRoutes } from './features/evaluation/routes.tsx';
import { AuthedOutlet } from './components/SessionContext.tsx';
import { FEATURE_SLOTS } from './slots.tsx';
import { SlotProvider } from './ui/Slot.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { ErrorPage } from './pages/ErrorPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { InvitationPage } from './pages/InvitationPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { OrganisationsPage } from './pages/OrganisationsPage.tsx';
import { PasswordResetConfirmPage } from './pages/PasswordResetConfirmPage.tsx';
import { PasswordResetRequestPage } from './pages/PasswordResetRequestPage.tsx';
import { ProgrammePage } from './pages/ProgrammePage.tsx';
import { ProgrammesPage } from './pages/ProgrammesPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { TotpPage } from './pages/TotpPage.tsx';
import { TotpSetupPage } from './pages/TotpSetupPage.tsx';
import { meQuery } from './queries.ts';
import { STAGE_PATHS } from './session.ts';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <SlotProvider slots={FEATURE_SLOTS}>
      <Layout>
        <Outlet />
      </Layout>
    </SlotProvider>
  ),
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

// ---- Public routes -------------------------------------------------------------------------

const loginSearch = z.object({
  notice: z.enum(['setup_done', 'password_changed']).optional().catch(undefined),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearch,
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me?.stage === 'full') throw redirect({ to: '/' });
  },
  component: function LoginRoute() {
    const { notice } = loginRoute.useSearch();
    return <LoginPage notice={notice} />;
  },
});

/** The TOTP steps only make sense for a session waiting at exactly that step. */
function requireStage(stage: 'totp_required' | 'totp_setup_required') {
  return async ({ context }: { context: RouterContext }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login' });
    if (me.stage !== stage) throw redirect({ to: STAGE_PATHS[me.stage] });
  };
}

const totpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login/totp',
  beforeLoad: requireStage('totp_required'),
  component: TotpPage,
});

const totpSetupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login/totp-setup',
  beforeLoad: requireStage('totp_setup_required'),
  component: TotpSetupPage,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup/$token',
  component: function SetupRoute() {
    const { token } = setupRoute.useParams();
    return <SetupPage token={token} />;
  },
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation/$token',
  component: function InvitationRoute() {
    const { token } = invitationRoute.useParams();
    return <InvitationPage token={token} />;
  },
});

const passwordResetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/password-reset',
  component: PasswordResetRequestPage,
});

const passwordResetConfirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/password-reset/$token',
  component: function PasswordResetConfirmRoute() {
    const { token } = passwordResetConfirmRoute.useParams();
    return <PasswordResetConfirmPage token={token} />;
  },
});

// ---- Logged-in routes ----------------------------------------------------------------------

const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login' });
    if (me.stage !== 'full') throw redirect({ to: STAGE_PATHS[me.stage] });
  },
  component: AuthedOutlet,
});

const homeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  component: HomePage,
});

const programmesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/programmes',
  component: ProgrammesPage,
});

const programmeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/programmes/$id',
  component: function ProgrammeRoute() {
    const { id } = programmeRoute.useParams();
    return <ProgrammePage id={id} />;
  },
});

const organisationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/organisations',
  component: OrganisationsPage,
});

const optionalDate = z.iso.date().optional().catch(undefined);
const auditSearch = z.object({
  programmeId: z.uuid().optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  subjectType: z.enum(AUDIT_SUBJECT_TYPES).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
});

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/audit',
  validateSearch: auditSearch,
  component: function AuditRoute() {
    const search = auditRoute.useSearch();
    return <AuditPage filters={search} />;
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  totpRoute,
  totpSetupRoute,
  setupRoute,
  invitationRoute,
  passwordResetRoute,
  passwordResetConfirmRoute,
  ...portalPublicRoutes(rootRoute),
  authedRoute.addChildren([
    homeRoute,
    programmesRoute,
    programmeRoute,
    organisationsRoute,
    auditRoute,
    ...participantRoutes(authedRoute),
    ...employerRoutes(authedRoute),
    ...placementRoutes(authedRoute),
    ...hoursRoutes(authedRoute),
    ...matchingRoutes(authedRoute),
    ...activityRoutes(authedRoute),
    ...outcomeRoutes(authedRoute),
    ...socialReturnRoutes(authedRoute),
    ...evaluationRoutes(authedRoute),
    ...portalRoutes(authedRoute),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
